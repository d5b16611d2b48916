// letterbox-cli: the command line of ../shared/CLI.md. Wiring only.
#include "cli/accountcommand.h"
#include "cli/commandline.h"
#include "cli/flagcommand.h"
#include "cli/folderscommand.h"
#include "cli/inspectcommand.h"
#include "cli/listcommand.h"
#include "cli/messagecommand.h"
#include "cli/movecommand.h"
#include "cli/outboxcommand.h"
#include "cli/profilecommand.h"
#include "cli/readcommand.h"
#include "cli/searchcommand.h"
#include "cli/sendcommand.h"
#include "cli/synccommand.h"
#include "translations/translationloader.h"

#include "letterboxversion.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Letterbox;

int main(int argc, char *argv[])
{
    // stderr is part of the contract (CLI.md: one plain sentence per error), so the
    // engines' diagnostics stay quiet unless QT_LOGGING_RULES asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("letterbox.*.debug=false\nletterbox.*.info=false"));
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("letterbox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LETTERBOX_VERSION));
    I18n::installTranslations(application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::CommandLine commandLine(out, err);
    commandLine.addCommand(std::make_unique<Cli::SyncCommand>());
    commandLine.addCommand(std::make_unique<Cli::FoldersCommand>());
    commandLine.addCommand(std::make_unique<Cli::ListCommand>());
    commandLine.addCommand(std::make_unique<Cli::ReadCommand>());
    commandLine.addCommand(std::make_unique<Cli::SearchCommand>());
    commandLine.addCommand(std::make_unique<Cli::FlagCommand>());
    commandLine.addCommand(std::make_unique<Cli::MoveCommand>());
    commandLine.addCommand(std::make_unique<Cli::SendCommand>());
    commandLine.addCommand(std::make_unique<Cli::OutboxCommand>());
    commandLine.addCommand(std::make_unique<Cli::InspectCommand>());
    commandLine.addCommand(std::make_unique<Cli::AccountCommand>());
    commandLine.addCommand(std::make_unique<Cli::MessageCommand>());
    commandLine.addCommand(std::make_unique<Cli::ProfileCommand>());
    return Cli::toInt(commandLine.run(QCoreApplication::arguments()));
}
