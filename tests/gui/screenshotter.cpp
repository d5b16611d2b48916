// screenshotter: the real main window on an X server (Xvfb), arranged as a person would
// leave it, grabbed from the screen into a PNG for docs/screenshots. Driven by
// tests/gui/take-screenshots; not a test.
//
//   screenshotter --profile DIR --out FILE.png [--dark] [--folder ACCOUNT:PATH]
//                 [--select SUBJECT] [--fill N]
//
// --fill N first adds an account "archive" with N synthetic messages (the 100,000-message
// folder of the issue). The session never syncs: what is shown is the cache.
#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "gui/mainwindow.h"
#include "gui/messagelistview.h"
#include "gui/messageview.h"
#include "models/foldertreemodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "services/session/mailsession.h"
#include "store/database.h"
#include "syntheticmail.h"
#include "unreachableaccount.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPalette>
#include <QScreen>
#include <QStyleFactory>
#include <QTextStream>
#include <QTreeView>

using namespace Letterbox;

namespace {

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

bool fill(const Accounts::Profile &profile, int count)
{
    const QString name = QStringLiteral("archive");
    if (Accounts::AccountStore(profile).contains(name)) {
        return true;
    }
    const Accounts::Account account = unreachableAccount(name);
    if (!Accounts::AccountStore(profile).add(account).ok()) {
        return false;
    }
    Store::Database database(profile.accountDataDirectory(name));
    return database.open().ok() && Bench::fillInbox(database, 7, count, false).ok();
}

/// The folder node @p path of account @p account in the tree, depth first.
QModelIndex findFolder(const Models::FolderTreeModel &model, int account, const QString &path)
{
    QList<QModelIndex> stack {model.accountIndex(account)};
    while (!stack.isEmpty()) {
        const QModelIndex node = stack.takeLast();
        for (int row = 0; row < model.rowCount(node); ++row) {
            const QModelIndex child = model.index(row, 0, node);
            if (child.data(Models::PathRole).toString() == path) {
                return child;
            }
            stack.append(child);
        }
    }
    return {};
}

bool triggerActions(Gui::MainWindow &window, const QStringList &names)
{
    for (const QString &name : names) {
        auto *action = window.findChild<QAction *>(name);
        if (!action) {
            QTextStream(stderr) << "screenshotter: no action " << name << Qt::endl;
            return false;
        }
        action->trigger();
        wait(200);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Profile."), QStringLiteral("dir"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("PNG to write."), QStringLiteral("file"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"), QStringLiteral("ACCOUNT:PATH to show."), QStringLiteral("folder"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QStringLiteral("Open the message with this subject."), QStringLiteral("subject"));
    const QCommandLineOption fillOption(
        QStringLiteral("fill"), QStringLiteral("Add an account with N messages."), QStringLiteral("n"));
    const QCommandLineOption triggerOption(QStringLiteral("trigger"),
        QStringLiteral("Trigger the window's action of this object name before --select (repeatable)."),
        QStringLiteral("action"));
    const QCommandLineOption thenOption(QStringLiteral("then"),
        QStringLiteral("Trigger the window's action of this object name after --select (repeatable)."),
        QStringLiteral("action"));
    parser.addOptions(
        {profileOption, outOption, darkOption, folderOption, selectOption, fillOption, triggerOption, thenOption});
    parser.process(application);
    QTextStream err(stderr);

    const Accounts::Profile profile = Accounts::Profile::atDirectory(parser.value(profileOption));
    QString error;
    if (!profile.ensureExists(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(fillOption) && !fill(profile, parser.value(fillOption).toInt())) {
        err << "screenshotter: could not fill the archive account" << Qt::endl;
        return 1;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(parser.isSet(darkOption) ? darkPalette() : QApplication::style()->standardPalette());

    Services::MailSession session;
    QStringList errors;
    session.open(profile, Services::MailSessionOptions::manualOnly(), &errors);
    Gui::MainWindow window(&session, profile.configDirectory());
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    wait(800);

    if (parser.isSet(folderOption)) {
        const QString spec = parser.value(folderOption);
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const int account = session.indexOf(spec.left(colon));
        const QModelIndex folder = findFolder(*window.folderModel(), account, spec.mid(colon + 1));
        if (!folder.isValid() || !window.selectFolder(account, folder.data(Models::FolderIdRole).toLongLong())) {
            err << "screenshotter: no folder " << spec << Qt::endl;
            return 1;
        }
    }
    if (!triggerActions(window, parser.values(triggerOption))) {
        return 1;
    }
    if (parser.isSet(selectOption)) {
        Models::MessageListModel &list = *window.messageListModel();
        int found = -1;
        for (int row = 0; row < list.rowCount() && found < 0; ++row) {
            if (list.index(row, Models::MessageListModel::SubjectColumn).data().toString()
                == parser.value(selectOption)) {
                found = row;
            }
        }
        if (found < 0) {
            err << "screenshotter: no message " << parser.value(selectOption) << Qt::endl;
            return 1;
        }
        Gui::MessageListView &view = *window.messageListView();
        view.setFocus();
        view.setCurrentIndex(view.model()->index(found, Models::MessageListModel::SubjectColumn));
        // A body the cache lacks is fetched from the server first.
        QElapsedTimer loading;
        loading.start();
        while (!window.messageView()->hasContent() && loading.elapsed() < 20000) {
            wait(100);
        }
        if (!window.messageView()->hasContent()) {
            err << "screenshotter: the message did not open" << Qt::endl;
        }
    }
    if (!triggerActions(window, parser.values(thenOption))) {
        return 1;
    }
    wait(1500); // parsing off the GUI thread, then layout and paint

    const QImage shot = window.screen()->grabWindow(0).toImage().copy(window.frameGeometry());
    if (shot.isNull() || !shot.save(parser.value(outOption))) {
        err << "screenshotter: could not write " << parser.value(outOption) << Qt::endl;
        return 1;
    }
    window.close();
    return 0;
}
