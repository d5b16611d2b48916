#include "windowbench.h"

#include "benchsuite.h"
#include "benchtable.h"
#include "retrievalbench.h"
#include "syntheticmail.h"
#include "unreachableaccount.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "gui/mainwindow.h"
#include "gui/messagelistview.h"
#include "models/messagelistmodel.h"
#include "services/session/mailsession.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>

#include <cstdio>

namespace Letterbox::Bench {

namespace {

constexpr int s_paintLimitMs = 30000;

void progress(const char *what)
{
    std::fprintf(stderr, "window: %s…\n", what);
}

/// Counts the message list viewport's paint events.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

/// Runs the event loop until the list has painted once more than @p before; false on timeout.
bool waitForPaint(const PaintCounter &counter, int before)
{
    QElapsedTimer limit;
    limit.start();
    while (counter.paints <= before && limit.elapsed() < s_paintLimitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return counter.paints > before;
}

bool addAccount(const Accounts::Profile &profile, const QString &name, BenchTable &table)
{
    const Accounts::AccountResult added = Accounts::AccountStore(profile).add(unreachableAccount(name));
    if (!added.ok()) {
        table.addNote(added.message);
    }
    return added.ok();
}

} // namespace

bool runWindowBench(const BenchOptions &options, BenchTable &table)
{
    QTemporaryDir temporary;
    const QString root
        = options.directory.isEmpty() ? temporary.path() : options.directory + QStringLiteral("/window-profile");
    const Accounts::Profile profile = Accounts::Profile::atDirectory(root);
    QString error;
    if (!profile.ensureExists(&error)) {
        table.addNote(error);
        return false;
    }
    const QString scale = QLocale(QLocale::English).toString(options.scale);
    progress("filling two accounts");
    qint64 inboxes[2] = {0, 0};
    const QString names[2] = {QStringLiteral("first"), QStringLiteral("second")};
    for (int account = 0; account < 2; ++account) {
        if (!addAccount(profile, names[account], table)) {
            return false;
        }
        Store::Database database(profile.accountDataDirectory(names[account]));
        if (const Store::Status opened = database.open(); !opened.ok()) {
            table.addNote(opened.message());
            return false;
        }
        const Store::Result<FilledInbox> filled
            = fillInbox(database, options.seed + quint32(account), options.scale, false);
        if (!filled.ok()) {
            table.addNote(filled.message());
            return false;
        }
        inboxes[account] = filled.value().folderId;
    }

    progress("opening the window");
    const qint64 before = Retrieval::statusKib("VmRSS:");
    QElapsedTimer start;
    start.start();
    Services::MailSession session;
    QStringList errors;
    session.open(profile, Services::MailSessionOptions::manualOnly(), &errors);
    const double opened = milliseconds(start);
    Gui::MainWindow window(&session, profile.configDirectory());
    const double built = milliseconds(start);
    window.resize(1200, 800);
    PaintCounter counter;
    window.messageListView()->viewport()->installEventFilter(&counter);
    window.show();
    if (!waitForPaint(counter, 0) || window.messageListModel()->rowCount() != options.scale) {
        table.addNote(QStringLiteral("the window did not paint the Inbox's %1 rows").arg(scale));
        return false;
    }
    const double firstPaint = milliseconds(start);
    table.addInfo(QStringLiteral("  of which: the session opens the caches"), ms(opened));
    table.addInfo(QStringLiteral("  of which: the window is built (models, folder shown)"), ms(built - opened));
    table.addInfo(QStringLiteral("  of which: shown → first paint of the list"), ms(firstPaint - built));
    table.add(QStringLiteral("open the session and the window → first painted rows of a %1-message Inbox").arg(scale),
        ms(firstPaint), QStringLiteral("< 150 ms"), firstPaint < 150);
    const qint64 resident = Retrieval::statusKib("VmRSS:");
    table.add(QStringLiteral("RSS with the window open on it (two %1-message accounts)").arg(scale),
        megabytes(resident), QStringLiteral("< 200 MB"), resident >= 0 && resident * 1024 < 200LL * 1000 * 1000);
    table.addInfo(QStringLiteral("RSS growth from opening session and window"), megabytes(resident - before));

    progress("switching folders");
    QList<double> switches;
    for (int r = 0; r < std::max(options.repeats, 10); ++r) {
        const int account = (r + 1) % 2;
        const int paints = counter.paints;
        QElapsedTimer timer;
        timer.start();
        window.selectFolder(account, inboxes[account]);
        if (!waitForPaint(counter, paints)) {
            table.addNote(QStringLiteral("a folder switch never painted"));
            return false;
        }
        switches.append(milliseconds(timer));
    }
    const double switchMedian = median(switches);
    table.add(QStringLiteral("click another %1-message Inbox → the list repainted, median").arg(scale),
        ms(switchMedian), QStringLiteral("< 150 ms"), switchMedian < 150);

    progress("searching as you type");
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    const QString query = QStringLiteral("release notes");
    QList<double> keystrokes;
    for (int length = 1; length <= query.size(); ++length) {
        QElapsedTimer timer;
        timer.start();
        search->setText(query.left(length)); // the search runs in textChanged
        // A keystroke that leaves the hits as they were schedules no paint: paint now.
        window.messageListView()->viewport()->repaint();
        keystrokes.append(milliseconds(timer));
    }
    const double keystrokeMedian = median(keystrokes);
    table.add(
        QStringLiteral("search this folder as you type: keystroke → list repainted, median of %1").arg(query.size()),
        ms(keystrokeMedian), QStringLiteral("< 50 ms"), keystrokeMedian < 50);
    table.addInfo(QStringLiteral("slowest keystroke"), ms(*std::max_element(keystrokes.cbegin(), keystrokes.cend())));

    progress("quick filter");
    search->clear();
    auto *unread = window.findChild<QAction *>(QStringLiteral("filterUnreadAction"));
    QList<double> toggles;
    int filteredRows = 0;
    for (int r = 0; r < std::max(options.repeats, 10); ++r) {
        QElapsedTimer timer;
        timer.start();
        unread->trigger(); // on, then off, …
        window.messageListView()->viewport()->repaint();
        toggles.append(milliseconds(timer));
        if (unread->isChecked()) {
            filteredRows = window.messageListModel()->rowCount();
        }
    }
    const double toggleMedian = median(toggles);
    table.add(QStringLiteral("quick filter \"Unread\" on or off over %1 messages → list repainted, median").arg(scale),
        ms(toggleMedian), QStringLiteral("< 150 ms"), toggleMedian < 150);
    table.addInfo(QStringLiteral("unread rows shown while filtered"), QString::number(filteredRows));
    window.close();
    return true;
}

} // namespace Letterbox::Bench
