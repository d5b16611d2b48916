// letterbox: the desktop window. Wiring only; the logic lives in the modules.
#include "accounts/profile.h"
#include "gui/mainwindow.h"
#include "gui/windowsettings.h"
#include "mime/mailtourl.h"
#include "services/session/mailsession.h"
#include "translations/translationloader.h"

#include "letterboxversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace Letterbox;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("letterbox"));
    QApplication::setApplicationDisplayName(QStringLiteral("Letterbox"));
    QApplication::setApplicationVersion(QStringLiteral(LETTERBOX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LETTERBOX_APP_ID));
    I18n::installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Letterbox, a desktop email client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Keep settings and data under <dir> instead of the XDG directories."),
        QApplication::translate("main", "dir"));
    parser.addOption(profileOption);
    parser.addPositionalArgument(QStringLiteral("mailto"),
        QApplication::translate("main", "A mailto: link (RFC 6068) to write a message to."),
        QStringLiteral("[mailto:ADDR?subject=…]"));
    parser.process(application);

    const Accounts::Profile profile = parser.isSet(profileOption)
        ? Accounts::Profile::atDirectory(parser.value(profileOption))
        : Accounts::Profile::standard();
    QString error;
    if (!profile.ensureExists(&error)) {
        QTextStream(stderr) << QApplication::translate("main", "letterbox: %1").arg(error) << Qt::endl;
        return 1;
    }

    // The engines run beside the window; it opens on what the cache holds already.
    Services::MailSession session;
    session.setOffline(Gui::WindowSettings(profile.configDirectory()).offline());
    QStringList errors;
    session.open(profile, Services::MailSessionOptions {}, &errors);
    for (const QString &error : std::as_const(errors)) {
        QTextStream(stderr) << QApplication::translate("main", "letterbox: %1").arg(error) << Qt::endl;
    }
    session.setFollowsNetworkReachability(true);

    Gui::MainWindow window(&session, profile.configDirectory());
    window.show();
    window.startAccountWizardIfEmpty();
    for (const QString &argument : parser.positionalArguments()) {
        if (Mime::MailtoUrl::isMailto(argument)) {
            window.openMailto(argument);
        } else {
            QTextStream(stderr) << QApplication::translate("main", "letterbox: %1 is not a mailto: link.").arg(argument)
                                << Qt::endl;
        }
    }
    return QApplication::exec();
}
