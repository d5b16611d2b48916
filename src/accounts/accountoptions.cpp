#include "accounts/accountoptions.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Letterbox::Accounts {

namespace {

using Id = AccountOptionId;

AccountResult invalid(const QString &message)
{
    return AccountResult::failure(AccountResult::Code::Invalid, message);
}

bool isRetention(Id id)
{
    return id == Id::Pop3Keep || id == Id::Pop3KeepDays || id == Id::Pop3DeleteAfterDownload
        || id == Id::Pop3DeleteWithLocal;
}

// A switch is on when given to `add` (no value) or set to yes/true/on/1.
std::optional<bool> parseSwitch(const QString &value)
{
    if (value.isEmpty()) {
        return true;
    }
    const QString lower = value.toLower();
    for (const char *yes : {"yes", "true", "on", "1"}) {
        if (lower == QLatin1String(yes)) {
            return true;
        }
    }
    for (const char *no : {"no", "false", "off", "0"}) {
        if (lower == QLatin1String(no)) {
            return false;
        }
    }
    return std::nullopt;
}

// A whole number of at least 0 (the range is Account::validate()'s).
std::optional<int> parseCount(const QString &value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < 0) {
        return std::nullopt;
    }
    return number;
}

std::optional<quint16> parsePort(const QString &value)
{
    bool ok = false;
    const uint port = value.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    return quint16(port);
}

AccountResult readableCaFile(const QString &path, QString *absolutePath)
{
    const QFileInfo info(path);
    QFile file(info.absoluteFilePath());
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return invalid(AccountOptions::tr("Cannot read the CA file %1.").arg(path));
    }
    // A cheap check that catches a wrong file (a key, a DER file) at add time rather
    // than at the first connection; the connection layer parses it properly.
    if (!file.read(1024 * 1024).contains("-----BEGIN CERTIFICATE-----")) {
        return invalid(AccountOptions::tr("The CA file %1 holds no PEM certificate.").arg(path));
    }
    *absolutePath = info.absoluteFilePath();
    return AccountResult::success();
}

// "AB:CD:…" as `account test` and a refused connection print it (colons and spaces
// optional), or "none" / "" for no pin. A pin is the person's decision after looking at
// a certificate report, so a typo must be an error, not a silent non-match.
AccountResult parsePin(const Account &account, const QString &value, QByteArray *pin)
{
    if (value.isEmpty() || value == QLatin1String("none")) {
        pin->clear();
        return AccountResult::success();
    }
    QString hex = value;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    const QByteArray digest = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 64 || digest.size() != 32 || digest.toHex() != hex.toLower().toLatin1()) {
        return invalid(AccountOptions::tr("Account %1: '%2' is not a SHA-256 fingerprint (64 hex digits, as "
                                          "'letterbox-cli account test' shows it).")
                           .arg(account.name, value));
    }
    *pin = digest;
    return AccountResult::success();
}

QString optionName(Id id)
{
    const std::optional<AccountOption> option = AccountOptions::find(id);
    return option ? option->name : QString();
}

