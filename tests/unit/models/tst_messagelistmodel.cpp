#include "models/accountcaches.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "modeltesting.h"
#include "store/messagequery.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Letterbox;
using namespace Letterbox::Store;
using Models::MessageListModel;
using Models::MessageRef;
using ModelTesting::at;
using ModelTesting::insert;
using ModelTesting::names;
using StoreTesting::Cache;
using StoreTesting::message;
using Fixture = ModelTesting::OneAccount<MessageListModel>;

namespace {

/// @p count messages with UIDs from @p firstUid, one minute apart from minute @p firstUid.
QList<NewMessage> plain(int firstUid, int count)
{
    QList<NewMessage> messages;
    for (int uid = firstUid; uid < firstUid + count; ++uid) {
        messages.append(message(quint32(uid), QStringLiteral("Message %1").arg(uid), at(uid)));
    }
    return messages;
}

/// A thread "plan" ← "Re: plan" ← "Re: plan" (minutes 1–3) and "lunch" alone, older (minute 0).
QList<NewMessage> planAndLunch()
{
    NewMessage root = message(1, QStringLiteral("plan"), at(1));
    NewMessage reply = message(2, QStringLiteral("Re: plan"), at(2));
    reply.inReplyTo = root.messageId;
    reply.references = {root.messageId};
    NewMessage replyToReply = message(3, QStringLiteral("Re: plan"), at(3));
    replyToReply.inReplyTo = reply.messageId;
    replyToReply.references = {root.messageId, reply.messageId};
    return {root, reply, replyToReply, message(4, QStringLiteral("lunch"), at(0))};
}

qint64 idAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(Models::MessageIdRole).toLongLong();
}

QString subjectAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, MessageListModel::SubjectColumn).data().toString();
}

