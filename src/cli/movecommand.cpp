#include "cli/movecommand.h"

#include "cli/accountcache.h"
#include "cli/journalrun.h"
#include "services/actions/localactions.h"
#include "store/messagequery.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Letterbox::Cli {

QString MoveCommand::name() const
{
    return QStringLiteral("move");
}

QString MoveCommand::summary() const
{
    return tr("Move a message to another folder.");
}

void MoveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addOptions({
        {QStringLiteral("folder"), tr("The folder the message is in."), tr("path")},
        {QStringLiteral("uid"), tr("The message's UID (as 'list' shows it)."), tr("n")},
        {QStringLiteral("to"), tr("The folder to move it to."), tr("path")},
    });
}

ExitCode MoveCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    bool uidOk = false;
    const uint uid = parser.value(QStringLiteral("uid")).toUInt(&uidOk);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("folder"))
        || !parser.isSet(QStringLiteral("to")) || !uidOk || uid == 0) {
        context.err << tr("Usage: letterbox-cli move NAME --folder PATH --uid N --to PATH") << Qt::endl;
        return ExitCode::Usage;
    }
    AccountCache cache;
    if (const ExitCode opened = cache.open(context, parser.positionalArguments().first());
        opened != ExitCode::Success) {
        return opened;
    }
    Store::Folder source;
    Store::Folder target;
    if (const ExitCode found = cache.findFolder(context, parser.value(QStringLiteral("folder")), &source);
        found != ExitCode::Success) {
        return found;
    }
    if (const ExitCode found = cache.findFolder(context, parser.value(QStringLiteral("to")), &target);
        found != ExitCode::Success) {
        return found;
    }
    qint64 id = 0;
    if (const ExitCode found = cache.findMessage(context, source, uid, &id); found != ExitCode::Success) {
        return found;
    }
    const Store::Result<Services::ActionOutcome> moved
        = Services::LocalActions(cache.database(), !cache.isPop3()).move({id}, target.id);
    if (!moved.ok()) {
        context.err << tr("Account %1: UID %2 could not be moved from %3 to %4: %5")
                           .arg(cache.account().name)
                           .arg(uid)
                           .arg(source.path, target.path, moved.message())
                    << Qt::endl;
        return moved.code() == Store::ErrorCode::InvalidArgument ? ExitCode::Usage : ExitCode::Failed;
    }
    const ExitCode replayed = JournalRun(context, cache).replay();
    // The row kept its id; its UID in the target is known once the server said (COPYUID),
    // or at once in a local folder.
    const Store::Result<std::optional<Store::MessageRecord>> record = Store::MessageQuery(cache.database()).record(id);
    if (record.ok() && record.value() && record.value()->uid) {
        context.out << tr("Moved to %1 as UID %2.").arg(target.path).arg(*record.value()->uid) << Qt::endl;
    } else {
        context.out << tr("Moved to %1.").arg(target.path) << Qt::endl;
    }
    return replayed;
}

} // namespace Letterbox::Cli
