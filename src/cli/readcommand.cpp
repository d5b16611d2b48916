#include "cli/readcommand.h"

#include "cli/accountcache.h"
#include "cli/messagecommand.h"
#include "mime/messageparser.h"
#include "mime/mimetypes.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Letterbox::Cli {

QString ReadCommand::name() const
{
    return QStringLiteral("read");
}

QString ReadCommand::summary() const
{
    return tr("Show one message from the local cache.");
}

void ReadCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addOption(QCommandLineOption(QStringLiteral("folder"), tr("The folder."), tr("path")));
    parser.addOption(QCommandLineOption(QStringLiteral("uid"), tr("The message's UID (as 'list' shows it)."), tr("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("raw"), tr("Print the message as it is stored (RFC 5322).")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document.")));
}

ExitCode ReadCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    bool uidOk = false;
    const uint uid = parser.value(QStringLiteral("uid")).toUInt(&uidOk);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("folder")) || !uidOk
        || (parser.isSet(QStringLiteral("raw")) && parser.isSet(QStringLiteral("json")))) {
        context.err << tr("Usage: letterbox-cli read NAME --folder PATH --uid N [--raw | --json]") << Qt::endl;
        return ExitCode::Usage;
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
    const Store::Result<std::optional<qint64>> id = Store::MessageStore(cache.database()).idForUid(folder.id, uid);
    const Store::Result<std::optional<Store::MessageRecord>> record = id.ok() && id.value()
        ? Store::MessageQuery(cache.database()).record(*id.value())
        : Store::Result<std::optional<Store::MessageRecord>>(std::optional<Store::MessageRecord>());
    if (!id.ok() || !record.ok()) {
        context.err << tr("The cache of account %1 could not be read: %2")
                           .arg(cache.account().name, id.ok() ? record.message() : id.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    if (!record.value()) {
        context.err << tr("%1 in account %2 has no message with UID %3 in the cache.")
                           .arg(folder.path, cache.account().name)
                           .arg(uid)
                    << Qt::endl;
        return ExitCode::Usage;
    }
    const Store::MessageRecord &message = *record.value();
    if (message.bodyState != Store::BodyState::Full || message.blobKey.isEmpty()) {
        context.err << tr("Only the headers of UID %1 in %2 are in the cache of account %3 (\"%4\"); "
                          "'letterbox-cli sync %3 --bodies' downloads the rest.")
                           .arg(uid)
                           .arg(folder.path, cache.account().name, message.subject)
                    << Qt::endl;
        return ExitCode::Failed;
    }
    const Store::Result<QByteArray> raw = cache.database().blobs().read(message.blobKey);
    if (!raw.ok()) {
        context.err << tr("The stored copy of UID %1 in %2 (account %3) could not be read: %4")
                           .arg(uid)
                           .arg(folder.path, cache.account().name, raw.message())
                    << Qt::endl;
        return ExitCode::Failed;
    }
    if (parser.isSet(QStringLiteral("raw"))) {
        context.out.flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)
            || standardOutput.write(raw.value()) != raw.value().size()) {
            return ExitCode::Failed;
        }
        return ExitCode::Success;
    }
    const Mime::ParsedMessage parsed = Mime::MessageParser::parse(raw.value());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = MessageCommand::toJson(parsed);
        json.insert(QStringLiteral("uid"), qint64(uid));
        json.insert(QStringLiteral("folder"), folder.path);
        json.insert(QStringLiteral("flags"), QJsonArray::fromStringList(AccountCache::flagNames(message)));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        MessageCommand::printReadable(parsed, context.out);
    }
    return ExitCode::Success;
}

} // namespace Letterbox::Cli
