#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Letterbox::Protocol {

/// The SASL mechanisms Letterbox speaks, weakest first within each family.
enum class SaslMechanism {
    Login, ///< draft-murchison-sasl-login: user and password as two base64 steps
    Plain, ///< RFC 4616
    CramMd5, ///< RFC 2195: HMAC-MD5 of a server challenge; the password is not sent
    XOAuth2, ///< Google's/Microsoft's bearer-token mechanism
    OAuthBearer, ///< RFC 7628
};

/**
 * @short SASL for SMTP AUTH (RFC 4954), POP3 AUTH (RFC 5034) and IMAP AUTHENTICATE:
 * choosing a mechanism and encoding its client messages.
 *
 * Every encoder returns what goes on the wire: base64 text without CRLF. The session
 * puts it into an OutgoingData::withSecret() so transcripts never show it. Strings are
 * sent as UTF-8 (RFC 4616 section 2).
 *
 * chooseMechanism() is the policy of DESIGN.md principle 4: with an OAuth token, only the
 * token mechanisms (OAUTHBEARER, then XOAUTH2); with a password CRAM-MD5, then PLAIN,
 * then LOGIN. Nothing is chosen on an unencrypted link unless plaintext was explicitly
 * allowed: a password or bearer token in the clear can be replayed, and even CRAM-MD5
 * lets a listener run an offline dictionary attack on the exchange, so it needs the same
 * opt-in. Limits: no SCRAM, no security layers (no mechanism here negotiates one).
 */
class Sasl
{
public:
    [[nodiscard]] static QByteArray mechanismName(SaslMechanism mechanism);
    /// Case-insensitive (RFC 4422 section 3.1 names are upper case, servers vary).
    [[nodiscard]] static std::optional<SaslMechanism> mechanismFromName(QByteArrayView name);

    [[nodiscard]] static std::optional<SaslMechanism> chooseMechanism(
        const QList<SaslMechanism> &offered, bool haveOAuthToken, bool linkEncrypted, bool plaintextAllowed);

    /// RFC 4616: base64(authzid NUL authcid NUL passwd); authzid empty = act as @p user.
    [[nodiscard]] static QByteArray plainResponse(
        const QString &user, const QString &password, const QString &authorizationId = {});
    /// LOGIN's answers to "Username:" and "Password:".
    [[nodiscard]] static QByteArray loginUserResponse(const QString &user);
    [[nodiscard]] static QByteArray loginPasswordResponse(const QString &password);
    /**
     * RFC 2195: base64(user SP hex(HMAC-MD5(password, challenge))). @p challengeBase64 is
     * the text after "334 ". Nothing when it is not valid base64 or is empty.
     */
    [[nodiscard]] static std::optional<QByteArray> cramMd5Response(
        QByteArrayView challengeBase64, const QString &user, const QString &password);
    /// base64("user=" user ^A "auth=Bearer " token ^A ^A).
    [[nodiscard]] static QByteArray xoauth2Response(const QString &user, const QString &token);
    /**
     * RFC 7628 section 3.1: base64("n,a=" saslname "," ^A ["host=" h ^A] ["port=" p ^A]
     * "auth=Bearer " token ^A ^A); the user is escaped as a GS2 saslname (',' and '=').
     * Host and port are optional (port <= 0 leaves it out).
     */
    [[nodiscard]] static QByteArray oauthBearerResponse(
        const QString &user, const QString &token, const QString &host = {}, int port = 0);
    /// What the client sends after an OAUTHBEARER error challenge to end the exchange
    /// (RFC 7628 section 3.2.3: a single ^A).
    [[nodiscard]] static QByteArray oauthBearerErrorAcknowledgement();
};

} // namespace Letterbox::Protocol