// Sets the one field @p id names, with no defaults or coupling.
AccountResult applyValue(Account &account, Id id, const QString &value)
{
    const std::optional<AccountOption> option = AccountOptions::find(id);
    if (!option) {
        return invalid(AccountOptions::tr("Unknown account option."));
    }
    std::optional<bool> on;
    if (option->isSwitch()) {
        on = parseSwitch(value);
        if (!on) {
            return invalid(
                AccountOptions::tr("Account %1: %2 takes yes or no, not '%3'.").arg(account.name, option->name, value));
        }
    }
    const auto badPort = [&] {
        return invalid(
            AccountOptions::tr("Account %1: '%2' is not a port number (1 to 65535).").arg(account.name, value));
    };
    const auto badSecurity = [&] {
        return invalid(AccountOptions::tr("Account %1: the security is tls, starttls or none, not '%2'.")
                           .arg(account.name, value));
    };

    switch (id) {
    case Id::Email:
        account.email = value.trimmed();
        break;
    case Id::DisplayName:
        account.displayName = value.trimmed();
        break;
    case Id::Incoming: {
        const std::optional<IncomingProtocol> protocol = protocolFromString(value);
        if (!protocol) {
            return invalid(
                AccountOptions::tr("Account %1: incoming is imap or pop3, not '%2'.").arg(account.name, value));
        }
        account.protocol = *protocol;
        break;
    }
    case Id::Host:
        account.incoming.host = value.trimmed();
        break;
    case Id::SmtpHost:
        account.smtp.host = value.trimmed();
        break;
    case Id::Port:
    case Id::SmtpPort: {
        const std::optional<quint16> port = parsePort(value);
        if (!port) {
            return badPort();
        }
        (id == Id::Port ? account.incoming : account.smtp).port = *port;
        break;
    }
    case Id::Security:
    case Id::SmtpSecurity: {
        const std::optional<Security> security = securityFromString(value);
        if (!security) {
            return badSecurity();
        }
        (id == Id::Security ? account.incoming : account.smtp).security = *security;
        break;
    }
    case Id::User:
        account.incoming.user = value;
        break;
    case Id::SmtpUser:
        account.smtp.user = value;
        break;
    case Id::PasswordStdin:
        if (!*on) {
            return invalid(AccountOptions::tr("Account %1: to stop using the keychain, set password-command instead.")
                               .arg(account.name));
        }
        account.passwordSource = PasswordSource::Keychain;
        account.passwordCommand.clear();
        break;
    case Id::PasswordCommand:
        if (value.trimmed().isEmpty()) {
            return invalid(AccountOptions::tr("Account %1: the password command is empty.").arg(account.name));
        }
        account.passwordSource = PasswordSource::Command;
        account.passwordCommand = value;
        break;
    case Id::CaFile:
        if (value.isEmpty()) {
            account.caFile.clear();
        } else if (AccountResult result = readableCaFile(value, &account.caFile); !result.ok()) {
            return result;
        }
        break;
    case Id::PinCertificate:
        return parsePin(account, value, &account.incoming.pinnedCertificate);
    case Id::SmtpPinCertificate:
        return parsePin(account, value, &account.smtp.pinnedCertificate);
    case Id::Pop3Keep:
    case Id::Pop3DeleteAfterDownload:
    case Id::Pop3DeleteWithLocal:
        if (!*on) {
            return invalid(AccountOptions::tr("Account %1: to change the POP3 retention, set pop3-keep, "
                                              "pop3-keep-days, pop3-delete-after-download or pop3-delete-with-local.")
                               .arg(account.name));
        }
        account.pop3Retention = id == Id::Pop3Keep ? Pop3Retention::Keep
            : id == Id::Pop3DeleteAfterDownload    ? Pop3Retention::DeleteAfterDownload
                                                   : Pop3Retention::DeleteWithLocal;
        account.pop3KeepDays = 0;
        break;
    case Id::Pop3KeepDays: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 1) {
            return invalid(AccountOptions::tr("Account %1: '%2' is not a number of days.").arg(account.name, value));
        }
        account.pop3Retention = Pop3Retention::KeepDays;
        account.pop3KeepDays = days;
        break;
    }
    case Id::ImapKeepOffline:
        account.imapKeepOffline = *on;
        break;
    case Id::ImapKeepOfflineDays: {
        const std::optional<int> number = parseCount(value);
        if (!number) {
            return invalid(AccountOptions::tr("Account %1: '%2' is not a number of days (0 for every message).")
                               .arg(account.name, value));
        }
        account.imapKeepOfflineDays = *number;
        break;
    }
    case Id::ImapIdle: {
        // A value, not a switch: `add` needs a way to say no to a default of yes.
        const std::optional<bool> idle = value.isEmpty() ? std::nullopt : parseSwitch(value);
        if (!idle) {
            return invalid(
                AccountOptions::tr("Account %1: imap-idle takes yes or no, not '%2'.").arg(account.name, value));
        }
        account.imapIdle = *idle;
        break;
    }
    case Id::ImapSyncDays:
    case Id::CheckInterval: {
        const std::optional<int> number = parseCount(value);
        if (!number) {
            return invalid(id == Id::ImapSyncDays
                    ? AccountOptions::tr("Account %1: '%2' is not a number of days (0 for every message).")
                          .arg(account.name, value)
                    : AccountOptions::tr("Account %1: '%2' is not a number of minutes (0 for only when asked).")
                          .arg(account.name, value));
        }
        (id == Id::ImapSyncDays ? account.imapSyncDays : account.checkIntervalMinutes) = *number;
        break;
    }
    case Id::Signature:
        account.signature = value;
        break;
    case Id::AllowPlaintext:
        account.allowPlaintext = *on;
        break;
    case Id::OAuth2AuthUrl:
        account.oauth2.authorizationUrl = value;
        break;
    case Id::OAuth2TokenUrl:
        account.oauth2.tokenUrl = value;
        break;
    case Id::OAuth2ClientId:
        account.oauth2.clientId = value;
        account.passwordSource = PasswordSource::OAuth2;
        account.passwordCommand.clear();
        break;
    case Id::OAuth2Scope:
        account.oauth2.scopes = value;
        break;
    }
    return AccountResult::success();
}

} // namespace

