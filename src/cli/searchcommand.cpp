#include "cli/searchcommand.h"

#include "cli/accountcache.h"
#include "store/folderstore.h"
#include "store/messagequery.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {
constexpr int s_defaultLimit = 100;
}

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}

QString SearchCommand::summary() const
{
    return tr("Search the local cache: subjects, addresses and the text of downloaded messages.");
}

void SearchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addPositionalArgument(
        QStringLiteral("query"), tr("Words to find (all of them, as word prefixes); \"quoted words\" as a phrase."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("limit"), tr("At most <n> results, best first (default %1).").arg(s_defaultLimit), tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document.")));
}

ExitCode SearchCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < 2) {
        context.err << tr("Usage: letterbox-cli search NAME QUERY [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    int limit = s_defaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            context.err << tr("--limit needs a whole number of results, 1 or more.") << Qt::endl;
            return ExitCode::Usage;
        }
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, arguments.first()); opened != ExitCode::Success) {
        return opened;
    }
    const QString text = arguments.mid(1).join(QLatin1Char(' '));
    Store::MessageQuery query(cache.database());
    const Store::Result<QList<Store::SearchHit>> hits = query.search(text, limit);
    QList<qint64> ids;
    if (hits.ok()) {
        for (const Store::SearchHit &hit : hits.value()) {
            ids.append(hit.id);
        }
    }
    const Store::Result<QList<Store::MessageRecord>> records = hits.ok() ? query.records(ids) : hits.status();
    const Store::Result<QList<Store::Folder>> folders = Store::FolderStore(cache.database()).list();
    if (!records.ok() || !folders.ok()) {
        context.err << tr("Searching the cache of account %1 failed: %2")
                           .arg(cache.account().name, records.ok() ? folders.message() : records.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    QHash<qint64, QString> folderPaths;
    for (const Store::Folder &folder : folders.value()) {
        folderPaths.insert(folder.id, folder.path);
    }
    // records() need not keep the rank order of the hits: put them back in it.
    QHash<qint64, Store::MessageRecord> byId;
    for (const Store::MessageRecord &record : records.value()) {
        byId.insert(record.id, record);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray messages;
    for (const qint64 id : std::as_const(ids)) {
        const auto found = byId.constFind(id);
        if (found == byId.cend()) {
            continue;
        }
        if (json) {
            QJsonObject summary = cache.summaryJson(*found);
            summary.insert(QStringLiteral("folder"), folderPaths.value(found->folderId));
            messages.append(summary);
        } else {
            context.out << folderPaths.value(found->folderId).leftJustified(12) << QLatin1Char(' ')
                        << AccountCache::summaryLine(*found) << Qt::endl;
        }
    }
    if (json) {
        context.out << QJsonDocument(QJsonObject {{QStringLiteral("account"), cache.account().name},
                                         {QStringLiteral("query"), text}, {QStringLiteral("messages"), messages}})
                           .toJson(QJsonDocument::Indented);
    } else if (messages.isEmpty() && byId.isEmpty()) {
        context.out << tr("No message in the cache of %1 matches.").arg(cache.account().name) << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace Letterbox::Cli