QList<qint64> selectedIds(const QItemSelectionModel &selection)
{
    QList<qint64> ids;
    for (const QModelIndex &index : selection.selectedRows()) {
        ids.append(index.data(Models::MessageIdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAFolderNewestFirstWithItsColumns()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        NewMessage first = message(1, QStringLiteral("Hello"), at(1));
        first.hasAttachments = true;
        first.flags = MessageFlag::Flagged;
        NewMessage second = message(2, QString(), at(2));
        second.flags = MessageFlag::Seen;
        second.fromName.clear();
        const QList<qint64> ids = insert(cache, cache.inbox, {first, second});
        QVERIFY(model.showFolder(0, cache.inbox));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(MessageListModel::ColumnCount));
        QCOMPARE(idAt(model, 0), ids.at(1)); // newest first
        QCOMPARE(subjectAt(model, 0), QStringLiteral("(no subject)"));
        QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data().toString(),
            QStringLiteral("alice@example.org")); // no display name: the address
        QCOMPARE(
            model.index(1, MessageListModel::CorrespondentColumn).data().toString(), QStringLiteral("Alice Example"));
        QCOMPARE(model.index(1, 0).data(Models::IsUnreadRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(Models::IsUnreadRole).toBool(), false);
        QCOMPARE(model.index(1, MessageListModel::SubjectColumn).data(Qt::FontRole).value<QFont>().bold(), true);
        QVERIFY(!model.index(0, MessageListModel::SubjectColumn).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(1, 0).data(Models::IsFlaggedRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(Models::HasAttachmentRole).toBool(), true);
        QCOMPARE(model.index(1, MessageListModel::AttachmentColumn).data(Models::IconNameRole).toString(),
            QStringLiteral("mail-attachment"));
        QCOMPARE(model.index(1, 0).data(Models::AccountIdRole).toString(), QStringLiteral("work"));
        QCOMPARE(model.index(1, 0).data(Models::FolderIdRole).toLongLong(), cache.inbox);
        QCOMPARE(model.index(1, 0).data(Models::BodyStateRole).toInt(), int(BodyState::None));
        QCOMPARE(model.index(1, 0).data(Models::IsBodyCachedRole).toBool(), false);
        QCOMPARE(model.index(1, MessageListModel::DateColumn).data(Models::DateRole).toDateTime(), at(1));
        QCOMPARE(model.index(1, MessageListModel::DateColumn).data().toString(),
            QLocale().toString(at(1).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.rowOf(MessageRef {0, ids.at(0)}), 1);
        QCOMPARE(model.rowOf(MessageRef {0, 999999}), -1);
        QCOMPARE(model.messageAt(0), (MessageRef {0, ids.at(1)}));
        const QModelIndexList both {model.index(1, 2), model.index(0, 4), model.index(1, 5)};
        QCOMPARE(model.messagesAt(both), (QList<MessageRef> {{0, ids.at(1)}, {0, ids.at(0)}}));
    }

    void staysLazyOverAHundredThousandRows()
    {
        constexpr int total = 100000;
        Cache cache;
        {
            Transaction transaction(cache.db());
            for (int uid = 1; uid <= total; uid += 10000) {
                insert(cache, cache.inbox, plain(uid, 10000));
            }
            QVERIFY(transaction.commit().ok());
        }
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &cache.db());
        MessageListModel model(caches);
        QVERIFY(model.showFolder(0, cache.inbox));
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.cachedRecordCount(), 0); // the ids only, until a row is asked for

        // Scroll the whole folder top to bottom, as a view reading each row would.
        int most = 0;
        for (int row = 0; row < total; ++row) {
            const QString subject = subjectAt(model, row);
            if (subject != QStringLiteral("Message %1").arg(total - row)) {
                QFAIL(qPrintable(QStringLiteral("row %1 shows \"%2\"").arg(row).arg(subject)));
            }
            most = std::max(most, model.cachedRecordCount());
        }
        QVERIFY2(most <= model.cachedRecordLimit(), qPrintable(QString::number(most)));
        QVERIFY(model.cachedRecordLimit() < total / 50);
        // And back up: evicted pages come back.
        QCOMPARE(subjectAt(model, 0), QStringLiteral("Message %1").arg(total));
        QVERIFY(model.cachedRecordCount() <= model.cachedRecordLimit());
    }

    void selectionAndCurrentSurviveASyncThatInsertsAndExpunges()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const QList<qint64> ids = insert(cache, cache.inbox, plain(1, 50));
        QVERIFY(model.showFolder(0, cache.inbox));
        QItemSelectionModel selection(&model);
        const QList<qint64> chosen {ids.at(10), ids.at(20), ids.at(21)};
        for (qint64 id : chosen) {
            selection.select(
                model.index(model.rowOf({0, id}), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const qint64 current = ids.at(30);
        selection.setCurrentIndex(model.index(model.rowOf({0, current}), 3), QItemSelectionModel::NoUpdate);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // One sync: new mail (newest, so above everything), mail between the chosen rows,
        // and expunges above, between and below them.
        {
            Transaction transaction(cache.db());
            insert(cache, cache.inbox, plain(100, 3));
            NewMessage between
                = message(200, QStringLiteral("between"), at(21).addSecs(30)); // between ids[20] and ids[21]
            insert(cache, cache.inbox, {between});
            QVERIFY(MessageStore(cache.db()).remove({ids.at(45), ids.at(25), ids.at(15), ids.at(0)}).ok());
            QVERIFY(transaction.commit().ok());
        }

        QCOMPARE(resets.size(), 0);
        QVERIFY(!inserted.isEmpty());
        QVERIFY(!removed.isEmpty());
        QCOMPARE(model.rowCount(), 50 + 4 - 4);
        QCOMPARE(selectedIds(selection), chosen);
        QCOMPARE(selection.currentIndex().data(Models::MessageIdRole).toLongLong(), current);
        QCOMPARE(selection.currentIndex().column(), 3);
        QCOMPARE(model.rowOf({0, ids.at(25)}), -1);
        QCOMPARE(subjectAt(model, 0), QStringLiteral("Message 102"));
        // The row between the two chosen ones sits where its date puts it.
        QCOMPARE(model.rowOf({0, ids.at(20)}), model.rowOf({0, ids.at(21)}) + 2);
        QCOMPARE(subjectAt(model, model.rowOf({0, ids.at(21)}) + 1), QStringLiteral("between"));
    }

    void aFlagChangeUpdatesItsRowAndTheUnreadSortMovesIt()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const QList<qint64> ids = insert(cache, cache.inbox, plain(1, 5));
        QVERIFY(model.showFolder(0, cache.inbox));
        const int row = model.rowOf({0, ids.at(2)});
        QVERIFY(model.index(row, 0).data(Models::IsUnreadRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(MessageStore(cache.db()).changeFlags({ids.at(2)}, MessageFlag::Seen, {}).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QVERIFY(!model.index(row, 0).data(Models::IsUnreadRole).toBool());

        // Under the unread sort (unread first), the read message moves to the end, and a
        // view's selection follows it.
        model.sort(MessageListModel::ReadColumn, Qt::DescendingOrder);
        QCOMPARE(idAt(model, 4), ids.at(2));
        QItemSelectionModel selection(&model);
        selection.select(model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const qint64 selected = idAt(model, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(MessageStore(cache.db()).changeFlags({selected}, MessageFlag::Seen, {}).ok());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(selectedIds(selection), QList<qint64> {selected});
        QCOMPARE(selection.selectedRows().first().row(), 3);
    }

    void sortByEachColumnGivesTheRightFirstRow_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<QString>("first");
        const auto up = Qt::AscendingOrder;
        const auto down = Qt::DescendingOrder;
        QTest::newRow("date-newest") << int(MessageListModel::DateColumn) << down << false << QStringLiteral("cherry");
        QTest::newRow("date-oldest") << int(MessageListModel::DateColumn) << up << false << QStringLiteral("date");
        QTest::newRow("subject-a-z") << int(MessageListModel::SubjectColumn) << up << false << QStringLiteral("apple");
        QTest::newRow("subject-z-a") << int(MessageListModel::SubjectColumn) << down << false << QStringLiteral("date");
        QTest::newRow("from-a-z") << int(MessageListModel::CorrespondentColumn) << up << false
                                  << QStringLiteral("banana");
        QTest::newRow("from-z-a") << int(MessageListModel::CorrespondentColumn) << down << false
                                  << QStringLiteral("date");
        QTest::newRow("recipient-a-z-in-sent")
            << int(MessageListModel::CorrespondentColumn) << up << true << QStringLiteral("cherry");
        QTest::newRow("recipient-z-a-in-sent")
            << int(MessageListModel::CorrespondentColumn) << down << true << QStringLiteral("date");
        QTest::newRow("size-smallest") << int(MessageListModel::SizeColumn) << up << false << QStringLiteral("date");
        QTest::newRow("size-largest") << int(MessageListModel::SizeColumn) << down << false << QStringLiteral("apple");
        QTest::newRow("unread-first") << int(MessageListModel::ReadColumn) << down << false << QStringLiteral("banana");
        QTest::newRow("read-first-oldest")
            << int(MessageListModel::ReadColumn) << up << false << QStringLiteral("date");
        QTest::newRow("flagged-first") << int(MessageListModel::FlaggedColumn) << down << false
                                       << QStringLiteral("cherry");
        QTest::newRow("unflagged-first-oldest")
            << int(MessageListModel::FlaggedColumn) << up << false << QStringLiteral("date");
        QTest::newRow("attachment-first")
            << int(MessageListModel::AttachmentColumn) << down << false << QStringLiteral("banana");
        QTest::newRow("no-attachment-oldest")
            << int(MessageListModel::AttachmentColumn) << up << false << QStringLiteral("date");
        QTest::newRow("account-one-folder-by-date")
            << int(MessageListModel::AccountColumn) << down << false << QStringLiteral("cherry");
    }
    void sortByEachColumnGivesTheRightFirstRow()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, sent);
        QFETCH(QString, first);
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        qint64 folder = cache.inbox;
        if (sent) {
            folder = cache.addFolder(QStringLiteral("Sent"));
            QVERIFY(FolderStore(cache.db()).setRole(folder, SpecialUse::Sent).ok());
        }
        auto make = [](quint32 uid, const char *subject, const char *from, const char *to, qint64 size, int minute,
                        MessageFlags flags, bool attachment) {
            NewMessage m = message(uid, QLatin1String(subject), at(minute));
            m.fromName = QLatin1String(from);
            m.toSummary = QLatin1String(to);
            m.size = size;
            m.flags = flags;
            m.hasAttachments = attachment;
            return m;
        };
        insert(cache, folder,
            {make(1, "apple", "Mallory", "xavier@example.org", 300, 1, MessageFlag::Seen, false),
                make(2, "banana", "alice", "Yvonne <y@example.org>", 100, 2, {}, true),
                make(3, "cherry", "Bob", "walter@example.org", 200, 3, MessageFlag::Seen | MessageFlag::Flagged, false),
                make(4, "date", "Zoe", "Zach <zach@example.org>", 50, 0, MessageFlag::Seen, false)});
        QVERIFY(model.showFolder(0, folder));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(subjectAt(model, 0), first);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.headerData(MessageListModel::CorrespondentColumn, Qt::Horizontal).toString(),
            sent ? QStringLiteral("Recipient") : QStringLiteral("From"));
    }

    void theUnifiedInboxMergesAccountsInOrder()
    {
        Cache work;
        Cache home;
        insert(work, work.inbox, {message(1, QStringLiteral("w1"), at(1)), message(2, QStringLiteral("w4"), at(4))});
        insert(home, home.inbox, {message(1, QStringLiteral("h2"), at(2)), message(2, QStringLiteral("h3"), at(3))});
        const qint64 homeOther = home.addFolder(QStringLiteral("Other"));
        insert(home, homeOther, {message(9, QStringLiteral("not an inbox"), at(9))});
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &work.db());
        caches.addAccount(QStringLiteral("home"), &home.db());
        MessageListModel model(caches);
        ModelTesting::attachTester(&model);
        QVERIFY(model.showUnifiedInbox());
        QStringList subjects;
        for (int row = 0; row < model.rowCount(); ++row) {
            subjects.append(subjectAt(model, row));
        }
        QCOMPARE(subjects, names("w4|h3|h2|w1"));
        QCOMPARE(model.index(1, MessageListModel::AccountColumn).data().toString(), QStringLiteral("home"));
        QCOMPARE(model.messageAt(1).account, 1);

        model.sort(MessageListModel::AccountColumn, Qt::AscendingOrder);
        QCOMPARE(subjectAt(model, 0), QStringLiteral("w4"));
        QCOMPARE(subjectAt(model, 2), QStringLiteral("h3"));
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        QCOMPARE(subjectAt(model, 0), QStringLiteral("h2"));
        QCOMPARE(subjectAt(model, 3), QStringLiteral("w4"));

        // New mail in one account's Inbox appears in place, without a reset.
        model.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        insert(home, home.inbox, {message(3, QStringLiteral("h5"), at(5))});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(subjectAt(model, 0), QStringLiteral("h5"));
        insert(home, homeOther, {message(10, QStringLiteral("elsewhere"), at(10))});
        QCOMPARE(model.rowCount(), 5);

        // A third account whose first sync makes its Inbox joins the list.
        StoreTesting::Cache fresh; // has its INBOX already: drop and make it again after adding
        QVERIFY(FolderStore(fresh.db()).remove(fresh.inbox).ok());
        caches.addAccount(QStringLiteral("fresh"), &fresh.db());
        QCOMPARE(model.rowCount(), 5);
        NewFolder inbox;
        inbox.path = QStringLiteral("INBOX");
        inbox.role = SpecialUse::Inbox;
        const qint64 freshInbox = FolderStore(fresh.db()).create(inbox).value();
        insert(fresh, freshInbox, {message(1, QStringLiteral("f6"), at(6))});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(subjectAt(model, 0), QStringLiteral("f6"));
        QCOMPARE(resets.size(), 0);
    }

    void threadedViewNestsReplies()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const QList<NewMessage> messages = planAndLunch();
        const NewMessage &other = messages.at(3);
        const QList<qint64> ids = insert(cache, cache.inbox, messages);
        QVERIFY(model.showFolder(0, cache.inbox));
        model.setThreaded(true);
        QVERIFY(model.isThreaded());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(idAt(model, 0), ids.at(0));
        QCOMPARE(model.index(1, 0).data(Models::ThreadDepthRole).toInt(), 1);
        QCOMPARE(model.index(1, 0).data(Models::ThreadParentIdRole).toLongLong(), ids.at(0));
        QCOMPARE(model.index(2, 0).data(Models::ThreadDepthRole).toInt(), 2);
        QCOMPARE(idAt(model, 3), ids.at(3));
        QCOMPARE(model.index(3, 0).data(Models::ThreadDepthRole).toInt(), 0);

        // A new reply joins its thread, in place.
        NewMessage late = message(5, QStringLiteral("Re: lunch"), at(8));
        late.inReplyTo = other.messageId;
        late.references = {other.messageId};
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const qint64 lateId = insert(cache, cache.inbox, {late}).first();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 5);
        // The lunch thread is now the newest: it comes first.
        QCOMPARE(idAt(model, 0), ids.at(3));
        QCOMPARE(idAt(model, 1), lateId);
        QCOMPARE(model.index(1, 0).data(Models::ThreadDepthRole).toInt(), 1);

        model.setThreaded(false);
        QCOMPARE(model.index(1, 0).data(Models::ThreadDepthRole).toInt(), 0);

        // The unified Inbox is never threaded, even over a single account.
        model.setThreaded(true);
        QVERIFY(model.showUnifiedInbox());
        QCOMPARE(idAt(model, 0), lateId);
        QCOMPARE(model.index(0, 0).data(Models::ThreadDepthRole).toInt(), 0);
        QCOMPARE(subjectAt(model, 1), QStringLiteral("Re: plan"));
    }

    void threadsCollapseAndExpandWithoutLosingTheSelection()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const QList<NewMessage> messages = planAndLunch();
        const NewMessage &root = messages.at(0);
        const NewMessage &reply = messages.at(1);
        const NewMessage &replyToReply = messages.at(2);
        const QList<qint64> ids = insert(cache, cache.inbox, messages);
        QVERIFY(model.showFolder(0, cache.inbox));
        model.setThreaded(true);
        QCOMPARE(model.index(0, 0).data(Models::ThreadReplyCountRole).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(Models::ThreadReplyCountRole).toInt(), 1);
        QCOMPARE(model.index(3, 0).data(Models::ThreadReplyCountRole).toInt(), 0);
        QItemSelectionModel selection(&model);
        selection.select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setThreadCollapsed(0, true);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isThreadCollapsed(0));
        QVERIFY(model.index(0, 0).data(Models::IsThreadCollapsedRole).toBool());
        QCOMPARE(model.rowOf({0, ids.at(2)}), -1);
        QCOMPARE(selectedIds(selection), QList<qint64> {ids.at(3)});

        // A new reply to a hidden message stays hidden, and is counted.
        NewMessage late = message(5, QStringLiteral("Re: plan"), at(9));
        late.inReplyTo = replyToReply.messageId;
        late.references = {root.messageId, reply.messageId, replyToReply.messageId};
        const qint64 lateId = insert(cache, cache.inbox, {late}).first();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(Models::ThreadReplyCountRole).toInt(), 3);

        // Selecting it expands what hides it.
        const int row = model.revealMessage({0, lateId});
        QCOMPARE(row, 3);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.isThreadCollapsed(0));
        QCOMPARE(model.index(row, 0).data(Models::ThreadDepthRole).toInt(), 3);

        model.collapseAllThreads();
        QCOMPARE(model.rowCount(), 2);
        model.expandAllThreads();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(selectedIds(selection), QList<qint64> {ids.at(3)});
    }

    void searchAsYouTypeKeepsTheSelectedResult()
    {
        Cache work;
        Cache home;
        insert(work, work.inbox,
            {message(1, QStringLiteral("project plan"), at(1)), message(2, QStringLiteral("progress report"), at(2)),
                message(3, QStringLiteral("lunch"), at(3))});
        const qint64 homeHit
            = insert(home, home.inbox, {message(1, QStringLiteral("projector broken"), at(4))}).first();
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &work.db());
        caches.addAccount(QStringLiteral("home"), &home.db());
        MessageListModel model(caches);
        ModelTesting::attachTester(&model);
        QVERIFY(model.showSearch(QStringLiteral("pro")));
        QCOMPARE(model.rowCount(), 3);
        QItemSelectionModel selection(&model);
        const int row = model.rowOf({1, homeHit});
        QVERIFY(row >= 0);
        selection.select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.showSearch(QStringLiteral("proj")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(selectedIds(selection), QList<qint64> {homeHit});
        QCOMPARE(selection.selectedRows().first().data(Models::AccountIdRole).toString(), QStringLiteral("home"));

        // Within one folder only.
        QVERIFY(model.showSearch(QStringLiteral("pro"), Models::FolderScope {0, work.inbox}));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.showSearch(QStringLiteral("nothing-matches-this")));
        QCOMPARE(model.rowCount(), 0);
    }

    void aRemovedFolderEmptiesTheList()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const qint64 work = cache.addFolder(QStringLiteral("Work"));
        insert(cache, work, plain(1, 3));
        QVERIFY(model.showFolder(0, work));
        QSignalSpy removed(&model, &MessageListModel::folderRemoved);
        QVERIFY(cache.addFolder(QStringLiteral("Other")) > 0); // another folder's change: nothing
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(FolderStore(cache.db()).remove(work).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchResultsFollowRemovalsButNotMoves()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const qint64 archive = cache.addFolder(QStringLiteral("Archive"));
        const QList<qint64> ids = insert(cache, cache.inbox, plain(1, 4));
        model.showMessages({{0, ids.at(2)}, {0, ids.at(0)}, {0, ids.at(3)}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(subjectAt(model, 0), QStringLiteral("Message 3"));
        QVERIFY(MessageStore(cache.db()).move({ids.at(0)}, archive).ok());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(MessageStore(cache.db()).remove({ids.at(3), ids.at(1)}).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.messageAt(1), (MessageRef {0, ids.at(0)}));
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
