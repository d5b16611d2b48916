#include "cli/flagcommand.h"

#include "cli/accountcache.h"
#include "cli/journalrun.h"
#include "services/actions/localactions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

struct FlagChange
{
    Store::MessageFlag flag;
    bool on;
};

} // namespace

QString FlagCommand::name() const
{
    return QStringLiteral("flag");
}

QString FlagCommand::summary() const
{
    return tr("Mark a message read or unread, flagged or not, or deleted: +seen -seen +flagged -flagged +deleted.");
}

void FlagCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addPositionalArgument(
        QStringLiteral("changes"), tr("+seen, +flagged or +deleted sets the flag; -seen or -flagged clears it."));
    parser.addOptions({
        {QStringLiteral("folder"), tr("The folder."), tr("path")},
        {QStringLiteral("uid"), tr("The message's UID (as 'list' shows it)."), tr("n")},
        {QStringLiteral("seen"), tr("As -seen: mark unread.")},
        {QStringLiteral("flagged"), tr("As -flagged: clear the flag.")},
    });
}

ExitCode FlagCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    const QString usage
        = tr("Usage: letterbox-cli flag NAME --folder PATH --uid N [+seen|-seen|+flagged|-flagged|+deleted]");
    QStringList arguments = parser.positionalArguments();
    bool uidOk = false;
    const uint uid = parser.value(QStringLiteral("uid")).toUInt(&uidOk);
    if (arguments.isEmpty() || !parser.isSet(QStringLiteral("folder")) || !uidOk || uid == 0) {
        context.err << usage << Qt::endl;
        return ExitCode::Usage;
    }
    const QString accountName = arguments.takeFirst();
    QList<FlagChange> changes;
    for (const QString &word : std::as_const(arguments)) {
        if (word == QLatin1String("+seen")) {
            changes.append({Store::MessageFlag::Seen, true});
        } else if (word == QLatin1String("+flagged")) {
            changes.append({Store::MessageFlag::Flagged, true});
        } else if (word == QLatin1String("+deleted")) {
            changes.append({Store::MessageFlag::Deleted, true});
        } else {
            context.err << tr("'%1' is not a flag change.").arg(word) << Qt::endl << usage << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("seen"))) {
        changes.append({Store::MessageFlag::Seen, false});
    }
    if (parser.isSet(QStringLiteral("flagged"))) {
        changes.append({Store::MessageFlag::Flagged, false});
    }
    if (changes.isEmpty()) {
        context.err << tr("Say which flag to change.") << Qt::endl << usage << Qt::endl;
        return ExitCode::Usage;
    }

    AccountCache cache;
    if (const ExitCode opened = cache.open(context, accountName); opened != ExitCode::Success) {
        return opened;
    }
    Store::Folder folder;
    if (const ExitCode found = cache.findFolder(context, parser.value(QStringLiteral("folder")), &folder);
        found != ExitCode::Success) {
        return found;
    }
    qint64 id = 0;
    if (const ExitCode found = cache.findMessage(context, folder, uid, &id); found != ExitCode::Success) {
        return found;
    }
    Services::LocalActions actions(cache.database(), !cache.isPop3());
    for (const FlagChange &change : std::as_const(changes)) {
        const Store::Result<Services::ActionOutcome> done = actions.setFlag({id}, change.flag, change.on);
        if (!done.ok()) {
            context.err << tr("Account %1: the flags of UID %2 in %3 could not be changed: %4")
                               .arg(cache.account().name)
                               .arg(uid)
                               .arg(folder.path, done.message())
                        << Qt::endl;
            return ExitCode::Failed;
        }
    }
    return JournalRun(context, cache).replay();
}

} // namespace Letterbox::Cli
