#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "accounts/accountresult.h"

#include <optional>

namespace Letterbox::Accounts {

enum class IncomingProtocol { Imap, Pop3 };

/// How a connection is protected: implicit TLS (RFC 8314), STARTTLS, or nothing.
enum class Security { Tls, StartTls, None };

/// Where the password comes from; it is never stored in the settings file.
enum class PasswordSource {
    Keychain, ///< the system keychain (Secret Service) through QtKeychain
    Command, ///< a command that prints it, run each time one is needed (mbsync's PassCmd)
    OAuth2, ///< no password: OAuth2 access tokens (XOAUTH2/OAUTHBEARER), kept in the keychain
};

/**
 * The OAuth2 provider of an account (RFC 6749 authorization code grant). Only these
 * public settings live in the settings file; the tokens the provider hands out live in
 * the keychain (CredentialStore::readTokens()). No client secret: a desktop client is a
 * public client (RFC 8252 section 8.4) and cannot keep one.
 */
struct OAuth2Provider
{
    QString authorizationUrl;
    QString tokenUrl;
    QString clientId;
    QString scopes; ///< space-separated, as sent in the "scope" parameter

    friend bool operator==(const OAuth2Provider &, const OAuth2Provider &) = default;
};

/// What happens on the POP3 server to a message once it is stored locally.
enum class Pop3Retention {
    Keep, ///< leave everything on the server
    KeepDays, ///< delete messages older than Account::pop3KeepDays days
    DeleteAfterDownload, ///< delete once durably stored (blob fsync'd, row committed)
    DeleteWithLocal, ///< delete from the server when deleted here
};

/// One server of an account (incoming or SMTP submission).
struct ServerSettings
{
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    QString user;
    /// SHA-256 of the DER certificate the person accepted for host:port; empty when
    /// nothing is pinned (the normal case: the system's CAs decide).
    QByteArray pinnedCertificate;

    friend bool operator==(const ServerSettings &, const ServerSettings &) = default;
};

/**
 * @short The settings of one mail account: a plain value, validated by validate().
 *
 * Holds what letterbox-cli's `account add` takes (CLI.md "Accounts") and what the
 * window edits; AccountStore keeps it in the settings file. It never holds a
 * password: that lives in the keychain (CredentialStore) or comes from
 * passwordCommand. One password serves both the incoming server and SMTP.
 *
 * The name doubles as a path component (Profile::accountDataDirectory) and as a
 * keychain key, so validate() restricts it to 1-64 characters of [A-Za-z0-9._-],
 * not starting with a dot.
 *
 * Limits: one identity per account. Options added later are fields with defaults, so an
 * older settings file still reads.
 */
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Accounts::Account)

public:
    QString name;
    QString email;
    QString displayName;
    IncomingProtocol protocol = IncomingProtocol::Imap;
    ServerSettings incoming;
    ServerSettings smtp;
    PasswordSource passwordSource = PasswordSource::Keychain;
    /// For PasswordSource::Command: run with /bin/sh -c; its first stdout line is the password.
    QString passwordCommand;
    /// For PasswordSource::OAuth2: where tokens come from.
    OAuth2Provider oauth2;
    /// A PEM file with CAs to trust for this account, besides the system's; empty for none.
    QString caFile;
    /// The only way to send a password over a connection with Security::None.
    bool allowPlaintext = false;
    Pop3Retention pop3Retention = Pop3Retention::Keep;
    int pop3KeepDays = 0; ///< for Pop3Retention::KeepDays, 1-36500
    /// IMAP: download every whole message in the background, so all of it reads offline
    /// (issue 5's "keep everything offline"); off: bodies when opened, or `sync --bodies`.
    bool imapKeepOffline = false;
    /// With imapKeepOffline: only messages that arrived in the last this many days get
    /// their bodies in the background (older ones when opened); 0: every message. 0-36500.
    int imapKeepOfflineDays = 0;
    /// IMAP: keep the Inbox open in IDLE (RFC 2177) so new mail shows at once; off: only
    /// the periodic check and "Get Messages" fetch.
    bool imapIdle = true;
    /// IMAP sync window: headers only of messages that arrived (INTERNALDATE) in the last
    /// this many days, for very large accounts; 0 syncs every message. 0-36500.
    int imapSyncDays = 0;
    /// Minutes between the window's automatic "get mail" runs; 0: only when asked. 0-1440.
    int checkIntervalMinutes = 10;
    /// Added below new messages by the composer; plain text.
    QString signature;

    /**
     * Checks every field. Returns the first problem as one translated sentence that
     * names the account; AccountResult::Code::Insecure when a password would cross
     * an unencrypted connection without allowPlaintext.
     */
    [[nodiscard]] AccountResult validate() const;

    friend bool operator==(const Account &, const Account &) = default;

    /// True when @p name is safe as one path component and keychain key (see above).
    [[nodiscard]] static bool isValidName(const QString &name);
    /// The sentence validate() gives for a bad @p name.
    [[nodiscard]] static QString invalidNameMessage(const QString &name);
};

// The presets of CLI.md: IMAP 993/143, POP3 995/110, SMTP 465/587.
[[nodiscard]] quint16 defaultPort(IncomingProtocol protocol, Security security);
[[nodiscard]] quint16 defaultSmtpPort(Security security);
/// The security a well-known port implies (993 → TLS, 143 → STARTTLS, 25 → STARTTLS
/// for SMTP...), or nothing for another port. Never Security::None.
[[nodiscard]] std::optional<Security> securityForPort(IncomingProtocol protocol, quint16 port);
[[nodiscard]] std::optional<Security> securityForSmtpPort(quint16 port);

// The spellings of CLI.md and the settings file: imap|pop3, tls|starttls|none, ...
[[nodiscard]] QString toString(IncomingProtocol protocol);
[[nodiscard]] QString toString(Security security);
[[nodiscard]] QString toString(PasswordSource source);
[[nodiscard]] QString toString(Pop3Retention retention);
[[nodiscard]] std::optional<IncomingProtocol> protocolFromString(const QString &text);
[[nodiscard]] std::optional<Security> securityFromString(const QString &text);
[[nodiscard]] std::optional<PasswordSource> passwordSourceFromString(const QString &text);
[[nodiscard]] std::optional<Pop3Retention> pop3RetentionFromString(const QString &text);

} // namespace Letterbox::Accounts
