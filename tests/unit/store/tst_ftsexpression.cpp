#include "store/ftsexpression.h"

#include "store/bodycache.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;

namespace {

QList<qint64> ids(const QList<SearchHit> &hits)
{
    QList<qint64> result;
    for (const SearchHit &hit : hits) {
        result.append(hit.id);
    }
    return result;
}

} // namespace

class TestFtsExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expression_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one-word") << QStringLiteral("invoice") << QStringLiteral("\"invoice\"*");
        QTest::newRow("two-words") << QStringLiteral("  quarterly   invoice ")
                                   << QStringLiteral("\"quarterly\"* AND \"invoice\"*");
        QTest::newRow("phrase") << QStringLiteral("\"project plan\" draft")
                                << QStringLiteral("\"project plan\" AND \"draft\"*");
        QTest::newRow("unterminated-phrase") << QStringLiteral("\"project plan") << QStringLiteral("\"project plan\"");
        QTest::newRow("field-from") << QStringLiteral("from:alice") << QStringLiteral("addresses : \"alice\"*");
        QTest::newRow("field-subject-phrase")
            << QStringLiteral("Subject:\"big news\"") << QStringLiteral("subject : \"big news\"");
        QTest::newRow("field-body") << QStringLiteral("body:kitten") << QStringLiteral("body : \"kitten\"*");
        QTest::newRow("unknown-field") << QStringLiteral("foo:bar") << QStringLiteral("\"foo:bar\"*");
        QTest::newRow("operators-are-words") << QStringLiteral("a OR b NOT c")
                                             << QStringLiteral("\"a\"* AND \"OR\"* AND \"b\"* AND \"NOT\"* AND \"c\"*");
        QTest::newRow("quote-inside-word") << QStringLiteral("o\"neil") << QStringLiteral("\"o\"\"neil\"*");
        QTest::newRow("near") << QStringLiteral("NEAR(a b)") << QStringLiteral("\"NEAR(a\"* AND \"b)\"*");
        QTest::newRow("punctuation-only") << QStringLiteral("* ( ) ^ - + : \"") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("control-characters") << QStringLiteral("a\x01\x02"
                                                              "b")
                                            << QStringLiteral("\"a\"* AND \"b\"*");
    }

    void expression()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QCOMPARE(FtsExpression::fromUserInput(input), expression);
    }

    void hostileQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lone-quote") << QStringLiteral("\"");
        QTest::newRow("three-quotes") << QStringLiteral("\"\"\"");
        QTest::newRow("near-open") << QStringLiteral("NEAR(");
        QTest::newRow("near-full") << QStringLiteral("NEAR(budget agenda, 2)");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("caret") << QStringLiteral("^budget");
        QTest::newRow("parentheses") << QStringLiteral("(budget OR");
        QTest::newRow("bare-and") << QStringLiteral("AND");
        QTest::newRow("column-syntax") << QStringLiteral("{subject body}: x");
        QTest::newRow("minus") << QStringLiteral("-budget");
        QTest::newRow("sql-injection") << QStringLiteral("'); DROP TABLE messages; --");
        QTest::newRow("nul") << QStringLiteral("budget") + QChar(0) + QStringLiteral("x");
        QTest::newRow("long") << QStringLiteral("word ").repeated(5000);
        QTest::newRow("colon-only-field") << QStringLiteral("from:");
        QTest::newRow("field-then-quote") << QStringLiteral("subject:\"");
        QTest::newRow("emoji") << QStringLiteral("📎 budget");
        QTest::newRow("lone-surrogate") << QString(QChar(0xD800));
    }

    void hostileQueriesNeverFail()
    {
        QFETCH(QString, query);
        Cache cache;
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {message(1, QStringLiteral("budget agenda"))}).ok());
        const Result<QList<SearchHit>> hits = MessageQuery(cache.db()).search(query, 10);
        QVERIFY2(hits.ok(), qPrintable(hits.message()));
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 1); // and nothing was dropped
    }

    void searchFindsSubjectAddressesAndBody()
    {
        Cache cache;
        MessageStore store(cache.db());
        NewMessage a = message(1, QStringLiteral("Quarterly invoice"));
        NewMessage b = message(2, QStringLiteral("Lunch"));
        b.fromName = QStringLiteral("Émile Zola");
        b.fromAddress = QStringLiteral("emile@zola.example");
        NewMessage c = message(3, QStringLiteral("Photos"));
        c.bodyText = QStringLiteral("Here are the kitten pictures from the weekend; the invoice follows later.");
        const QList<qint64> id = store.insert(cache.inbox, {a, b, c}).value();
        MessageQuery query(cache.db());
        QCOMPARE(ids(query.search(QStringLiteral("kitten"), 10).value()), QList<qint64> {id.at(2)});
        QCOMPARE(ids(query.search(QStringLiteral("zola"), 10).value()), QList<qint64> {id.at(1)});
        QCOMPARE(ids(query.search(QStringLiteral("emile"), 10).value()), QList<qint64> {id.at(1)}); // diacritics folded
        QCOMPARE(ids(query.search(QStringLiteral("emile@zola.example"), 10).value()), QList<qint64> {id.at(1)});
        QCOMPARE(ids(query.search(QStringLiteral("invo"), 10).value()).size(), 2); // prefix
        // Ranking: a hit in the subject beats one in the body.
        QCOMPARE(ids(query.search(QStringLiteral("invoice"), 10).value()), (QList<qint64> {id.at(0), id.at(2)}));
        QCOMPARE(ids(query.search(QStringLiteral("invoice"), 1).value()), QList<qint64> {id.at(0)});
        QCOMPARE(ids(query.search(QStringLiteral("subject:invoice"), 10).value()), QList<qint64> {id.at(0)});
        QCOMPARE(ids(query.search(QStringLiteral("body:invoice"), 10).value()), QList<qint64> {id.at(2)});
        QCOMPARE(ids(query.search(QStringLiteral("\"invoice follows\""), 10).value()), QList<qint64> {id.at(2)});
        QCOMPARE(ids(query.search(QStringLiteral("\"follows invoice\""), 10).value()), QList<qint64> {});
        QCOMPARE(ids(query.search(QStringLiteral("kitten weekend"), 10).value()), QList<qint64> {id.at(2)});
        QCOMPARE(ids(query.search(QStringLiteral("kitten zola"), 10).value()), QList<qint64> {});
    }

    void commonWordsRankTheNewestMatches()
    {
        Cache cache;
        QList<NewMessage> batch;
        NewMessage oldest = message(1, QStringLiteral("common common common"));
        oldest.bodyText = QStringLiteral("the unique zebrafish");
        batch.append(oldest);
        for (quint32 uid = 2; uid <= 2100; ++uid) {
            NewMessage m = message(uid, QStringLiteral("Message %1").arg(uid));
            m.bodyText = QStringLiteral("a common word");
            batch.append(m);
        }
        const QList<qint64> id = MessageStore(cache.db()).insert(cache.inbox, batch).value();
        MessageQuery query(cache.db());
        // A rare word is found however old its message.
        QCOMPARE(ids(query.search(QStringLiteral("zebrafish"), 10).value()), QList<qint64> {id.first()});
        // A word in more than 2,000 messages: the best of the newest 2,000, in bounded time.
        const QList<SearchHit> hits = query.search(QStringLiteral("common"), 5000).value();
        QCOMPARE(hits.size(), 2000);
        QVERIFY(!ids(hits).contains(id.first()));
        QVERIFY(ids(hits).contains(id.last()));
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank); // best first
        }
    }

    void searchFollowsDeletesMovesAndLateBodies()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 archive = cache.addFolder(QStringLiteral("Archive"));
        const QList<qint64> id
            = store
                  .insert(cache.inbox,
                      {message(1, QStringLiteral("alpha report")), message(2, QStringLiteral("beta report"))})
                  .value();
        MessageQuery query(cache.db());
        QVERIFY(store.move({id.at(1)}, archive).ok());
        QCOMPARE(ids(query.search(QStringLiteral("report"), 10, cache.inbox).value()), QList<qint64> {id.at(0)});
        QCOMPARE(ids(query.search(QStringLiteral("report"), 10, archive).value()), QList<qint64> {id.at(1)});
        QVERIFY(store.remove({id.at(0)}).ok());
        QCOMPARE(ids(query.search(QStringLiteral("alpha"), 10).value()), QList<qint64> {});
        // A body fetched later becomes searchable, and the old body text leaves the index.
        BodyCache bodies(cache.db());
        BodyUpdate body;
        body.blobKey = cache.db().blobs().write("raw").value().key;
        body.blobSize = 3;
        body.bodyText = QStringLiteral("the secret word is platypus");
        QVERIFY(bodies.setBody(id.at(1), body).ok());
        QCOMPARE(ids(query.search(QStringLiteral("platypus"), 10).value()), QList<qint64> {id.at(1)});
        body.blobKey = cache.db().blobs().write("raw2").value().key;
        body.bodyText = QStringLiteral("now it is wombat");
        QVERIFY(bodies.setBody(id.at(1), body).ok());
        QCOMPARE(ids(query.search(QStringLiteral("platypus"), 10).value()), QList<qint64> {});
        QCOMPARE(ids(query.search(QStringLiteral("wombat"), 10).value()), QList<qint64> {id.at(1)});
        // The index agrees with its content after all of that.
        QVERIFY(cache.db()
                    .exec(QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestFtsExpression)
#include "tst_ftsexpression.moc"
