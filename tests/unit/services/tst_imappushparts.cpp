// The pure parts of IMAP push and search: the reconnect backoff and the merge of local
// and server search hits.
#include "services/imap/imapbackoff.h"
#include "services/imap/imapsearch.h"

#include <QTest>

using namespace Letterbox;
using Services::ImapBackoff;
using Services::ImapSearch;

class TestImapPushParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesToTheCap();
    void backoffStartsAgainAfterReset();
    void backoffOddCap();
    void mergeLocalFirstThenServer();
    void mergeUncachedNewestFirst();
    void mergeNothingFromServer();
};

void TestImapPushParts::backoffDoublesToTheCap()
{
    ImapBackoff backoff; // 5 s doubling to 5 min
    QList<int> delays;
    for (int i = 0; i < 9; ++i) {
        delays.append(backoff.next());
    }
    QCOMPARE(delays, (QList<int> {5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000, 300000}));
}

void TestImapPushParts::backoffStartsAgainAfterReset()
{
    ImapBackoff backoff(100, 1000);
    QCOMPARE(backoff.next(), 100);
    QCOMPARE(backoff.next(), 200);
    QCOMPARE(backoff.next(), 400);
    backoff.reset();
    QCOMPARE(backoff.next(), 100);
}

void TestImapPushParts::backoffOddCap()
{
    ImapBackoff backoff(300, 1000);
    QCOMPARE(backoff.next(), 300);
    QCOMPARE(backoff.next(), 600);
    QCOMPARE(backoff.next(), 1000);
    QCOMPARE(backoff.next(), 1000);
    ImapBackoff degenerate(0, -5); // never a busy loop
    QCOMPARE(degenerate.next(), 1);
    QCOMPARE(degenerate.next(), 1);
}

void TestImapPushParts::mergeLocalFirstThenServer()
{
    // Local hits 12, 10 (best first); the server found UIDs 3 (id 10), 5 (id 11), 7 (id 13).
    const QHash<quint32, qint64> cached {{3, 10}, {4, 12}, {5, 11}, {7, 13}};
    const Services::ImapSearchResult result = ImapSearch::merge({12, 10}, {5, 3, 7}, cached);
    QCOMPARE(result.messageIds, (QList<qint64> {12, 10, 13, 11}));
    QVERIFY(result.uncachedUids.isEmpty());
}

void TestImapPushParts::mergeUncachedNewestFirst()
{
    const QHash<quint32, qint64> cached {{2, 20}};
    const Services::ImapSearchResult result = ImapSearch::merge({}, {9, 2, 40, 9, 1}, cached);
    QCOMPARE(result.messageIds, (QList<qint64> {20}));
    QCOMPARE(result.uncachedUids, (QList<quint32> {40, 9, 1}));
}

void TestImapPushParts::mergeNothingFromServer()
{
    const Services::ImapSearchResult result = ImapSearch::merge({5, 5, 3}, {}, {});
    QCOMPARE(result.messageIds, (QList<qint64> {5, 3}));
    QVERIFY(result.uncachedUids.isEmpty());
}

QTEST_GUILESS_MAIN(TestImapPushParts)
#include "tst_imappushparts.moc"
