#include "store/threadindex.h"

#include "store/messagequery.h"
#include "store/messagestore.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;

namespace {

NewMessage mail(quint32 uid, const QString &id, const QString &subject, const QStringList &references = {},
    const QString &inReplyTo = {})
{
    NewMessage m = message(uid, subject);
    m.messageId = id;
    m.references = references;
    m.inReplyTo = inReplyTo;
    return m;
}

qint64 threadOf(Cache &cache, qint64 id)
{
    return MessageQuery(cache.db()).record(id).value()->threadId;
}

} // namespace

class TestThreadIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("isReply");
        QTest::newRow("plain") << QStringLiteral("Meeting tomorrow") << QStringLiteral("meeting tomorrow") << false;
        QTest::newRow("re") << QStringLiteral("Re: Meeting tomorrow") << QStringLiteral("meeting tomorrow") << true;
        QTest::newRow("re-re-fwd") << QStringLiteral("RE: Fwd: re:Meeting") << QStringLiteral("meeting") << true;
        QTest::newRow("german") << QStringLiteral("AW: WG: Angebot") << QStringLiteral("angebot") << true;
        QTest::newRow("nordic") << QStringLiteral("SV: VS: Tilbud") << QStringLiteral("tilbud") << true;
        QTest::newRow("counted") << QStringLiteral("Re[2]: Status") << QStringLiteral("status") << true;
        QTest::newRow("list-tag") << QStringLiteral("[dev] Re: [dev] Build broken") << QStringLiteral("build broken")
                                  << true;
        QTest::newRow("tag-only") << QStringLiteral("[announce] Release 1.0") << QStringLiteral("release 1.0") << false;
        QTest::newRow("whitespace") << QStringLiteral("  Re:   Many    spaces  ") << QStringLiteral("many spaces")
                                    << true;
        QTest::newRow("word-starting-with-re") << QStringLiteral("Report: Q1") << QStringLiteral("report: q1") << false;
        QTest::newRow("full-width-colon") << QStringLiteral("Re：件名") << QStringLiteral("件名") << true;
        QTest::newRow("only-prefix") << QStringLiteral("Re:") << QString() << true;
        QTest::newRow("empty") << QString() << QString() << false;
    }

    void baseSubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, base);
        QFETCH(bool, isReply);
        bool reply = !isReply;
        QCOMPARE(ThreadIndex::baseSubject(subject, &reply), base);
        QCOMPARE(reply, isReply);
    }

    void repliesJoinTheirParent()
    {
        Cache cache;
        MessageStore store(cache.db());
        const QList<qint64> ids = store
                                      .insert(cache.inbox,
                                          {mail(1, QStringLiteral("<a@x>"), QStringLiteral("Plans")),
                                              mail(2, QStringLiteral("<b@x>"), QStringLiteral("Re: Plans"),
                                                  {QStringLiteral("<a@x>")}, QStringLiteral("<a@x>")),
                                              mail(3, QStringLiteral("<c@x>"), QStringLiteral("Re: Plans"),
                                                  {QStringLiteral("<a@x>"), QStringLiteral("<b@x>")}),
                                              mail(4, QStringLiteral("<d@x>"), QStringLiteral("Plans"))})
                                      .value();
        QCOMPARE(threadOf(cache, ids.at(1)), threadOf(cache, ids.at(0)));
        QCOMPARE(threadOf(cache, ids.at(2)), threadOf(cache, ids.at(0)));
        // Same subject, not a reply, no references: its own thread.
        QVERIFY(threadOf(cache, ids.at(3)) != threadOf(cache, ids.at(0)));
    }

    void replyBeforeItsParentArrives()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 reply = store
                                 .insert(cache.inbox,
                                     {mail(2, QStringLiteral("<b@x>"), QStringLiteral("Re: Plans"),
                                         {QStringLiteral("<a@x>")}, QStringLiteral("<a@x>"))})
                                 .value()
                                 .first();
        const qint64 parent
            = store.insert(cache.inbox, {mail(1, QStringLiteral("<a@x>"), QStringLiteral("Plans"))}).value().first();
        QCOMPARE(threadOf(cache, parent), threadOf(cache, reply));
        const QList<ThreadEntry> entries = MessageQuery(cache.db()).threadedList(cache.inbox).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, parent);
        QCOMPARE(entries.at(0).depth, 0);
        QCOMPARE(entries.at(1).id, reply);
        QCOMPARE(entries.at(1).parentId, parent);
        QCOMPARE(entries.at(1).depth, 1);
    }

    void lateParentMergesTwoThreads()
    {
        Cache cache;
        MessageStore store(cache.db());
        // Two replies from clients that kept only the nearest reference: they cannot know
        // they belong together until B (which references A) arrives.
        const qint64 d
            = store
                  .insert(cache.inbox,
                      {mail(4, QStringLiteral("<d@x>"), QStringLiteral("Re: Plans"), {QStringLiteral("<a@x>")})})
                  .value()
                  .first();
        const qint64 e
            = store
                  .insert(cache.inbox,
                      {mail(5, QStringLiteral("<e@x>"), QStringLiteral("Re: Plans"), {QStringLiteral("<b@x>")})})
                  .value()
                  .first();
        QVERIFY(threadOf(cache, d) != threadOf(cache, e));
        const qint64 b = store
                             .insert(cache.inbox,
                                 {mail(2, QStringLiteral("<b@x>"), QStringLiteral("Re: Plans"),
                                     {QStringLiteral("<a@x>")}, QStringLiteral("<a@x>"))})
                             .value()
                             .first();
        QCOMPARE(threadOf(cache, d), threadOf(cache, e));
        QCOMPARE(threadOf(cache, b), threadOf(cache, d));
        const qint64 a
            = store.insert(cache.inbox, {mail(1, QStringLiteral("<a@x>"), QStringLiteral("Plans"))}).value().first();
        QCOMPARE(threadOf(cache, a), threadOf(cache, d));
        // Every key now names the surviving thread: nothing points to the absorbed one.
        Result<Statement> threads
            = cache.db().exec(QStringLiteral("SELECT count(DISTINCT thread_id) FROM message_ids"));
        QVERIFY(threads.value().next());
        QCOMPARE(threads.value().int64(0), 1);
    }

    void mergesInsideOneBatch()
    {
        Cache cache;
        // The same story as lateParentMergesTwoThreads, arriving in one batch.
        const QList<qint64> ids
            = MessageStore(cache.db())
                  .insert(cache.inbox,
                      {mail(4, QStringLiteral("<d@x>"), QStringLiteral("Re: Plans"), {QStringLiteral("<a@x>")}),
                          mail(5, QStringLiteral("<e@x>"), QStringLiteral("Re: Plans"), {QStringLiteral("<b@x>")}),
                          mail(2, QStringLiteral("<b@x>"), QStringLiteral("Re: Plans"), {QStringLiteral("<a@x>")},
                              QStringLiteral("<a@x>")),
                          mail(1, QStringLiteral("<a@x>"), QStringLiteral("Plans"))})
                  .value();
        for (qint64 id : ids) {
            QCOMPARE(threadOf(cache, id), threadOf(cache, ids.first()));
        }
        Result<Statement> keys = cache.db().exec(QStringLiteral("SELECT count(DISTINCT thread_id) FROM message_ids"));
        QVERIFY(keys.value().next());
        QCOMPARE(keys.value().int64(0), 1);
    }

    void threadIdsAreNotReusedWhileKeysNameThem()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 first
            = store.insert(cache.inbox, {mail(1, QStringLiteral("<a@x>"), QStringLiteral("One"))}).value().first();
        const qint64 oldThread = threadOf(cache, first);
        QVERIFY(store.remove({first}).ok());
        // A new, unrelated message must not inherit the thread that <a@x> still names…
        const qint64 unrelated
            = store.insert(cache.inbox, {mail(2, QStringLiteral("<z@x>"), QStringLiteral("Two"))}).value().first();
        QVERIFY(threadOf(cache, unrelated) != oldThread);
        // …while a late reply to the deleted message still finds its old thread.
        const qint64 reply
            = store
                  .insert(cache.inbox,
                      {mail(3, QStringLiteral("<r@x>"), QStringLiteral("Re: One"), {QStringLiteral("<a@x>")})})
                  .value()
                  .first();
        QCOMPARE(threadOf(cache, reply), oldThread);
    }

    void subjectFallbackForRepliesWithoutReferences()
    {
        Cache cache;
        MessageStore store(cache.db());
        const QList<qint64> ids = store
                                      .insert(cache.inbox,
                                          {mail(1, QStringLiteral("<a@x>"), QStringLiteral("Lunch?")),
                                              mail(2, QStringLiteral("<b@x>"), QStringLiteral("AW: Lunch?")),
                                              mail(3, QStringLiteral("<c@x>"), QStringLiteral("Re: Lunch?"),
                                                  {QStringLiteral("<unknown@x>")}),
                                              mail(4, QString(), QStringLiteral("RE: LUNCH?"))})
                                      .value();
        QCOMPARE(threadOf(cache, ids.at(1)), threadOf(cache, ids.at(0)));
        // References that name an absent parent are trusted over a common subject.
        QVERIFY(threadOf(cache, ids.at(2)) != threadOf(cache, ids.at(0)));
        // Without any reference the newest thread of that subject is the likeliest parent.
        QCOMPARE(threadOf(cache, ids.at(3)), threadOf(cache, ids.at(2)));
    }

    void hostileReferencesAreBounded()
    {
        Cache cache;
        QStringList references;
        for (int i = 0; i < 10000; ++i) {
            references.append(QStringLiteral("<r%1@x>").arg(i));
        }
        references.append(QStringLiteral("<m1@x> <m1@x>")); // whitespace and a loop onto itself
        const Result<QList<qint64>> ids
            = MessageStore(cache.db())
                  .insert(cache.inbox, {mail(1, QStringLiteral("<m1@x>"), QStringLiteral("x"), references)});
        QVERIFY(ids.ok());
        Result<Statement> keys = cache.db().exec(QStringLiteral("SELECT count(*) FROM message_ids"));
        QVERIFY(keys.value().next());
        QVERIFY(keys.value().int64(0) <= 66);
        QCOMPARE(MessageQuery(cache.db()).threadedList(cache.inbox).value().size(), 1);
    }

    void threadedListNestsAndOrdersThreads()
    {
        Cache cache;
        MessageStore store(cache.db());
        auto at = [](int minutes) { return QDateTime::fromSecsSinceEpoch(1700000000 + minutes * 60, Qt::UTC); };
        NewMessage a = mail(1, QStringLiteral("<a@x>"), QStringLiteral("Old thread"));
        a.internalDate = at(0);
        NewMessage b = mail(2, QStringLiteral("<b@x>"), QStringLiteral("Re: Old thread"), {QStringLiteral("<a@x>")});
        b.internalDate = at(50); // the newest message of all: its thread goes first
        NewMessage c = mail(3, QStringLiteral("<c@x>"), QStringLiteral("Re: Old thread"), {QStringLiteral("<a@x>")});
        c.internalDate = at(10);
        NewMessage d = mail(4, QStringLiteral("<d@x>"), QStringLiteral("Re: Old thread"),
            {QStringLiteral("<a@x>"), QStringLiteral("<c@x>")});
        d.internalDate = at(20);
        NewMessage x = mail(5, QStringLiteral("<x@x>"), QStringLiteral("Newer single"));
        x.internalDate = at(30);
        // In References but its parent <sent@x> is in another folder: nests under <a@x>.
        NewMessage e = mail(6, QStringLiteral("<e@x>"), QStringLiteral("Re: Old thread"),
            {QStringLiteral("<a@x>"), QStringLiteral("<sent@x>")}, QStringLiteral("<sent@x>"));
        e.internalDate = at(40);
        const QList<qint64> ids = store.insert(cache.inbox, {a, b, c, d, x, e}).value();
        const QList<ThreadEntry> entries = MessageQuery(cache.db()).threadedList(cache.inbox).value();
        QList<qint64> order;
        QList<int> depths;
        for (const ThreadEntry &entry : entries) {
            order.append(entry.id);
            depths.append(entry.depth);
        }
        // a; its replies by date: c (with d under it), e, b; then the single x.
        QCOMPARE(order, (QList<qint64> {ids.at(0), ids.at(2), ids.at(3), ids.at(5), ids.at(1), ids.at(4)}));
        QCOMPARE(depths, (QList<int> {0, 1, 2, 1, 1, 0}));
        QCOMPARE(entries.at(2).parentId, ids.at(2));
        QCOMPARE(MessageQuery(cache.db()).thread(entries.at(0).threadId).value().size(), 5);
    }

    void referenceLoopsAreBroken()
    {
        Cache cache;
        const QList<qint64> ids
            = MessageStore(cache.db())
                  .insert(cache.inbox,
                      {mail(1, QStringLiteral("<a@x>"), QStringLiteral("x"), {QStringLiteral("<b@x>")}),
                          mail(2, QStringLiteral("<b@x>"), QStringLiteral("x"), {QStringLiteral("<a@x>")})})
                  .value();
        const QList<ThreadEntry> entries = MessageQuery(cache.db()).threadedList(cache.inbox).value();
        QCOMPARE(entries.size(), 2); // each shown once, none lost in the loop
        QCOMPARE(entries.at(0).depth, 0);
        QCOMPARE(entries.at(1).depth, 1);
        Q_UNUSED(ids);
    }
};

QTEST_GUILESS_MAIN(TestThreadIndex)
#include "tst_threadindex.moc"
