// The main window over a profile whose caches hold mail: panes, keyboard actions, undo,
// layouts remembered, the Move-to picker, search and offline changes. Offscreen, no
// network: the accounts point at a closed port and the session never syncs on its own.
#include "gui/activitystatus.h"
#include "gui/mainwindow.h"
#include "gui/messagelistview.h"
#include "gui/messageview.h"
#include "gui/movetodialog.h"
#include "gui/traynotifier.h"
#include "gui/windowsettings.h"
#include "guitesting.h"
#include "models/foldertreemodel.h"
#include "models/messagelistmodel.h"
#include "models/messagetags.h"
#include "models/roles.h"
#include "store/messagequery.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Letterbox;
using GuiTesting::TestAccount;
using GuiTesting::TestProfile;

namespace {

/// The session and window over @p profile, shown and exposed.
struct OpenWindow
{
    Services::MailSession session;
    std::unique_ptr<Gui::MainWindow> window;

    explicit OpenWindow(const TestProfile &profile, bool offline = false)
    {
        session.setOffline(offline);
        QStringList errors;
        session.open(profile.profile(), Services::MailSessionOptions::manualOnly(), &errors);
        if (!errors.isEmpty()) {
            qFatal("cannot open: %s", qPrintable(errors.join(QLatin1Char(' '))));
        }
        window = std::make_unique<Gui::MainWindow>(&session, profile.profile().configDirectory());
        window->resize(1100, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            qFatal("the window was not exposed");
        }
    }

    [[nodiscard]] Models::MessageListModel &list() const { return *window->messageListModel(); }
    [[nodiscard]] Gui::MessageListView &listView() const { return *window->messageListView(); }

    /// Gives the list the focus with row @p row current and selected, as a click does.
    void selectRow(int row) const
    {
        listView().setFocus();
        listView().setCurrentIndex(listView().model()->index(row, Models::MessageListModel::SubjectColumn));
    }

    [[nodiscard]] int rowOfSubject(const QString &subject) const
    {
        for (int row = 0; row < list().rowCount(); ++row) {
            if (list().index(row, Models::MessageListModel::SubjectColumn).data().toString() == subject) {
                return row;
            }
        }
        return -1;
    }

    /// The messages in folder @p folderId as the store (not the window) has them.
    [[nodiscard]] qint64 countIn(int account, qint64 folderId) const
    {
        const Store::Result<QList<qint64>> ids
            = Store::MessageQuery(*session.database(account)).orderedIds(folderId, Store::SortKey::Date);
        return ids.ok() ? ids.value().size() : -1;
    }
};

} // namespace

class TestMailWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A null action in a menu or an ambiguous shortcut is a broken window.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("null action|nullptr parameter|Ambiguous shortcut")));
    }

    void opensOnTheInboxWithItsMail()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 30);
        OpenWindow open(profile);
        auto *pages = open.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mailPage"));
        const QModelIndex current = open.window->folderView()->currentIndex();
        QCOMPARE(current.data(Models::PathRole).toString(), QStringLiteral("INBOX"));
        QCOMPARE(open.list().rowCount(), 30);
        // Newest first, the unread ones bold.
        QCOMPARE(open.list().index(0, Models::MessageListModel::SubjectColumn).data().toString(),
            QStringLiteral("Message 30"));
        QVERIFY(open.list().index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!open.list().index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // 30 is read
        QCOMPARE(open.window->statusText(), QStringLiteral("Ready"));
    }

    void deleteMovesToTrashAndUndoBringsItBack()
    {
        TestProfile profile;
        const TestAccount account = profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 10);
        OpenWindow open(profile);
        open.selectRow(open.rowOfSubject(QStringLiteral("Message 4")));
        QTest::keyClick(&open.listView(), Qt::Key_Delete);
        QTRY_COMPARE(open.list().rowCount(), 9);
        QCOMPARE(open.rowOfSubject(QStringLiteral("Message 4")), -1);
        QCOMPARE(open.countIn(0, account.trash), 1);
        // The next message is current, so Delete again goes on down the list.
        QVERIFY(open.listView().currentIndex().isValid());

        QTest::keyClick(open.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(open.list().rowCount(), 10);
        QVERIFY(open.rowOfSubject(QStringLiteral("Message 4")) >= 0);
        QCOMPARE(open.countIn(0, account.trash), 0);
    }

    void flagAndReadKeysWithUndo()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 5);
        OpenWindow open(profile);
        const int row = open.rowOfSubject(QStringLiteral("Message 2"));
        open.selectRow(row);
        QTest::keyClick(&open.listView(), Qt::Key_S);
        QTRY_VERIFY(open.list().index(row, 0).data(Models::IsFlaggedRole).toBool());
        QTest::keyClick(&open.listView(), Qt::Key_M);
        QTRY_VERIFY(!open.list().index(row, 0).data(Models::IsUnreadRole).toBool());
        QCOMPARE(open.window->undoStack()->count(), 2);

        QTest::keyClick(open.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(open.list().index(row, 0).data(Models::IsUnreadRole).toBool());
        QVERIFY(open.list().index(row, 0).data(Models::IsFlaggedRole).toBool());
        QTest::keyClick(open.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!open.list().index(row, 0).data(Models::IsFlaggedRole).toBool());
    }

    void tagKeysTagTheRowInItsColourWithUndo()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Imap, 4);
        OpenWindow open(profile, true);
        const int row = open.rowOfSubject(QStringLiteral("Message 2"));
        open.selectRow(row);
        auto keywords = [&] { return open.list().index(row, 0).data(Models::KeywordsRole).toStringList(); };
        QTest::keyClick(&open.listView(), Qt::Key_1);
        QTRY_COMPARE(keywords(), QStringList {QStringLiteral("$label1")});
        QTest::keyClick(&open.listView(), Qt::Key_4);
        QTRY_COMPARE(keywords(), (QStringList {QStringLiteral("$label1"), QStringLiteral("$label4")}));
        // The row takes the first tag's colour, the menu checks the current message's tags.
        const QColor important = open.list().index(row, 0).data(Qt::ForegroundRole).value<QColor>();
        QCOMPARE(important, Models::MessageTags::find(QStringLiteral("$label1"))->colour);
        QVERIFY(open.window->findChild<QAction *>(QStringLiteral("tag1Action"))->isChecked());
        QVERIFY(!open.window->findChild<QAction *>(QStringLiteral("tag2Action"))->isChecked());
        QCOMPARE(open.list().index(row, Models::MessageListModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Tags: %1")
                .arg(QLocale().createSeparatedList({QStringLiteral("Important"), QStringLiteral("To Do")})));
        // The same key again takes the tag off; Ctrl+Z puts it back; 0 removes every tag.
        QTest::keyClick(&open.listView(), Qt::Key_1);
        QTRY_COMPARE(keywords(), QStringList {QStringLiteral("$label4")});
        QTest::keyClick(open.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(keywords().size(), 2);
        QTest::keyClick(&open.listView(), Qt::Key_0);
        QTRY_VERIFY(keywords().isEmpty());
        QVERIFY(!open.list().index(row, 0).data(Qt::ForegroundRole).isValid());
        // Offline on IMAP, each change waits in the journal for the server: reading it, six
        // tag changes (0 removes two).
        QTRY_COMPARE(
            open.window->activityStatus()->pendingText(), QStringLiteral("7 change(s) waiting for the server"));
    }

    void nextUnreadSkipsReadMessages()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 7);
        OpenWindow open(profile);
        // Newest first: 7, 6 (read), 5, 4, 3 (read)…; from 7, N goes to 5.
        open.selectRow(open.rowOfSubject(QStringLiteral("Message 7")));
        QTest::keyClick(&open.listView(), Qt::Key_F); // next: 6
        QCOMPARE(open.listView().currentIndex().data().toString(), QStringLiteral("Message 6"));
        QTest::keyClick(&open.listView(), Qt::Key_N);
        QCOMPARE(open.listView().currentIndex().data().toString(), QStringLiteral("Message 5"));
        QTest::keyClick(&open.listView(), Qt::Key_B);
        QCOMPARE(open.listView().currentIndex().data().toString(), QStringLiteral("Message 6"));
    }

    void layoutAndFolderAreRememberedPerProfile()
    {
        TestProfile profile;
        const TestAccount account = profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 3);
        {
            OpenWindow open(profile);
            QCOMPARE(open.window->paneLayout(), Gui::PaneLayout::Classic);
            open.window->findChild<QAction *>(QStringLiteral("layoutVerticalAction"))->trigger();
            auto *outer = open.window->findChild<QSplitter *>(QStringLiteral("outerSplitter"));
            QVERIFY(outer);
            QCOMPARE(outer->count(), 3); // folders | list | message side by side
            QVERIFY(open.window->selectFolder(0, account.work));
            open.window->close();
        }
        OpenWindow again(profile);
        QCOMPARE(again.window->paneLayout(), Gui::PaneLayout::Vertical);
        QCOMPARE(again.window->folderView()->currentIndex().data(Models::PathRole).toString(), QStringLiteral("Work"));
    }

    void moveToPickerNarrowsAsYouTypeAndMoveUndoes()
    {
        TestProfile profile;
        const TestAccount account = profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 4);
        OpenWindow open(profile);
        Gui::MoveToDialog picker(*open.window->folderModel(), open.window->folderModel()->accountIndex(0),
            QStringLiteral("Move to"), account.inbox);
        QCOMPARE(picker.visibleCount(), 2); // Trash and Work, not the Inbox itself
        picker.setFilterText(QStringLiteral("wo"));
        QCOMPARE(picker.visibleCount(), 1);
        QCOMPARE(picker.chosenFolderId(), account.work);

        // The window's own picker: typed into, then Enter.
        open.selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<Gui::MoveToDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("folderFilter"));
            QTest::keyClicks(filter, QStringLiteral("work"));
            QTest::keyClick(filter, Qt::Key_Return);
        });
        open.window->findChild<QAction *>(QStringLiteral("moveToAction"))->trigger();
        QTRY_COMPARE(open.countIn(0, account.work), 1);
        QCOMPARE(open.list().rowCount(), 3);
        open.window->undoStack()->undo();
        QTRY_COMPARE(open.list().rowCount(), 4);
        QCOMPARE(open.countIn(0, account.work), 0);
    }

    void droppingMessagesOnAFolderMovesThemUndoably()
    {
        TestProfile profile;
        const TestAccount account = profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 6);
        OpenWindow open(profile);
        open.selectRow(0);
        open.listView().selectionModel()->select(
            open.listView().model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // What a drag carries, dropped where the folder view would drop it.
        std::unique_ptr<QMimeData> drag(
            open.listView().model()->mimeData(open.listView().selectionModel()->selectedRows()));
        QVERIFY(drag);
        QAbstractItemModel *folders = open.window->folderView()->model();
        const QModelIndex work = qobject_cast<QAbstractProxyModel *>(folders)->mapFromSource(
            open.window->folderModel()->folderIndex(0, account.work));
        QVERIFY(folders->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, work));
        QVERIFY(!folders->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, folders->index(0, 0))); // unified
        folders->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, work);
        QTRY_COMPARE(open.countIn(0, account.work), 2);
        QCOMPARE(open.list().rowCount(), 4);
        open.window->undoStack()->undo();
        QTRY_COMPARE(open.list().rowCount(), 6);
    }

    void searchFieldFiltersTheFolderAndClearingRestoresIt()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 12);
        OpenWindow open(profile);
        QTest::keyClick(open.window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *search = open.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Message 11"));
        QTRY_COMPARE(open.list().rowCount(), 1);
        QCOMPARE(open.list().index(0, Models::MessageListModel::SubjectColumn).data().toString(),
            QStringLiteral("Message 11"));
        search->clear();
        QTRY_COMPARE(open.list().rowCount(), 12);
    }

    void quickFilterShowsUnreadAndKeepsWhatWasJustRead()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 6); // 3 and 6 read
        OpenWindow open(profile);
        auto *bar = open.window->findChild<QWidget *>(QStringLiteral("quickFilterBar"));
        QVERIFY(bar && bar->isVisible());
        auto *unread = open.window->findChild<QAction *>(QStringLiteral("filterUnreadAction"));
        QToolButton *button = nullptr;
        for (auto *candidate : bar->findChildren<QToolButton *>()) {
            if (candidate->defaultAction() == unread) {
                button = candidate;
            }
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(unread->isChecked());
        QCOMPARE(open.list().rowCount(), 4);
        auto *count = bar->findChild<QLabel *>(QStringLiteral("quickFilterCount"));
        QCOMPARE(count->text(), QStringLiteral("4 message(s)"));

        // Reading a message under the filter leaves it in the list.
        open.selectRow(open.rowOfSubject(QStringLiteral("Message 5")));
        QTRY_COMPARE(open.window->trayNotifier()->unreadCount(), 3);
        QCOMPARE(open.list().rowCount(), 4);

        // The search narrows the filtered folder; another folder starts unfiltered.
        auto *search = open.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->setText(QStringLiteral("Message 4"));
        QTRY_COMPARE(open.list().rowCount(), 1);
        search->clear();
        QTRY_COMPARE(open.list().rowCount(), 3); // filtered again from the store: 5 is read now
        QVERIFY(unread->isChecked());
        QTreeView *folders = open.window->folderView();
        const QModelIndex inbox = folders->currentIndex();
        folders->setCurrentIndex(folders->model()->index(0, 0)); // the unified Inbox
        QVERIFY(!unread->isChecked());
        QCOMPARE(count->text(), QString());
        folders->setCurrentIndex(inbox);
        QCOMPARE(open.list().rowCount(), 6);
    }

    void searchOnServerIsOfferedForImapFoldersAndSaysWhyItCannotRun()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("pop"), Accounts::IncomingProtocol::Pop3, 3);
        profile.addAccount(QStringLiteral("imap"), Accounts::IncomingProtocol::Imap, 3);
        OpenWindow open(profile, true);
        auto *action = open.window->findChild<QAction *>(QStringLiteral("searchOnServerAction"));
        auto *search = open.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(!action->isEnabled()); // no words yet
        // The POP3 Inbox: nothing on the server to search.
        QTreeView *folders = open.window->folderView();
        auto inboxOf = [&](const QString &name) {
            for (int row = 1; row < folders->model()->rowCount(); ++row) {
                const QModelIndex account = folders->model()->index(row, 0);
                if (account.data(Models::AccountIdRole).toString() == name) {
                    return folders->model()->index(0, 0, account);
                }
            }
            return QModelIndex();
        };
        folders->setCurrentIndex(inboxOf(QStringLiteral("pop")));
        search->setText(QStringLiteral("Message"));
        QVERIFY(!action->isEnabled());
        folders->setCurrentIndex(inboxOf(QStringLiteral("imap")));
        QCOMPARE(folders->currentIndex().data(Models::AccountIdRole).toString(), QStringLiteral("imap"));
        search->setText(QStringLiteral("Message"));
        QVERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY(open.window->statusBar()->currentMessage().contains(QStringLiteral("offline")));
        QCOMPARE(open.list().rowCount(), 3); // the local hits stay
    }

    void offlineChangesAreCountedInTheStatusBar()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Imap, 3);
        OpenWindow open(profile, true);
        QCOMPARE(open.window->statusText(), QStringLiteral("Working offline"));
        QVERIFY(open.window->findChild<QAction *>(QStringLiteral("workOfflineAction"))->isChecked());
        open.selectRow(0);
        QTest::keyClick(&open.listView(), Qt::Key_S);
        // Journaled on the GUI thread, counted by the engine thread's session.
        QTRY_COMPARE(
            open.window->activityStatus()->pendingText(), QStringLiteral("1 change(s) waiting for the server"));
    }

    void unreadCountFollowsReading()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 6); // 3 and 6 read
        OpenWindow open(profile);
        QCOMPARE(open.window->trayNotifier()->unreadCount(), 4);
        QCOMPARE(open.window->trayNotifier()->toolTip(), QStringLiteral("Letterbox: 4 unread message(s)"));
        open.selectRow(open.rowOfSubject(QStringLiteral("Message 5"))); // read at once (delay 0)
        QTRY_COMPARE(open.window->trayNotifier()->unreadCount(), 3);
    }

    void keyboardOpensAMessageInTheView()
    {
        TestProfile profile;
        const TestAccount account = profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 2);
        profile.addMessageWithBody(QStringLiteral("work"), account.inbox, 100, QStringLiteral("Hello there"),
            "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: Hello there\r\n"
            "Date: Mon, 1 Dec 2025 10:00:00 +0000\r\nMessage-ID: <hello@example.org>\r\n\r\n"
            "The body of the message.\r\n> and a quote\r\n");
        OpenWindow open(profile);
        open.listView().setFocus();
        QTest::keyClick(&open.listView(), Qt::Key_N); // the first unread: the newest, "Hello there"
        Gui::MessageView *view = open.window->messageView();
        QTRY_VERIFY(view->hasContent());
        QCOMPARE(view->content().subject, QStringLiteral("Hello there"));
        QVERIFY(view->isVisible());
        QVERIFY(view->content().plainHtml.contains(QLatin1String("The body of the message.")));
        QVERIFY(open.window->findChild<QAction *>(QStringLiteral("viewSourceAction"))->isEnabled());

        // A row with only its headers: POP3 has no way to fetch it later, the view says so.
        QTest::keyClick(&open.listView(), Qt::Key_F);
        QTRY_VERIFY(!view->hasContent());
        QVERIFY(open.window->findChild<QStackedWidget *>(QStringLiteral("messagePane"))->currentWidget() == view);
    }

    void aBodyWhoseFetchCannotLogInSaysWhy()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Imap, 2);
        {
            // The password command fails: the fetch never reaches a server.
            Accounts::AccountStore store(profile.profile());
            Accounts::Account account;
            QVERIFY(store.load(QStringLiteral("work"), &account).ok());
            account.passwordCommand = QStringLiteral("echo 'no password here' >&2; exit 1");
            QVERIFY(store.update(account).ok());
        }
        OpenWindow open(profile);
        open.selectRow(0); // headers only: the view asks the engine for the body
        auto *status = open.window->messageView()->findChild<QLabel *>(QStringLiteral("messageStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("no password here")), 15000);
        QVERIFY(!open.window->findChild<QProgressBar *>(QStringLiteral("messageProgress"))->isVisible());
    }

    void markReadDelayIsHonoured()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 4);
        {
            Gui::WindowSettings settings(profile.profile().configDirectory());
            settings.setMarkReadDelaySeconds(-1); // never
        }
        OpenWindow open(profile);
        const int row = open.rowOfSubject(QStringLiteral("Message 4"));
        open.selectRow(row);
        QTest::qWait(300);
        QVERIFY(open.list().index(row, 0).data(Models::IsUnreadRole).toBool());
    }

    void aProfileWithoutAccountsOpensOnTheWelcomePage()
    {
        TestProfile profile;
        OpenWindow open(profile);
        auto *pages = open.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(open.window->findChild<QLabel *>(QStringLiteral("welcomeText"))
                    ->text()
                    .contains(QLatin1String("letterbox-cli account add")));
    }

    void everyPaneHasAnAccessibleName()
    {
        TestProfile profile;
        profile.addAccount(QStringLiteral("work"), Accounts::IncomingProtocol::Pop3, 1);
        OpenWindow open(profile);
        for (const char *name : {"folderTree", "messageList", "searchField", "activityLabel", "onlineButton"}) {
            auto *widget = open.window->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestMailWindow)
#include "tst_mailwindow.moc"
