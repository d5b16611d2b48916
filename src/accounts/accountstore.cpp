#include "accounts/accountstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <utility>

namespace Letterbox::Accounts {

namespace {

const QString s_versionKey = QStringLiteral("version");
const QString s_accountsGroup = QStringLiteral("accounts");

QString groupOf(const QString &name)
{
    return s_accountsGroup + QLatin1Char('/') + name;
}

void writeServer(QSettings &settings, const QString &group, const ServerSettings &server)
{
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("host"), server.host);
    settings.setValue(QStringLiteral("port"), server.port);
    settings.setValue(QStringLiteral("security"), toString(server.security));
    settings.setValue(QStringLiteral("user"), server.user);
    if (server.pinnedCertificate.isEmpty()) {
        settings.remove(QStringLiteral("pinnedSha256"));
    } else {
        settings.setValue(QStringLiteral("pinnedSha256"), QString::fromLatin1(server.pinnedCertificate.toHex()));
    }
    settings.endGroup();
}

// Reads the settings of one account; @p problem names the first key with a bad value.
Account readAccount(QSettings &settings, const QString &name, QString *problem)
{
    Account account;
    account.name = name;
    const auto text = [&](const QString &key) { return settings.value(key).toString(); };
    const auto note = [&](const QString &key) {
        if (problem->isEmpty()) {
            *problem = key;
        }
    };
    account.email = text(QStringLiteral("email"));
    account.displayName = text(QStringLiteral("displayName"));
    if (const auto protocol = protocolFromString(text(QStringLiteral("protocol")))) {
        account.protocol = *protocol;
    } else {
        note(QStringLiteral("protocol"));
    }
    for (auto [group, server] : {std::pair {QStringLiteral("incoming"), &account.incoming},
             std::pair {QStringLiteral("smtp"), &account.smtp}}) {
        settings.beginGroup(group);
        server->host = text(QStringLiteral("host"));
        bool ok = false;
        const uint port = settings.value(QStringLiteral("port")).toUInt(&ok);
        if (ok && port <= 65535) {
            server->port = quint16(port);
        } else {
            note(group + QLatin1String("/port"));
        }
        if (const auto security = securityFromString(text(QStringLiteral("security")))) {
            server->security = *security;
        } else {
            note(group + QLatin1String("/security"));
        }
        server->user = text(QStringLiteral("user"));
        server->pinnedCertificate = QByteArray::fromHex(text(QStringLiteral("pinnedSha256")).toLatin1());
        settings.endGroup();
    }
    if (const auto source = passwordSourceFromString(text(QStringLiteral("password/source")))) {
        account.passwordSource = *source;
    } else {
        note(QStringLiteral("password/source"));
    }
    account.passwordCommand = text(QStringLiteral("password/command"));
    account.oauth2.authorizationUrl = text(QStringLiteral("oauth2/authorizationUrl"));
    account.oauth2.tokenUrl = text(QStringLiteral("oauth2/tokenUrl"));
    account.oauth2.clientId = text(QStringLiteral("oauth2/clientId"));
    account.oauth2.scopes = text(QStringLiteral("oauth2/scopes"));
    account.caFile = text(QStringLiteral("caFile"));
    account.allowPlaintext = settings.value(QStringLiteral("allowPlaintext"), false).toBool();
    if (const auto retention = pop3RetentionFromString(text(QStringLiteral("pop3/retention")))) {
        account.pop3Retention = *retention;
    } else {
        note(QStringLiteral("pop3/retention"));
    }
    account.pop3KeepDays = settings.value(QStringLiteral("pop3/keepDays"), 0).toInt();
    account.imapKeepOffline = settings.value(QStringLiteral("imap/keepOffline"), false).toBool();
    account.imapSyncDays = settings.value(QStringLiteral("imap/syncDays"), 0).toInt();
    account.imapKeepOfflineDays = settings.value(QStringLiteral("imap/keepOfflineDays"), 0).toInt();
    account.imapIdle = settings.value(QStringLiteral("imap/idle"), true).toBool();
    account.checkIntervalMinutes = settings.value(QStringLiteral("checkInterval"), 10).toInt();
    account.signature = text(QStringLiteral("signature"));
    return account;
}

} // namespace

