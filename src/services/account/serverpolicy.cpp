#include "services/account/serverpolicy.h"

namespace Letterbox::Services {

namespace {

/// An account's security as a session's own enum (SmtpSecurity, ImapSecurity, Pop3Security).
template<class SessionSecurity> SessionSecurity sessionSecurity(Accounts::Security security)
{
    switch (security) {
    case Accounts::Security::Tls:
        return SessionSecurity::ImplicitTls;
    case Accounts::Security::StartTls:
        return SessionSecurity::StartTls;
    case Accounts::Security::None:
        return SessionSecurity::None;
    }
    return SessionSecurity::ImplicitTls;
}

/// An OAuth2 account's secret is its access token: the sessions then choose
/// OAUTHBEARER or XOAUTH2 and never fall back to a password mechanism.
template<class Credentials>
Credentials credentials(const Accounts::Account &account, const QString &user, const QString &secret)
{
    if (account.passwordSource == Accounts::PasswordSource::OAuth2) {
        return Credentials {user, {}, secret};
    }
    return Credentials {user, secret, {}};
}

/// The incoming server's part of @p account for IMAP or POP3 (their settings share the shape).
template<class Settings, class SessionSecurity, class Credentials>
std::optional<Settings> incomingSettings(const Accounts::Account &account, const QString &password, QString *error)
{
    std::optional<Net::TlsPolicy> tls = ServerPolicy::tlsPolicy(account, account.incoming, error);
    if (!tls) {
        return std::nullopt;
    }
    Settings settings;
    settings.accountName = account.name;
    settings.endpoint = ServerPolicy::endpoint(account.incoming);
    settings.tls = *tls;
    settings.session.security = sessionSecurity<SessionSecurity>(account.incoming.security);
    settings.session.plaintextAllowed = account.allowPlaintext;
    settings.session.credentials = credentials<Credentials>(account, account.incoming.user, password);
    return settings;
}

} // namespace

Net::Endpoint ServerPolicy::endpoint(const Accounts::ServerSettings &server)
{
    return {server.host, server.port};
}

Net::SecurityMode ServerPolicy::securityMode(Accounts::Security security)
{
    switch (security) {
    case Accounts::Security::Tls:
        return Net::SecurityMode::ImplicitTls;
    case Accounts::Security::StartTls:
        return Net::SecurityMode::StartTls;
    case Accounts::Security::None:
        return Net::SecurityMode::None;
    }
    return Net::SecurityMode::ImplicitTls;
}

std::optional<Net::TlsPolicy> ServerPolicy::tlsPolicy(
    const Accounts::Account &account, const Accounts::ServerSettings &server, QString *error)
{
    Net::TlsPolicy policy;
    policy.mode = securityMode(server.security);
    policy.plaintextAllowed = account.allowPlaintext;
    policy.pinnedSha256 = server.pinnedCertificate;
    if (!account.caFile.isEmpty()) {
        QString problem;
        if (!policy.addCaFile(account.caFile, &problem)) {
            if (error) {
                *error = tr("Account %1: %2").arg(account.name, problem);
            }
            return std::nullopt;
        }
    }
    return policy;
}

std::optional<SubmissionSettings> ServerPolicy::submission(
    const Accounts::Account &account, const QString &password, QString *error)
{
    std::optional<Net::TlsPolicy> tls = tlsPolicy(account, account.smtp, error);
    if (!tls) {
        return std::nullopt;
    }
    SubmissionSettings settings;
    settings.accountName = account.name;
    settings.endpoint = endpoint(account.smtp);
    settings.tls = *tls;
    settings.session.security = sessionSecurity<Smtp::SmtpSecurity>(account.smtp.security);
    settings.session.plaintextAllowed = account.allowPlaintext;
    if (!password.isEmpty()) {
        settings.session.credentials = credentials<Smtp::SmtpCredentials>(account, account.smtp.user, password);
    }
    settings.imapAccount = account.protocol == Accounts::IncomingProtocol::Imap;
    return settings;
}

std::optional<ImapServerSettings> ServerPolicy::imap(
    const Accounts::Account &account, const QString &password, QString *error)
{
    std::optional<ImapServerSettings> settings
        = incomingSettings<ImapServerSettings, Imap::ImapSecurity, Imap::ImapCredentials>(account, password, error);
    if (settings) {
        settings->syncDays = account.imapSyncDays;
    }
    return settings;
}

std::optional<Pop3ServerSettings> ServerPolicy::pop3(
    const Accounts::Account &account, const QString &password, QString *error)
{
    std::optional<Pop3ServerSettings> settings
        = incomingSettings<Pop3ServerSettings, Pop3::Pop3Security, Pop3::Pop3Credentials>(account, password, error);
    if (settings) {
        settings->session.serverHost = account.incoming.host;
        settings->session.serverPort = account.incoming.port;
        settings->retention = account.pop3Retention;
        settings->keepDays = account.pop3KeepDays;
    }
    return settings;
}

} // namespace Letterbox::Services
