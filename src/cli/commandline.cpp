#include "cli/commandline.h"

#include "letterboxversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Letterbox::Cli {

namespace {

const QString s_program = QStringLiteral("letterbox-cli");

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
        CommandLine::tr("Keep settings and data under <dir> instead of the XDG directories."), CommandLine::tr("dir"));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help."));
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

CommandLine::~CommandLine() = default;

void CommandLine::addCommand(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandLine::findCommand(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString CommandLine::overviewHelp() const
{
    QString text = tr("Usage: %1 [--profile DIR] COMMAND [OPTIONS]\n"
                      "Letterbox's command line: the same engines as the window, for scripts.\n\n"
                      "Options:\n"
                      "  --profile DIR  Keep settings and data under DIR instead of the XDG directories.\n"
                      "  --version      Show the version.\n"
                      "  -h, --help     Show this help.\n\n"
                      "Commands:\n")
                       .arg(s_program);
    qsizetype width = 0;
    for (const auto &command : m_commands) {
        width = std::max(width, command->name().size());
    }
    for (const auto &command : m_commands) {
        text += QLatin1String("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    }
    text += tr("\nRun '%1 COMMAND --help' for the options of a command.\n"
               "Exit codes: 0 success, 1 the operation failed, 2 bad usage or input, "
               "3 a security refusal.\n")
                .arg(s_program);
    return text;
}

ExitCode CommandLine::usageError(const QString &message)
{
    m_err << s_program << QLatin1String(": ") << message << Qt::endl;
    return ExitCode::Usage;
}

ExitCode CommandLine::run(const QStringList &arguments)
{
    // First pass: global options only, up to the command word; the command's own
    // options are left for its parser.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    global.addOptions({profile, help, version});
    if (!global.parse(arguments)) {
        return usageError(global.errorText() + QLatin1Char('.'));
    }
    if (global.isSet(version)) {
        m_out << s_program << QLatin1Char(' ') << QLatin1String(LETTERBOX_VERSION) << Qt::endl;
        return ExitCode::Success;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(help)) {
        m_out << overviewHelp();
        return ExitCode::Success;
    }
    if (rest.isEmpty()) {
        m_err << overviewHelp();
        return usageError(tr("No command given."));
    }

    Command *command = findCommand(rest.first());
    if (!command) {
        return usageError(tr("'%1' is not a command; run '%2 --help' for the list.").arg(rest.first(), s_program));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addOptions({profile, help});
    command->addOptions(parser);
    if (!parser.parse(rest)) {
        return usageError(parser.errorText() + QLatin1Char('.'));
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the binary by its path; name the command instead.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd, tr("Usage: %1 %2 [options]").arg(s_program, command->name()));
        m_out << text;
        return ExitCode::Success;
    }

    const QString profileDirectory = parser.isSet(profile) ? parser.value(profile) : global.value(profile);
    CommandContext context {
        profileDirectory.isEmpty() ? Accounts::Profile::standard() : Accounts::Profile::atDirectory(profileDirectory),
        m_out, m_err};
    return command->run(parser, context);
}

} // namespace Letterbox::Cli