QList<AccountOption> AccountOptions::all()
{
    return {
        {Id::Email, QStringLiteral("email"), QStringLiteral("ADDR"), tr("The account's email address.")},
        {Id::DisplayName, QStringLiteral("display-name"), QStringLiteral("TEXT"), tr("The name shown to recipients.")},
        {Id::Incoming, QStringLiteral("incoming"), QStringLiteral("imap|pop3"), tr("The protocol that fetches mail.")},
        {Id::Host, QStringLiteral("host"), QStringLiteral("HOST"), tr("The incoming server.")},
        {Id::Port, QStringLiteral("port"), QStringLiteral("N"),
            tr("The incoming port (default from protocol and security: IMAP 993/143, POP3 995/110).")},
        {Id::Security, QStringLiteral("security"), QStringLiteral("tls|starttls|none"),
            tr("How the incoming connection is protected (default tls).")},
        {Id::User, QStringLiteral("user"), QStringLiteral("LOGIN"),
            tr("The incoming login (default: the email address).")},
        {Id::SmtpHost, QStringLiteral("smtp-host"), QStringLiteral("HOST"),
            tr("The SMTP submission server (default: the incoming host).")},
        {Id::SmtpPort, QStringLiteral("smtp-port"), QStringLiteral("N"),
            tr("The SMTP port (default from security: 465 tls, 587 starttls).")},
        {Id::SmtpSecurity, QStringLiteral("smtp-security"), QStringLiteral("tls|starttls|none"),
            tr("How the SMTP connection is protected (default tls).")},
        {Id::SmtpUser, QStringLiteral("smtp-user"), QStringLiteral("LOGIN"),
            tr("The SMTP login (default: the incoming login).")},
        {Id::PasswordStdin, QStringLiteral("password-stdin"), QString(),
            tr("Read the password from one line of standard input and keep it in the system keychain.")},
        {Id::PasswordCommand, QStringLiteral("password-command"), QStringLiteral("CMD"),
            tr("Run CMD (with /bin/sh -c) each time the password is needed; its first output line is the password.")},
        {Id::CaFile, QStringLiteral("ca-file"), QStringLiteral("PEM"),
            tr("Also trust the CA certificates in this PEM file for this account.")},
        {Id::PinCertificate, QStringLiteral("pin-certificate"), QStringLiteral("SHA256"),
            tr("Trust the incoming server's certificate with this SHA-256 fingerprint (as 'account test' shows "
               "it), for this host and port only; none removes the pin.")},
        {Id::SmtpPinCertificate, QStringLiteral("smtp-pin-certificate"), QStringLiteral("SHA256"),
            tr("The same for the SMTP server's certificate.")},
        {Id::Pop3Keep, QStringLiteral("pop3-keep"), QString(), tr("POP3: leave every message on the server.")},
        {Id::Pop3KeepDays, QStringLiteral("pop3-keep-days"), QStringLiteral("N"),
            tr("POP3: delete messages from the server N days after they arrived.")},
        {Id::Pop3DeleteAfterDownload, QStringLiteral("pop3-delete-after-download"), QString(),
            tr("POP3: delete a message from the server once it is safely stored here.")},
        {Id::Pop3DeleteWithLocal, QStringLiteral("pop3-delete-with-local"), QString(),
            tr("POP3: delete a message from the server when it is deleted here.")},
        {Id::ImapKeepOffline, QStringLiteral("imap-keep-offline"), QString(),
            tr("IMAP: download every whole message at each sync, so all mail reads offline.")},
        {Id::ImapSyncDays, QStringLiteral("imap-sync-days"), QStringLiteral("N"),
            tr("IMAP: sync only the messages of the last N days, for very large accounts (0, the default: "
               "every message).")},
        {Id::CheckInterval, QStringLiteral("check-interval"), QStringLiteral("MINUTES"),
            tr("How often the window gets new mail, in minutes (default 10; 0: only when asked).")},
        {Id::ImapKeepOfflineDays, QStringLiteral("imap-keep-offline-days"), QStringLiteral("N"),
            tr("IMAP with imap-keep-offline: download only the bodies of the last N days (0, the default: "
               "every message).")},
        {Id::ImapIdle, QStringLiteral("imap-idle"), QStringLiteral("yes|no"),
            tr("IMAP: keep the Inbox open (IDLE) so new mail shows at once (default yes).")},
        {Id::Signature, QStringLiteral("signature"), QStringLiteral("TEXT"), tr("The text added below new messages.")},
        {Id::AllowPlaintext, QStringLiteral("allow-plaintext"), QString(),
            tr("Allow the password over a connection with security none.")},
        {Id::OAuth2AuthUrl, QStringLiteral("oauth2-auth-url"), QStringLiteral("URL"),
            tr("OAuth2: the provider's authorization URL (https).")},
        {Id::OAuth2TokenUrl, QStringLiteral("oauth2-token-url"), QStringLiteral("URL"),
            tr("OAuth2: the provider's token URL (https).")},
        {Id::OAuth2ClientId, QStringLiteral("oauth2-client-id"), QStringLiteral("ID"),
            tr("OAuth2: this program's client id at the provider; log in with OAuth2 instead of a password "
               "('account login NAME' gets the tokens).")},
        {Id::OAuth2Scope, QStringLiteral("oauth2-scope"), QStringLiteral("SCOPES"),
            tr("OAuth2: the scopes to ask for, separated by spaces.")},
    };
}