AccountStore::AccountStore(Profile profile)
    : m_profile(std::move(profile))
{ }

AccountResult AccountStore::open(QSettings &settings, bool forWriting) const
{
    if (settings.status() != QSettings::NoError) {
        return AccountResult::failure(AccountResult::Code::StorageFailed,
            tr("Cannot read the settings file %1: it is not a valid INI file.").arg(settings.fileName()));
    }
    const QFileInfo info(settings.fileName());
    if (info.exists() && !info.isReadable()) {
        return AccountResult::failure(AccountResult::Code::StorageFailed,
            tr("Cannot read the settings file %1: permission denied.").arg(settings.fileName()));
    }
    const int version = settings.value(s_versionKey, s_formatVersion).toInt();
    if (version > s_formatVersion) {
        return AccountResult::failure(AccountResult::Code::StorageFailed,
            tr("The settings file %1 was written by a newer Letterbox (format %2; this one knows %3), "
               "so it is left untouched.")
                .arg(settings.fileName())
                .arg(version)
                .arg(s_formatVersion));
    }
    if (forWriting) {
        QString error;
        if (!m_profile.ensureExists(&error)) {
            return AccountResult::failure(AccountResult::Code::StorageFailed, error);
        }
        // Versions older than this one would be migrated here; 1 is the first.
        settings.setValue(s_versionKey, s_formatVersion);
    }
    return AccountResult::success();
}

AccountResult AccountStore::sync(QSettings &settings) const
{
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return AccountResult::failure(
            AccountResult::Code::StorageFailed, tr("Cannot write the settings file %1.").arg(settings.fileName()));
    }
    // Settings name servers and logins: the owner's business only.
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return AccountResult::success();
}

AccountResult AccountStore::status() const
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    return open(settings, false);
}

QStringList AccountStore::names() const
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    if (!open(settings, false).ok()) {
        return {};
    }
    settings.beginGroup(s_accountsGroup);
    QStringList names = settings.childGroups();
    names.sort();
    return names;
}

bool AccountStore::contains(const QString &name) const
{
    return names().contains(name);
}

AccountResult AccountStore::load(const QString &name, Account *account) const
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    if (AccountResult opened = open(settings, false); !opened.ok()) {
        return opened;
    }
    settings.beginGroup(s_accountsGroup);
    if (!Account::isValidName(name) || !settings.childGroups().contains(name)) {
        return AccountResult::failure(AccountResult::Code::NotFound, tr("There is no account called %1.").arg(name));
    }
    settings.beginGroup(name);
    QString problem;
    const Account loaded = readAccount(settings, name, &problem);
    if (!problem.isEmpty()) {
        return AccountResult::failure(AccountResult::Code::StorageFailed,
            tr("The settings of account %1 in %2 are damaged: %3 has a value this program does not know.")
                .arg(name, m_profile.settingsFile(), problem));
    }
    if (AccountResult validated = loaded.validate();
        !validated.ok() && validated.code != AccountResult::Code::Insecure) {
        return AccountResult::failure(AccountResult::Code::StorageFailed,
            tr("The settings of account %1 in %2 are damaged: %3")
                .arg(name, m_profile.settingsFile(), validated.message));
    }
    *account = loaded;
    return AccountResult::success();
}

