// The message list's quick filter (unread, flagged, with attachment): which rows it keeps,
// what happens to a row that stops matching while shown, and how it meets threads,
// search and the unified Inbox.

#include "models/accountcaches.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "modeltesting.h"
#include "store/messagequery.h"

#include <QSignalSpy>
#include <QTest>

using namespace Letterbox;
using namespace Letterbox::Store;
using Models::MessageListModel;
using ModelTesting::at;
using ModelTesting::insert;
using ModelTesting::names;
using StoreTesting::Cache;
using StoreTesting::message;
using Fixture = ModelTesting::OneAccount<MessageListModel>;

Q_DECLARE_METATYPE(Letterbox::Store::MessageFilter)

namespace {

/// A message at minute @p uid with the given flags and attachment state.
NewMessage shaped(quint32 uid, const char *subject, MessageFlags flags, bool attachment = false)
{
    NewMessage m = message(uid, QString::fromUtf8(subject), at(int(uid)));
    m.flags = flags;
    m.hasAttachments = attachment;
    return m;
}

/// "new", "read", "flagged read", "read with a file", "flagged new with a file", newest last.
QList<NewMessage> mixed()
{
    return {
        shaped(1, "new", {}),
        shaped(2, "read", MessageFlag::Seen),
        shaped(3, "flagged read", MessageFlag::Seen | MessageFlag::Flagged),
        shaped(4, "read with a file", MessageFlag::Seen, true),
        shaped(5, "flagged new with a file", MessageFlag::Flagged, true),
    };
}

MessageFilter filter(bool unread, bool flagged = false, bool withAttachment = false)
{
    MessageFilter f;
    f.unread = unread;
    f.flagged = flagged;
    f.withAttachment = withAttachment;
    return f;
}

QStringList subjects(const QAbstractItemModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown.append(model.index(row, MessageListModel::SubjectColumn).data().toString());
    }
    return shown;
}

} // namespace

class TestMessageListFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachConditionKeepsItsRows_data()
    {
        QTest::addColumn<MessageFilter>("conditions");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unread") << filter(true) << names("flagged new with a file|new");
        QTest::newRow("flagged") << filter(false, true) << names("flagged new with a file|flagged read");
        QTest::newRow("attachment") << filter(false, false, true) << names("flagged new with a file|read with a file");
        QTest::newRow("unread and flagged") << filter(true, true) << names("flagged new with a file");
        QTest::newRow("none") << filter(false)
                              << names("flagged new with a file|read with a file|flagged read|read|new");
    }

    void eachConditionKeepsItsRows()
    {
        QFETCH(MessageFilter, conditions);
        QFETCH(QStringList, expected);
        Fixture fixture;
        insert(fixture.cache, fixture.cache.inbox, mixed());
        QVERIFY(fixture.model.showFolder(0, fixture.cache.inbox));
        fixture.model.setQuickFilter(conditions);
        QCOMPARE(subjects(fixture.model), expected);
        // Sorting keeps the filter.
        fixture.model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(subjects(fixture.model), expected);
    }

    void aMessageReadWhileShownStaysUntilTheFilterChanges()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        const QList<qint64> ids = insert(cache, cache.inbox, mixed());
        QVERIFY(model.showFolder(0, cache.inbox));
        model.setQuickFilter(filter(true));
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Read under "Unread": the row stays and shows as read.
        QVERIFY(MessageStore(cache.db()).changeFlags({ids.at(0)}, MessageFlag::Seen, {}).ok());
        QCOMPARE(subjects(model), names("flagged new with a file|new"));
        QVERIFY(!model.index(model.rowOf({0, ids.at(0)}), 0).data(Models::IsUnreadRole).toBool());
        // A message marked unread elsewhere, and new mail, come in.
        QVERIFY(MessageStore(cache.db()).changeFlags({ids.at(1)}, {}, MessageFlag::Seen).ok());
        insert(cache, cache.inbox, {shaped(6, "newest", {})});
        QCOMPARE(subjects(model), names("newest|flagged new with a file|read|new"));
        QCOMPARE(resets.size(), 0);

        // Filtering again (or another folder) forgets what was kept.
        model.setQuickFilter(filter(false));
        model.setQuickFilter(filter(true));
        QCOMPARE(subjects(model), names("newest|flagged new with a file|read"));
        QVERIFY(MessageStore(cache.db()).changeFlags({ids.at(1)}, MessageFlag::Seen, {}).ok());
        QVERIFY(model.showFolder(0, cache.inbox));
        QCOMPARE(subjects(model), names("newest|flagged new with a file"));
    }

    void aFilteredFolderIsFlatAndThreadsComeBack()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        NewMessage root = shaped(1, "plan", MessageFlag::Seen);
        NewMessage reply = shaped(2, "Re: plan", {});
        reply.inReplyTo = root.messageId;
        reply.references = {root.messageId};
        insert(cache, cache.inbox, {root, reply, shaped(3, "lunch", MessageFlag::Seen)});
        QVERIFY(model.showFolder(0, cache.inbox));
        model.setThreaded(true);
        QCOMPARE(subjects(model), names("lunch|plan|Re: plan"));
        QCOMPARE(model.index(2, 0).data(Models::ThreadDepthRole).toInt(), 1);

        model.setQuickFilter(filter(true));
        QCOMPARE(subjects(model), names("Re: plan"));
        QCOMPARE(model.index(0, 0).data(Models::ThreadDepthRole).toInt(), 0);
        model.setQuickFilter(filter(false));
        QCOMPARE(subjects(model), names("lunch|plan|Re: plan"));
        QCOMPARE(model.index(2, 0).data(Models::ThreadDepthRole).toInt(), 1);
    }

    void searchResultsFollowTheFilter()
    {
        Fixture fixture;
        Cache &cache = fixture.cache;
        MessageListModel &model = fixture.model;
        insert(cache, cache.inbox,
            {shaped(1, "project plan", MessageFlag::Seen | MessageFlag::Flagged), shaped(2, "project report", {}),
                shaped(3, "lunch", MessageFlag::Flagged)});
        QVERIFY(model.showSearch(QStringLiteral("project")));
        QCOMPARE(model.rowCount(), 2);
        model.setQuickFilter(filter(false, true));
        QCOMPARE(subjects(model), names("project plan"));
        // Typing on keeps the filter; clearing it brings every hit back.
        QVERIFY(model.showSearch(QStringLiteral("proj")));
        QCOMPARE(subjects(model), names("project plan"));
        model.setQuickFilter(filter(false));
        QCOMPARE(model.rowCount(), 2);
        // Within one folder too.
        model.setQuickFilter(filter(true));
        QVERIFY(model.showSearch(QStringLiteral("project"), Models::FolderScope {0, cache.inbox}));
        QCOMPARE(subjects(model), names("project report"));
    }

    void theUnifiedInboxFiltersEveryAccount()
    {
        Cache work;
        Cache home;
        const QList<qint64> workIds
            = insert(work, work.inbox, {shaped(1, "w new", {}), shaped(2, "w read", MessageFlag::Seen)});
        insert(home, home.inbox, {shaped(3, "h new", {}), shaped(4, "h read", MessageFlag::Seen)});
        Models::AccountCaches caches;
        caches.addAccount(QStringLiteral("work"), &work.db());
        caches.addAccount(QStringLiteral("home"), &home.db());
        MessageListModel model(caches);
        ModelTesting::attachTester(&model);
        QVERIFY(model.showUnifiedInbox());
        model.setQuickFilter(filter(true));
        QCOMPARE(subjects(model), names("h new|w new"));
        // Kept ids belong to their account: reading "w new" keeps it, and home's row with
        // the same id does not come in.
        QVERIFY(MessageStore(work.db()).changeFlags({workIds.at(0)}, MessageFlag::Seen, {}).ok());
        QCOMPARE(subjects(model), names("h new|w new"));
        QVERIFY(model.showUnifiedInbox());
        QCOMPARE(subjects(model), names("h new"));
    }

    void theStoreKeepsOnlyMatchingAndKeptRows()
    {
        Cache cache;
        const QList<qint64> ids = insert(cache, cache.inbox, mixed());
        MessageQuery query(cache.db());
        MessageFilter unread = filter(true);
        QCOMPARE(query.orderedIds(cache.inbox, SortKey::Date, Qt::AscendingOrder, unread).value(),
            (QList<qint64> {ids.at(0), ids.at(4)}));
        unread.keep = {ids.at(2)};
        QCOMPARE(query.orderedIds(cache.inbox, SortKey::Date, Qt::AscendingOrder, unread).value(),
            (QList<qint64> {ids.at(0), ids.at(2), ids.at(4)}));
        QCOMPARE(query.orderedKeys(cache.inbox, SortKey::Size, Qt::AscendingOrder, unread).value().size(), 3);
        // Keep alone filters nothing.
        MessageFilter keepOnly;
        keepOnly.keep = {ids.at(2)};
        QCOMPARE(query.orderedIds(cache.inbox, SortKey::Date, Qt::AscendingOrder, keepOnly).value().size(), 5);
        // Search: only hits that pass.
        QCOMPARE(query.search(QStringLiteral("file"), 10, {}).value().size(), 2);
        const Result<QList<SearchHit>> hits = query.search(QStringLiteral("file"), 10, {}, filter(true));
        QVERIFY(hits.ok());
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().id, ids.at(4));
    }
};

QTEST_GUILESS_MAIN(TestMessageListFilter)
#include "tst_messagelistfilter.moc"
