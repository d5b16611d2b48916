#include "cli/folderscommand.h"

#include "cli/accountcache.h"
#include "store/folderstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Letterbox::Cli {

QString FoldersCommand::name() const
{
    return QStringLiteral("folders");
}

QString FoldersCommand::summary() const
{
    return tr("List an account's folders from the local cache, with message counts.");
}

void FoldersCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document.")));
}

ExitCode FoldersCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: letterbox-cli folders NAME [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, parser.positionalArguments().first());
        opened != ExitCode::Success) {
        return opened;
    }
    const Store::Result<QList<Store::Folder>> folders = Store::FolderStore(cache.database()).list();
    if (!folders.ok()) {
        context.err
            << tr("The folders of account %1 could not be read: %2").arg(cache.account().name, folders.message())
            << Qt::endl;
        return ExitCode::Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Store::Folder &folder : folders.value()) {
            array.append(QJsonObject {
                {QStringLiteral("path"), folder.path},
                {QStringLiteral("role"), AccountCache::roleName(folder.role)},
                {QStringLiteral("messages"), folder.totalCount},
                {QStringLiteral("unread"), folder.unreadCount},
                {QStringLiteral("subscribed"), folder.subscribed},
                {QStringLiteral("local_only"), folder.localOnly},
            });
        }
        context.out << QJsonDocument(
            QJsonObject {{QStringLiteral("account"), cache.account().name}, {QStringLiteral("folders"), array}})
                           .toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (folders.value().isEmpty()) {
        context.out
            << tr("Account %1 has no folders in its cache yet; run 'letterbox-cli sync %1'.").arg(cache.account().name)
            << Qt::endl;
        return ExitCode::Success;
    }
    for (const Store::Folder &folder : folders.value()) {
        context.out << folder.path.leftJustified(32) << QLatin1Char(' ')
                    << tr("%n message(s)", nullptr, int(qMin<qint64>(folder.totalCount, INT_MAX)))
                    << QLatin1String(", ") << tr("%n unread", nullptr, int(qMin<qint64>(folder.unreadCount, INT_MAX)));
        if (const QString role = AccountCache::roleName(folder.role); !role.isEmpty()) {
            context.out << QLatin1String("  [") << role << QLatin1Char(']');
        }
        context.out << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace Letterbox::Cli
