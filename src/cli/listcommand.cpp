#include "cli/listcommand.h"

#include "cli/accountcache.h"
#include "store/messagequery.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {
constexpr int s_defaultLimit = 50;
}

QString ListCommand::name() const
{
    return QStringLiteral("list");
}

QString ListCommand::summary() const
{
    return tr("List the newest messages of a folder from the local cache.");
}

void ListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addOption(QCommandLineOption(QStringLiteral("folder"), tr("The folder (default: the Inbox)."), tr("path")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
        tr("At most <n> messages, newest first (default %1; 0 for all).").arg(s_defaultLimit), tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document.")));
}

ExitCode ListCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: letterbox-cli list NAME [--folder PATH] [--limit N] [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    int limit = s_defaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            context.err << tr("--limit needs a whole number of messages, 0 or more.") << Qt::endl;
            return ExitCode::Usage;
        }
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, parser.positionalArguments().first());
        opened != ExitCode::Success) {
        return opened;
    }
    Store::Folder folder;
    if (const ExitCode found = cache.findFolder(context, parser.value(QStringLiteral("folder")), &folder);
        found != ExitCode::Success) {
        return found;
    }

    // Keyset pages, so `--limit 0` on a 1,000,000-message folder streams instead of
    // holding every row at once.
    const bool json = parser.isSet(QStringLiteral("json"));
    Store::MessageQuery query(cache.database());
    Store::PageRequest request;
    request.folderId = folder.id;
    QJsonArray messages;
    int shown = 0;
    do {
        request.limit = limit == 0 ? 1000 : qMin(1000, limit - shown);
        const Store::Result<Store::MessagePage> page = query.page(request);
        if (!page.ok()) {
            context.err << tr("The messages of %1 in account %2 could not be read: %3")
                               .arg(folder.path, cache.account().name, page.message())
                        << Qt::endl;
            return ExitCode::Failed;
        }
        for (const Store::MessageRecord &message : page.value().rows) {
            if (json) {
                messages.append(cache.summaryJson(message));
            } else {
                context.out << AccountCache::summaryLine(message) << Qt::endl;
            }
            ++shown;
        }
        request.after = page.value().next;
    } while (request.after.isValid() && (limit == 0 || shown < limit));
    if (json) {
        context.out << QJsonDocument(
            QJsonObject {{QStringLiteral("account"), cache.account().name}, {QStringLiteral("folder"), folder.path},
                {QStringLiteral("messages"), messages}})
                           .toJson(QJsonDocument::Indented);
    } else if (shown == 0) {
        context.out << tr("%1 has no messages in the cache.").arg(folder.path) << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace Letterbox::Cli
