#include "protocol/common/sasl.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <array>

namespace Letterbox::Protocol {

QByteArray Sasl::mechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Login:
        return QByteArrayLiteral("LOGIN");
    case SaslMechanism::Plain:
        return QByteArrayLiteral("PLAIN");
    case SaslMechanism::CramMd5:
        return QByteArrayLiteral("CRAM-MD5");
    case SaslMechanism::XOAuth2:
        return QByteArrayLiteral("XOAUTH2");
    case SaslMechanism::OAuthBearer:
        return QByteArrayLiteral("OAUTHBEARER");
    }
    return {};
}

std::optional<SaslMechanism> Sasl::mechanismFromName(QByteArrayView name)
{
    static constexpr std::array all {SaslMechanism::Login, SaslMechanism::Plain, SaslMechanism::CramMd5,
        SaslMechanism::XOAuth2, SaslMechanism::OAuthBearer};
    for (SaslMechanism mechanism : all) {
        if (name.compare(mechanismName(mechanism), Qt::CaseInsensitive) == 0) {
            return mechanism;
        }
    }
    return std::nullopt;
}

std::optional<SaslMechanism> Sasl::chooseMechanism(
    const QList<SaslMechanism> &offered, bool haveOAuthToken, bool linkEncrypted, bool plaintextAllowed)
{
    if (!linkEncrypted && !plaintextAllowed) {
        return std::nullopt;
    }
    // Strongest first. A token is not a password and a password is not a token, so the
    // two families never mix.
    static constexpr std::array tokenOrder {SaslMechanism::OAuthBearer, SaslMechanism::XOAuth2};
    static constexpr std::array passwordOrder {SaslMechanism::CramMd5, SaslMechanism::Plain, SaslMechanism::Login};
    if (haveOAuthToken) {
        for (SaslMechanism mechanism : tokenOrder) {
            if (offered.contains(mechanism)) {
                return mechanism;
            }
        }
        return std::nullopt;
    }
    for (SaslMechanism mechanism : passwordOrder) {
        if (offered.contains(mechanism)) {
            return mechanism;
        }
    }
    return std::nullopt;
}

QByteArray Sasl::plainResponse(const QString &user, const QString &password, const QString &authorizationId)
{
    QByteArray message = authorizationId.toUtf8();
    message += '\0';
    message += user.toUtf8();
    message += '\0';
    message += password.toUtf8();
    return message.toBase64();
}

QByteArray Sasl::loginUserResponse(const QString &user)
{
    return user.toUtf8().toBase64();
}

QByteArray Sasl::loginPasswordResponse(const QString &password)
{
    return password.toUtf8().toBase64();
}

std::optional<QByteArray> Sasl::cramMd5Response(
    QByteArrayView challengeBase64, const QString &user, const QString &password)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        challengeBase64.trimmed().toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray digest
        = QMessageAuthenticationCode::hash(decoded.decoded, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return QByteArray(user.toUtf8() + ' ' + digest).toBase64();
}

QByteArray Sasl::xoauth2Response(const QString &user, const QString &token)
{
    return QByteArray("user=" + user.toUtf8()
        + "\x01"
          "auth=Bearer "
        + token.toUtf8() + "\x01\x01")
        .toBase64();
}

QByteArray Sasl::oauthBearerResponse(const QString &user, const QString &token, const QString &host, int port)
{
    QByteArray saslName = user.toUtf8();
    saslName.replace("=", "=3D"); // first, so the next replacement is not escaped again
    saslName.replace(",", "=2C");
    QByteArray message = "n,a=" + saslName + ",\x01";
    if (!host.isEmpty()) {
        message += "host=" + host.toUtf8() + '\x01';
    }
    if (port > 0) {
        message += "port=" + QByteArray::number(port) + '\x01';
    }
    message += "auth=Bearer " + token.toUtf8() + "\x01\x01";
    return message.toBase64();
}

QByteArray Sasl::oauthBearerErrorAcknowledgement()
{
    return QByteArrayLiteral("\x01").toBase64();
}

} // namespace Letterbox::Protocol
