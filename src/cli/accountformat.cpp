#include "cli/accountformat.h"

#include "accounts/account.h"

#include <QJsonValue>
#include <QTextStream>

#include <utility>

namespace Letterbox::Cli {

using namespace Accounts;

namespace {

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject serverToJson(const ServerSettings &server)
{
    return QJsonObject {
        {QStringLiteral("host"), server.host},
        {QStringLiteral("port"), server.port},
        {QStringLiteral("security"), toString(server.security)},
        {QStringLiteral("user"), server.user},
        {QStringLiteral("pinned_certificate"), nullIfEmpty(QString::fromLatin1(server.pinnedCertificate.toHex()))},
    };
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QJsonObject AccountFormat::toJson(const Account &account)
{
    QJsonObject incoming = serverToJson(account.incoming);
    incoming.insert(QStringLiteral("protocol"), toString(account.protocol));
    const bool keepsDays = account.pop3Retention == Pop3Retention::KeepDays;
    return QJsonObject {
        {QStringLiteral("name"), account.name},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("display_name"), account.displayName},
        {QStringLiteral("incoming"), incoming},
        {QStringLiteral("smtp"), serverToJson(account.smtp)},
        {QStringLiteral("password"), toString(account.passwordSource)},
        {QStringLiteral("password_command"),
            account.passwordSource == PasswordSource::Command ? QJsonValue(account.passwordCommand) : QJsonValue()},
        {QStringLiteral("ca_file"), nullIfEmpty(account.caFile)},
        {QStringLiteral("allow_plaintext"), account.allowPlaintext},
        {QStringLiteral("imap_keep_offline"), account.imapKeepOffline},
        {QStringLiteral("imap_keep_offline_days"), account.imapKeepOfflineDays},
        {QStringLiteral("imap_idle"), account.imapIdle},
        {QStringLiteral("imap_sync_days"), account.imapSyncDays},
        {QStringLiteral("check_interval"), account.checkIntervalMinutes},
        {QStringLiteral("signature"), account.signature},
        {QStringLiteral("pop3"),
            QJsonObject {
                {QStringLiteral("retention"), toString(account.pop3Retention)},
                {QStringLiteral("keep_days"), keepsDays ? QJsonValue(account.pop3KeepDays) : QJsonValue()},
            }},
    };
}

QString AccountFormat::summaryLine(const Account &account)
{
    return tr("%1  %2  %3 %4:%5 (%6)")
        .arg(account.name, account.email, toString(account.protocol), account.incoming.host)
        .arg(account.incoming.port)
        .arg(toString(account.incoming.security));
}

void AccountFormat::printDetails(const Account &account, QTextStream &out)
{
    QString password = toString(account.passwordSource);
    if (account.passwordSource == PasswordSource::Command) {
        password += QLatin1String(": ") + account.passwordCommand;
    }
    QString retention = toString(account.pop3Retention);
    if (account.pop3Retention == Pop3Retention::KeepDays) {
        retention = tr("keep %n days", nullptr, account.pop3KeepDays);
    }
    const QList<std::pair<QString, QString>> lines {
        {QStringLiteral("name"), account.name},
        {QStringLiteral("email"), account.email},
        {QStringLiteral("display-name"), account.displayName},
        {QStringLiteral("incoming"), toString(account.protocol)},
        {QStringLiteral("host"), account.incoming.host},
        {QStringLiteral("port"), QString::number(account.incoming.port)},
        {QStringLiteral("security"), toString(account.incoming.security)},
        {QStringLiteral("user"), account.incoming.user},
        {QStringLiteral("smtp-host"), account.smtp.host},
        {QStringLiteral("smtp-port"), QString::number(account.smtp.port)},
        {QStringLiteral("smtp-security"), toString(account.smtp.security)},
        {QStringLiteral("smtp-user"), account.smtp.user},
        {QStringLiteral("password"), password},
        {QStringLiteral("ca-file"), account.caFile},
        {QStringLiteral("pop3-retention"), retention},
        {QStringLiteral("allow-plaintext"), yesNo(account.allowPlaintext)},
        {QStringLiteral("imap-keep-offline"), yesNo(account.imapKeepOffline)},
        {QStringLiteral("imap-keep-offline-days"),
            account.imapKeepOfflineDays == 0 ? tr("0 (every message)")
                                             : tr("%n days", nullptr, account.imapKeepOfflineDays)},
        {QStringLiteral("imap-idle"), yesNo(account.imapIdle)},
        {QStringLiteral("imap-sync-days"),
            account.imapSyncDays == 0 ? tr("0 (every message)") : tr("%n days", nullptr, account.imapSyncDays)},
        {QStringLiteral("check-interval"),
            account.checkIntervalMinutes == 0 ? tr("0 (only when asked)")
                                              : tr("%n minutes", nullptr, account.checkIntervalMinutes)},
        {QStringLiteral("signature"), account.signature},
    };
    for (const auto &[key, value] : lines) {
        out << key.leftJustified(16) << value << Qt::endl;
    }
    if (!account.incoming.pinnedCertificate.isEmpty() || !account.smtp.pinnedCertificate.isEmpty()) {
        out << QStringLiteral("pinned").leftJustified(16)
            << tr("incoming %1, SMTP %2")
                   .arg(QString::fromLatin1(account.incoming.pinnedCertificate.toHex()),
                       QString::fromLatin1(account.smtp.pinnedCertificate.toHex()))
            << Qt::endl;
    }
}

} // namespace Letterbox::Cli
