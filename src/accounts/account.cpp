#include "accounts/account.h"

#include <QDir>
#include <QHostAddress>
#include <QUrl>

namespace Letterbox::Accounts {

namespace {

constexpr qsizetype s_maximumNameLength = 64;
// RFC 5321 4.5.3.1.3: a path is at most 256 octets including the angle brackets.
constexpr qsizetype s_maximumEmailLength = 254;
constexpr qsizetype s_maximumHostLength = 253;
constexpr int s_maximumKeepDays = 36500;
constexpr int s_maximumSyncDays = 36500;
constexpr int s_maximumCheckInterval = 24 * 60;
constexpr qsizetype s_sha256Length = 32;

// A token endpoint gets the refresh token: https, or http only to this computer (the
// local authorization servers of tests and of RFC 8252 section 7.3 style setups).
bool isAcceptableOAuth2Url(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback());
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

bool isValidEmail(const QString &email)
{
    if (email.isEmpty() || email.size() > s_maximumEmailLength || hasControlCharacter(email)) {
        return false;
    }
    for (const QChar c : email) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(',')) {
            return false;
        }
    }
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < email.size() - 1;
}

// Host names (IDN allowed: the connection layer converts them) and IP literals.
bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > s_maximumHostLength || host.startsWith(QLatin1Char('-'))
        || host.startsWith(QLatin1Char('.'))) {
        return false;
    }
    if (host.contains(QLatin1Char(':'))) {
        // An IPv6 literal: hex digits, colons and an optional dotted IPv4 tail.
        for (const QChar c : host) {
            if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                    || (c >= QLatin1Char('A') && c <= QLatin1Char('F')) || c == QLatin1Char(':')
                    || c == QLatin1Char('.'))) {
                return false;
            }
        }
        return true;
    }
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))) {
            return false;
        }
    }
    return true;
}

AccountResult invalid(const QString &message)
{
    return AccountResult::failure(AccountResult::Code::Invalid, message);
}

AccountResult validateServer(const Account &account, const ServerSettings &server, const QString &role)
{
    if (!isValidHost(server.host)) {
        return invalid(
            Account::tr("Account %1: '%2' is not a valid %3 host name.").arg(account.name, server.host, role));
    }
    if (server.port == 0) {
        return invalid(Account::tr("Account %1: the %2 port must be between 1 and 65535.").arg(account.name, role));
    }
    if (server.user.isEmpty() || hasControlCharacter(server.user)) {
        return invalid(Account::tr("Account %1: the %2 login must be one line of text.").arg(account.name, role));
    }
    if (!server.pinnedCertificate.isEmpty() && server.pinnedCertificate.size() != s_sha256Length) {
        return invalid(
            Account::tr("Account %1: the pinned %2 certificate is not a SHA-256 fingerprint.").arg(account.name, role));
    }
    if (server.security == Security::None && !account.allowPlaintext) {
        return AccountResult::failure(AccountResult::Code::Insecure,
            Account::tr("Account %1 would send its password unencrypted to %2:%3 (security none); "
                        "choose tls or starttls, or allow plaintext explicitly (allow-plaintext).")
                .arg(account.name, server.host)
                .arg(server.port));
    }
    return AccountResult::success();
}

} // namespace

bool Account::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > s_maximumNameLength || name.startsWith(QLatin1Char('.'))) {
        return false;
    }
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!allowed) {
            return false;
        }
    }
    return true;
}

QString Account::invalidNameMessage(const QString &name)
{
    return tr("'%1' is not a valid account name: use 1 to 64 letters, digits, '.', '_' or '-', "
              "not starting with '.'.")
        .arg(name);
}

