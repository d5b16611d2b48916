#include "cli/accountcache.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "accounts/oauth2authorizer.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"

#include <QJsonArray>
#include <QTextStream>

namespace Letterbox::Cli {

AccountCache::AccountCache() = default;
AccountCache::~AccountCache() = default;

ExitCode AccountCache::open(CommandContext &context, const QString &name)
{
    const Accounts::AccountStore accounts(context.profile);
    if (const Accounts::AccountResult loaded = accounts.load(name, &m_account); !loaded.ok()) {
        context.err << loaded.message << Qt::endl;
        return loaded.code == Accounts::AccountResult::Code::StorageFailed ? ExitCode::Failed : ExitCode::Usage;
    }
    m_database = std::make_unique<Store::Database>(context.profile.accountDataDirectory(m_account.name));
    if (const Store::Status opened = m_database->open(); !opened.ok()) {
        context.err << tr("The cache of account %1 could not be opened: %2").arg(m_account.name, opened.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    return ExitCode::Success;
}

ExitCode AccountCache::findFolder(CommandContext &context, const QString &path, Store::Folder *folder)
{
    Store::FolderStore folders(*m_database);
    const Store::Result<std::optional<Store::Folder>> found
        = path.isEmpty() ? folders.findByRole(Store::SpecialUse::Inbox) : folders.findByPath(path);
    if (!found.ok()) {
        context.err << tr("The cache of account %1 could not be read: %2").arg(m_account.name, found.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    if (!found.value()) {
        if (path.isEmpty()) {
            context.err << tr("Account %1 has no Inbox in its cache yet; run 'letterbox-cli sync %1' first.")
                               .arg(m_account.name)
                        << Qt::endl;
        } else {
            context.err << tr("Account %1 has no folder \"%2\" in its cache; 'letterbox-cli folders %1' lists them.")
                               .arg(m_account.name, path)
                        << Qt::endl;
        }
        return ExitCode::Usage;
    }
    *folder = *found.value();
    return ExitCode::Success;
}

ExitCode AccountCache::password(CommandContext &context, QString *password) const
{
    const Accounts::CredentialResult found = Accounts::CredentialStore().obtainPasswordBlocking(m_account);
    if (!found.ok() && found.code != Accounts::CredentialResult::Code::NotFound) {
        context.err << found.message << Qt::endl;
        return ExitCode::Failed;
    }
    *password = found.ok() ? found.password : QString();
    return ExitCode::Success;
}

ExitCode AccountCache::refreshedToken(CommandContext &context, QString *token) const
{
    const Accounts::CredentialResult found
        = Accounts::OAuth2Authorizer::validAccessTokenBlocking(m_account, true, Accounts::CredentialStore());
    if (!found.ok()) {
        context.err << found.message << Qt::endl;
        return ExitCode::Failed;
    }
    *token = found.password;
    return ExitCode::Success;
}

ExitCode AccountCache::findMessage(CommandContext &context, const Store::Folder &folder, quint32 uid, qint64 *id)
{
    const Store::Result<std::optional<qint64>> found = Store::MessageStore(*m_database).idForUid(folder.id, uid);
    if (!found.ok()) {
        context.err << tr("The cache of account %1 could not be read: %2").arg(m_account.name, found.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    if (!found.value()) {
        context.err
            << tr("%1 in account %2 has no message with UID %3 in the cache.").arg(folder.path, m_account.name).arg(uid)
            << Qt::endl;
        return ExitCode::Usage;
    }
    *id = *found.value();
    return ExitCode::Success;
}

QStringList AccountCache::flagNames(const Store::MessageRecord &message)
{
    static const std::pair<Store::MessageFlag, const char *> s_names[] = {
        {Store::MessageFlag::Seen, "\\Seen"},
        {Store::MessageFlag::Answered, "\\Answered"},
        {Store::MessageFlag::Flagged, "\\Flagged"},
        {Store::MessageFlag::Deleted, "\\Deleted"},
        {Store::MessageFlag::Draft, "\\Draft"},
    };
    QStringList names;
    for (const auto &[flag, name] : s_names) {
        if (message.flags.testFlag(flag)) {
            names.append(QLatin1String(name));
        }
    }
    return names + message.keywords;
}

QString AccountCache::roleName(Store::SpecialUse role)
{
    switch (role) {
    case Store::SpecialUse::None:
        return QString();
    case Store::SpecialUse::Inbox:
        return QStringLiteral("inbox");
    case Store::SpecialUse::Drafts:
        return QStringLiteral("drafts");
    case Store::SpecialUse::Sent:
        return QStringLiteral("sent");
    case Store::SpecialUse::Junk:
        return QStringLiteral("junk");
    case Store::SpecialUse::Trash:
        return QStringLiteral("trash");
    case Store::SpecialUse::Archive:
        return QStringLiteral("archive");
    case Store::SpecialUse::All:
        return QStringLiteral("all");
    case Store::SpecialUse::Flagged:
        return QStringLiteral("flagged");
    }
    return QString();
}

namespace {

QString sender(const Store::MessageRecord &message)
{
    if (message.fromName.isEmpty() || message.fromName == message.fromAddress) {
        return message.fromAddress;
    }
    return message.fromName + QLatin1String(" <") + message.fromAddress + QLatin1Char('>');
}

QDateTime shownDate(const Store::MessageRecord &message)
{
    return message.sentDate.isValid() ? message.sentDate : message.internalDate;
}

} // namespace

QJsonObject AccountCache::summaryJson(const Store::MessageRecord &message) const
{
    QJsonObject json;
    if (isPop3()) {
        json.insert(QStringLiteral("uidl"), QString::fromLatin1(message.uidl));
    }
    // POP3 folders are local: their UIDs are the cache's own, which `read --uid` takes.
    json.insert(QStringLiteral("uid"), message.uid ? QJsonValue(qint64(*message.uid)) : QJsonValue());
    json.insert(QStringLiteral("from"), sender(message));
    json.insert(QStringLiteral("to"), message.toSummary);
    json.insert(QStringLiteral("subject"), message.subject);
    const QDateTime date = shownDate(message);
    json.insert(QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue());
    json.insert(QStringLiteral("size"), message.size);
    json.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flagNames(message)));
    json.insert(QStringLiteral("has_attachments"), message.hasAttachments);
    return json;
}

QString AccountCache::summaryLine(const Store::MessageRecord &message)
{
    const QDateTime date = shownDate(message);
    QString markers;
    markers += message.isUnread() ? QLatin1Char('N') : QLatin1Char(' ');
    markers += message.flags.testFlag(Store::MessageFlag::Flagged) ? QLatin1Char('!') : QLatin1Char(' ');
    markers += message.hasAttachments ? QLatin1Char('@') : QLatin1Char(' ');
    return QStringLiteral("%1 %2 %3  %4  %5")
        .arg(message.uid ? QString::number(*message.uid) : QStringLiteral("-"), 7)
        .arg(markers)
        .arg(date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd hh:mm")) : QString(16, QLatin1Char(' ')))
        .arg(sender(message).left(30).leftJustified(30))
        .arg(message.subject);
}

} // namespace Letterbox::Cli