std::optional<AccountOption> AccountOptions::find(const QString &name)
{
    for (const AccountOption &option : all()) {
        if (option.name == name) {
            return option;
        }
    }
    return std::nullopt;
}

std::optional<AccountOption> AccountOptions::find(AccountOptionId id)
{
    for (const AccountOption &option : all()) {
        if (option.id == id) {
            return option;
        }
    }
    return std::nullopt;
}

AccountResult AccountOptions::build(const QString &name, const Values &values, Account *account)
{
    if (!Account::isValidName(name)) {
        return invalid(Account::invalidNameMessage(name));
    }
    Account result;
    result.name = name;
    QList<Id> given;
    for (const auto &[id, value] : values) {
        if (given.contains(id)) {
            return invalid(tr("Account %1: --%2 is given twice.").arg(name, optionName(id)));
        }
        given.append(id);
    }
    const auto isGiven = [&](Id id) { return given.contains(id); };
    if (isGiven(Id::PasswordStdin) && isGiven(Id::PasswordCommand)) {
        return invalid(tr("Account %1: give either --password-stdin or --password-command, not both.").arg(name));
    }
    if (std::count_if(given.cbegin(), given.cend(), isRetention) > 1) {
        return invalid(tr("Account %1: give only one of --pop3-keep, --pop3-keep-days, "
                          "--pop3-delete-after-download and --pop3-delete-with-local.")
                           .arg(name));
    }
    for (const Id required : {Id::Email, Id::Incoming, Id::Host}) {
        if (!isGiven(required)) {
            return invalid(tr("Account %1 needs --%2.").arg(name, optionName(required)));
        }
    }

    // The table's order, so e.g. an email given after --user cannot change the result.
    for (const AccountOption &option : all()) {
        for (const auto &[id, value] : values) {
            if (id == option.id) {
                if (AccountResult applied = applyValue(result, id, value); !applied.ok()) {
                    return applied;
                }
            }
        }
    }

    if (isGiven(Id::Port) && !isGiven(Id::Security)) {
        result.incoming.security = securityForPort(result.protocol, result.incoming.port).value_or(Security::Tls);
    }
    if (!isGiven(Id::Port)) {
        result.incoming.port = defaultPort(result.protocol, result.incoming.security);
    }
    if (!isGiven(Id::SmtpHost)) {
        result.smtp.host = result.incoming.host;
    }
    if (isGiven(Id::SmtpPort) && !isGiven(Id::SmtpSecurity)) {
        result.smtp.security = securityForSmtpPort(result.smtp.port).value_or(Security::Tls);
    }
    if (!isGiven(Id::SmtpPort)) {
        result.smtp.port = defaultSmtpPort(result.smtp.security);
    }
    if (!isGiven(Id::User)) {
        result.incoming.user = result.email;
    }
    if (!isGiven(Id::SmtpUser)) {
        result.smtp.user = result.incoming.user;
    }

    if (AccountResult validated = result.validate(); !validated.ok()) {
        return validated;
    }
    *account = result;
    return AccountResult::success();
}