AccountResult Account::validate() const
{
    if (!isValidName(name)) {
        return invalid(invalidNameMessage(name));
    }
    if (!isValidEmail(email)) {
        return invalid(tr("Account %1: '%2' is not an email address.").arg(name, email));
    }
    if (hasControlCharacter(displayName)) {
        return invalid(tr("Account %1: the display name must be one line of text.").arg(name));
    }
    if (passwordSource == PasswordSource::Command && passwordCommand.trimmed().isEmpty()) {
        return invalid(tr("Account %1: the password command is empty.").arg(name));
    }
    if (passwordSource == PasswordSource::OAuth2) {
        if (oauth2.clientId.trimmed().isEmpty()) {
            return invalid(tr("Account %1: OAuth2 needs a client id (oauth2-client-id).").arg(name));
        }
        for (const auto &[url, option] : {std::pair {&oauth2.authorizationUrl, "oauth2-auth-url"},
                 std::pair {&oauth2.tokenUrl, "oauth2-token-url"}}) {
            if (!isAcceptableOAuth2Url(*url)) {
                return invalid(tr("Account %1: %2 '%3' is not an https URL (plain http only to this computer).")
                                   .arg(name, QLatin1String(option), *url));
            }
        }
    }
    if (!caFile.isEmpty() && !QDir::isAbsolutePath(caFile)) {
        return invalid(tr("Account %1: the CA file %2 must be an absolute path.").arg(name, caFile));
    }
    if (pop3Retention == Pop3Retention::KeepDays && (pop3KeepDays < 1 || pop3KeepDays > s_maximumKeepDays)) {
        return invalid(
            tr("Account %1: POP3 messages can be kept between 1 and %2 days.").arg(name).arg(s_maximumKeepDays));
    }
    if (imapKeepOfflineDays < 0 || imapKeepOfflineDays > s_maximumSyncDays) {
        return invalid(tr("Account %1: bodies are kept offline for 1 to %2 days, or 0 for every message.")
                           .arg(name)
                           .arg(s_maximumSyncDays));
    }
    if (imapSyncDays < 0 || imapSyncDays > s_maximumSyncDays) {
        return invalid(tr("Account %1: the IMAP sync window is between 0 (every message) and %2 days.")
                           .arg(name)
                           .arg(s_maximumSyncDays));
    }
    if (checkIntervalMinutes < 0 || checkIntervalMinutes > s_maximumCheckInterval) {
        return invalid(tr("Account %1: mail is checked every 1 to %2 minutes, or 0 for only when asked.")
                           .arg(name)
                           .arg(s_maximumCheckInterval));
    }
    if (AccountResult result = validateServer(*this, incoming, tr("incoming")); !result.ok()) {
        return result;
    }
    return validateServer(*this, smtp, tr("SMTP"));
}

quint16 defaultPort(IncomingProtocol protocol, Security security)
{
    const bool implicitTls = security == Security::Tls;
    switch (protocol) {
    case IncomingProtocol::Imap:
        return implicitTls ? 993 : 143;
    case IncomingProtocol::Pop3:
        return implicitTls ? 995 : 110;
    }
    return 0;
}

quint16 defaultSmtpPort(Security security)
{
    // RFC 8314: 465 is submission over implicit TLS; 587 is RFC 6409 submission.
    return security == Security::Tls ? 465 : 587;
}

std::optional<Security> securityForPort(IncomingProtocol protocol, quint16 port)
{
    if (port == defaultPort(protocol, Security::Tls)) {
        return Security::Tls;
    }
    if (port == defaultPort(protocol, Security::StartTls)) {
        return Security::StartTls;
    }
    return std::nullopt;
}

std::optional<Security> securityForSmtpPort(quint16 port)
{
    switch (port) {
    case 465:
        return Security::Tls;
    case 587:
    case 25:
        return Security::StartTls;
    default:
        return std::nullopt;
    }
}

QString toString(IncomingProtocol protocol)
{
    return protocol == IncomingProtocol::Pop3 ? QStringLiteral("pop3") : QStringLiteral("imap");
}

QString toString(Security security)
{
    switch (security) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

QString toString(PasswordSource source)
{
    switch (source) {
    case PasswordSource::Keychain:
        break;
    case PasswordSource::Command:
        return QStringLiteral("command");
    case PasswordSource::OAuth2:
        return QStringLiteral("oauth2");
    }
    return QStringLiteral("keychain");
}

QString toString(Pop3Retention retention)
{
    switch (retention) {
    case Pop3Retention::Keep:
        return QStringLiteral("keep");
    case Pop3Retention::KeepDays:
        return QStringLiteral("keep-days");
    case Pop3Retention::DeleteAfterDownload:
        return QStringLiteral("delete-after-download");
    case Pop3Retention::DeleteWithLocal:
        return QStringLiteral("delete-with-local");
    }
    return {};
}

std::optional<IncomingProtocol> protocolFromString(const QString &text)
{
    for (const IncomingProtocol protocol : {IncomingProtocol::Imap, IncomingProtocol::Pop3}) {
        if (text.compare(toString(protocol), Qt::CaseInsensitive) == 0) {
            return protocol;
        }
    }
    return std::nullopt;
}

std::optional<Security> securityFromString(const QString &text)
{
    for (const Security security : {Security::Tls, Security::StartTls, Security::None}) {
        if (text.compare(toString(security), Qt::CaseInsensitive) == 0) {
            return security;
        }
    }
    return std::nullopt;
}

std::optional<PasswordSource> passwordSourceFromString(const QString &text)
{
    for (const PasswordSource source : {PasswordSource::Keychain, PasswordSource::Command, PasswordSource::OAuth2}) {
        if (text.compare(toString(source), Qt::CaseInsensitive) == 0) {
            return source;
        }
    }
    return std::nullopt;
}

std::optional<Pop3Retention> pop3RetentionFromString(const QString &text)
{
    for (const Pop3Retention retention : {Pop3Retention::Keep, Pop3Retention::KeepDays,
             Pop3Retention::DeleteAfterDownload, Pop3Retention::DeleteWithLocal}) {
        if (text.compare(toString(retention), Qt::CaseInsensitive) == 0) {
            return retention;
        }
    }
    return std::nullopt;
}

} // namespace Letterbox::Accounts