AccountResult AccountStore::write(const Account &account)
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    if (AccountResult opened = open(settings, true); !opened.ok()) {
        return opened;
    }
    // Start from an empty group so a key the new value no longer has cannot linger.
    settings.remove(groupOf(account.name));
    settings.beginGroup(groupOf(account.name));
    settings.setValue(QStringLiteral("email"), account.email);
    settings.setValue(QStringLiteral("displayName"), account.displayName);
    settings.setValue(QStringLiteral("protocol"), toString(account.protocol));
    writeServer(settings, QStringLiteral("incoming"), account.incoming);
    writeServer(settings, QStringLiteral("smtp"), account.smtp);
    settings.setValue(QStringLiteral("password/source"), toString(account.passwordSource));
    if (account.passwordSource == PasswordSource::Command) {
        settings.setValue(QStringLiteral("password/command"), account.passwordCommand);
    }
    // The provider only: its tokens are secrets and go to the keychain.
    for (const auto &[key, value] :
        {std::pair {QStringLiteral("oauth2/authorizationUrl"), &account.oauth2.authorizationUrl},
            std::pair {QStringLiteral("oauth2/tokenUrl"), &account.oauth2.tokenUrl},
            std::pair {QStringLiteral("oauth2/clientId"), &account.oauth2.clientId},
            std::pair {QStringLiteral("oauth2/scopes"), &account.oauth2.scopes}}) {
        if (!value->isEmpty()) {
            settings.setValue(key, *value);
        }
    }
    if (!account.caFile.isEmpty()) {
        settings.setValue(QStringLiteral("caFile"), account.caFile);
    }
    settings.setValue(QStringLiteral("allowPlaintext"), account.allowPlaintext);
    settings.setValue(QStringLiteral("pop3/retention"), toString(account.pop3Retention));
    if (account.pop3Retention == Pop3Retention::KeepDays) {
        settings.setValue(QStringLiteral("pop3/keepDays"), account.pop3KeepDays);
    }
    settings.setValue(QStringLiteral("imap/keepOffline"), account.imapKeepOffline);
    settings.setValue(QStringLiteral("imap/syncDays"), account.imapSyncDays);
    settings.setValue(QStringLiteral("imap/keepOfflineDays"), account.imapKeepOfflineDays);
    settings.setValue(QStringLiteral("imap/idle"), account.imapIdle);
    settings.setValue(QStringLiteral("checkInterval"), account.checkIntervalMinutes);
    if (!account.signature.isEmpty()) {
        settings.setValue(QStringLiteral("signature"), account.signature);
    }
    settings.endGroup();
    return sync(settings);
}

AccountResult AccountStore::add(const Account &account)
{
    if (AccountResult validated = account.validate(); !validated.ok()) {
        return validated;
    }
    if (AccountResult opened = status(); !opened.ok()) {
        return opened;
    }
    for (const QString &existing : names()) {
        if (existing.compare(account.name, Qt::CaseInsensitive) == 0) {
            return AccountResult::failure(
                AccountResult::Code::AlreadyExists, tr("There is already an account called %1.").arg(existing));
        }
    }
    return write(account);
}

AccountResult AccountStore::update(const Account &account)
{
    if (AccountResult validated = account.validate(); !validated.ok()) {
        return validated;
    }
    if (AccountResult opened = status(); !opened.ok()) {
        return opened;
    }
    if (!contains(account.name)) {
        return AccountResult::failure(
            AccountResult::Code::NotFound, tr("There is no account called %1.").arg(account.name));
    }
    return write(account);
}

AccountResult AccountStore::remove(const QString &name)
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    if (AccountResult opened = open(settings, false); !opened.ok()) {
        return opened;
    }
    settings.beginGroup(s_accountsGroup);
    const bool exists = Account::isValidName(name) && settings.childGroups().contains(name);
    settings.endGroup();
    if (!exists) {
        return AccountResult::failure(AccountResult::Code::NotFound, tr("There is no account called %1.").arg(name));
    }
    settings.remove(groupOf(name));
    return sync(settings);
}

AccountResult AccountStore::removeDataDirectory(const QString &name) const
{
    // The name check keeps "..", "/" and friends from turning this into a wider delete.
    if (!Account::isValidName(name)) {
        return AccountResult::failure(AccountResult::Code::Invalid, Account::invalidNameMessage(name));
    }
    QDir directory(m_profile.accountDataDirectory(name));
    if (directory.exists() && !directory.removeRecursively()) {
        return AccountResult::failure(AccountResult::Code::StorageFailed,
            tr("Cannot delete the data of account %1 in %2.").arg(name, directory.path()));
    }
    return AccountResult::success();
}

} // namespace Letterbox::Accounts
