#include "cli/inspectcommand.h"

#include "cli/sendcommand.h"
#include "cli/synccommand.h"
#include "services/inspect/connectionregistry.h"
#include "services/inspect/transcriptformat.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

/// A graceful close ends after the command's result: wait this long for closed() so the
/// transcript shows the last exchange (LOGOUT / QUIT and its reply).
constexpr int s_closeWaitMs = 3000;

bool anyLive(const QList<Services::ConnectionInfo> &connections)
{
    for (const Services::ConnectionInfo &info : connections) {
        if (info.isLive()) {
            return true;
        }
    }
    return false;
}

} // namespace

InspectCommand::InspectCommand()
{
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<SendCommand>());
}

InspectCommand::~InspectCommand() = default;

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::summary() const
{
    return tr("Run sync or send for an account and print its protocol transcript (passwords hidden).");
}

void InspectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account."));
    parser.addPositionalArgument(QStringLiteral("-- command"),
        tr("The command to run and its options, after --: sync [options] or send [options]."),
        QStringLiteral("-- sync|send [options]"));
    parser.addOption({QStringLiteral("full"), tr("Also print the lines of folded literals and message bodies.")});
}

ExitCode InspectCommand::run(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        context.err << tr("letterbox-cli: inspect needs an account and a command: inspect NAME -- sync|send ...")
                    << Qt::endl;
        return ExitCode::Usage;
    }
    const QString account = positional.at(0);
    const QString commandName = positional.at(1);
    Command *command = nullptr;
    for (const auto &candidate : m_commands) {
        if (candidate->name() == commandName) {
            command = candidate.get();
        }
    }
    if (!command) {
        context.err << tr("letterbox-cli: inspect runs sync or send, not '%1'.").arg(commandName) << Qt::endl;
        return ExitCode::Usage;
    }

    QCommandLineParser inner;
    command->addOptions(inner);
    // The inner command reads its account as its first positional argument.
    if (!inner.parse(QStringList {QStringLiteral("letterbox-cli"), account} + positional.mid(2))) {
        context.err << QStringLiteral("letterbox-cli: ") << inner.errorText() << QLatin1Char('.') << Qt::endl;
        return ExitCode::Usage;
    }

    Services::ConnectionRegistry *registry = Services::ConnectionRegistry::instance();
    const quint64 before = registry->lastId();
    CommandContext innerContext {context.profile, context.err, context.err};
    const ExitCode exitCode = command->run(inner, innerContext);

    const QDeadlineTimer deadline(s_closeWaitMs);
    while (anyLive(registry->connections(before)) && !deadline.hasExpired()) {
        QEventLoop loop;
        loop.processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    const QList<Services::ConnectionInfo> connections = registry->connections(before);
    if (connections.isEmpty()) {
        context.err << tr("letterbox-cli: %1 opened no connection.").arg(commandName) << Qt::endl;
    }
    const bool full = parser.isSet(QStringLiteral("full"));
    bool first = true;
    for (const Services::ConnectionInfo &info : connections) {
        if (!first) {
            context.out << QLatin1Char('\n');
        }
        first = false;
        context.out << Services::TranscriptFormat::toText(info, registry->transcript(info.id), full);
    }
    context.out.flush();
    return exitCode;
}

} // namespace Letterbox::Cli
