// letterbox-cli: the command line of ../shared/CLI.md. Wiring only.
#include "cli/accountcommand.h"
#include "cli/commandline.h"
#include "cli/messagecommand.h"
#include "cli/profilecommand.h"
#include "translations/translationloader.h"

#include "letterboxversion.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Letterbox;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("letterbox-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LETTERBOX_VERSION));
    I18n::installTranslations(application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::CommandLine commandLine(out, err);
    commandLine.addCommand(std::make_unique<Cli::AccountCommand>());
    commandLine.addCommand(std::make_unique<Cli::MessageCommand>());
    commandLine.addCommand(std::make_unique<Cli::ProfileCommand>());
    return Cli::toInt(commandLine.run(QCoreApplication::arguments()));
}