AccountResult AccountOptions::change(Account &account, AccountOptionId id, const QString &value)
{
    const Account old = account;
    Account changed = account;
    if (AccountResult applied = applyValue(changed, id, value); !applied.ok()) {
        return applied;
    }

    switch (id) {
    case Id::Email:
        if (changed.incoming.user == old.email) {
            changed.incoming.user = changed.email;
        }
        if (changed.smtp.user == old.email) {
            changed.smtp.user = changed.email;
        }
        break;
    case Id::User:
        if (changed.smtp.user == old.incoming.user) {
            changed.smtp.user = changed.incoming.user;
        }
        break;
    case Id::Host:
        if (changed.smtp.host == old.incoming.host) {
            changed.smtp.host = changed.incoming.host;
        }
        break;
    case Id::Incoming:
    case Id::Security:
        if (old.incoming.port == defaultPort(old.protocol, old.incoming.security)) {
            changed.incoming.port = defaultPort(changed.protocol, changed.incoming.security);
        }
        break;
    case Id::Port:
        // A well-known port means its security (143 is STARTTLS, 993 TLS), but a
        // deliberate "none" is never changed behind the person's back.
        if (const std::optional<Security> implied = securityForPort(changed.protocol, changed.incoming.port);
            implied && changed.incoming.security != Security::None) {
            changed.incoming.security = *implied;
        }
        break;
    case Id::SmtpSecurity:
        if (old.smtp.port == defaultSmtpPort(old.smtp.security)) {
            changed.smtp.port = defaultSmtpPort(changed.smtp.security);
        }
        break;
    case Id::SmtpPort:
        if (const std::optional<Security> implied = securityForSmtpPort(changed.smtp.port);
            implied && changed.smtp.security != Security::None) {
            changed.smtp.security = *implied;
        }
        break;
    default:
        break;
    }

    // A pin belongs to one host and port.
    for (auto [before, after] : {std::pair {&old.incoming, &changed.incoming}, std::pair {&old.smtp, &changed.smtp}}) {
        if (before->host != after->host || before->port != after->port) {
            after->pinnedCertificate.clear();
        }
    }

    if (AccountResult validated = changed.validate(); !validated.ok()) {
        return validated;
    }
    account = changed;
    return AccountResult::success();
}

} // namespace Letterbox::Accounts
