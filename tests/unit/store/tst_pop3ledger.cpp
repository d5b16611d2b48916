#include "store/pop3ledger.h"

#include "store/messagestore.h"
#include "store/transaction.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;
using StoreTesting::withBlob;

class TestPop3Ledger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSeenIsKept()
    {
        Cache cache;
        Pop3Ledger ledger(cache.db());
        const QDateTime monday = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(ledger.recordSeen({{"a", 100}, {"b", 200}}, monday).ok());
        QVERIFY(ledger.recordSeen({{"a", 101}, {"c", 300}}, monday.addDays(3)).ok());
        const Pop3LedgerEntry a = ledger.entry("a").value().value();
        QCOMPARE(a.firstSeen, monday); // for "delete after N days"
        QCOMPARE(a.size, 101);
        QVERIFY(!a.stored);
        QCOMPARE(ledger.entry("c").value()->firstSeen, monday.addDays(3));
        QCOMPARE(ledger.entries().value().size(), 3);
        QVERIFY(!ledger.entry("zzz").value().has_value());
        QCOMPARE(ledger.recordSeen({{QByteArray(), 1}}, monday).code(), ErrorCode::InvalidArgument);
    }

    void hostileUidlsAreJustKeys_data()
    {
        QTest::addColumn<QByteArray>("uidl");
        QTest::newRow("path") << QByteArray("../../x");
        QTest::newRow("long") << QByteArray(2000, 'u');
        QTest::newRow("control") << QByteArray("a\r\nDELE 1\r\n\x01\x7f");
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("not-utf8") << QByteArray("\xff\xfe\x80");
        QTest::newRow("sql") << QByteArray("'); DROP TABLE pop3ledger; --");
    }

    void hostileUidlsAreJustKeys()
    {
        QFETCH(QByteArray, uidl);
        Cache cache;
        const qint64 inbox = cache.addFolder(QStringLiteral("POP3"), true);
        Pop3Ledger ledger(cache.db());
        QVERIFY(ledger.recordSeen({{uidl, 10}, {uidl + "-other", 11}}, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(ledger.entry(uidl).value()->uidl, uidl); // exact bytes back
        NewMessage m = withBlob(message(1, QStringLiteral("x")), cache.db().blobs(), "raw");
        m.uid.reset();
        m.uidl = uidl;
        const qint64 id = MessageStore(cache.db()).insert(inbox, {m}).value().first();
        QCOMPARE(MessageStore(cache.db()).idForUidl(inbox, uidl).value(), std::optional<qint64>(id));
        QVERIFY(ledger.markStored(uidl, id).ok());
        QVERIFY(!ledger.entry(uidl + "-other").value()->stored);
        // Nothing outside the blobs folder was created from it.
        QCOMPARE(QDir(cache.directory.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 4);
    }

    void storedNeedsTheRowAndItsBlob()
    {
        Cache cache;
        const qint64 inbox = cache.addFolder(QStringLiteral("POP3"), true);
        Pop3Ledger ledger(cache.db());
        QVERIFY(ledger.recordSeen({{"u1", 10}, {"u2", 20}, {"u3", 30}}, QDateTime::currentDateTimeUtc()).ok());
        NewMessage headersOnly = message(1, QStringLiteral("TOP only"));
        headersOnly.uid.reset();
        headersOnly.uidl = "u1";
        const qint64 top = MessageStore(cache.db()).insert(inbox, {headersOnly}).value().first();
        // A row without its body must not let DELE happen.
        QCOMPARE(ledger.markStored("u1", top).code(), ErrorCode::InvalidArgument);
        QCOMPARE(ledger.markStored("u2", top).code(), ErrorCode::InvalidArgument); // another UIDL's row
        QVERIFY(!ledger.entry("u1").value()->stored);

        // The engine's pattern: the row and the mark in one durable transaction.
        NewMessage full = withBlob(message(2, QStringLiteral("RETR")), cache.db().blobs(), "whole message");
        full.uid.reset();
        full.uidl = "u2";
        {
            Transaction transaction(cache.db(), Durability::Full);
            const qint64 id = MessageStore(cache.db()).insert(inbox, {full}).value().first();
            QVERIFY(ledger.markStored("u2", id).ok());
            QVERIFY(transaction.commit().ok());
        }
        const Pop3LedgerEntry stored = ledger.entry("u2").value().value();
        QVERIFY(stored.stored);
        QCOMPARE(stored.messageId, QStringLiteral("m2@example.org"));
        // An ordinary outer transaction cannot promise durability: refused.
        {
            Transaction ordinary(cache.db());
            QCOMPARE(ledger.markStored("u2", 1).code(), ErrorCode::InvalidArgument);
        }
        QList<QByteArray> waiting;
        for (const Pop3LedgerEntry &entry : ledger.notYetStored().value()) {
            waiting.append(entry.uidl);
        }
        QCOMPARE(waiting, (QList<QByteArray> {"u1", "u3"}));
    }

    void deletedAndForgotten()
    {
        Cache cache;
        Pop3Ledger ledger(cache.db());
        QVERIFY(ledger.recordSeen({{"a", 1}, {"b", 2}}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(ledger.markDeletedOnServer({"a"}).ok());
        QVERIFY(ledger.entry("a").value()->deletedOnServer);
        QCOMPARE(ledger.notYetStored().value().size(), 1);
        QVERIFY(ledger.forget({"a", "b", "never"}).ok());
        QVERIFY(ledger.entries().value().isEmpty());
    }

    void removedLocallyMeansNoRowAnywhere()
    {
        Cache cache;
        const qint64 inbox = cache.addFolder(QStringLiteral("POP3"), true);
        const qint64 trash = cache.addFolder(QStringLiteral("Trash"), true);
        Pop3Ledger ledger(cache.db());
        QVERIFY(ledger
                    .recordSeen(
                        {{"kept", 1}, {"trashed", 2}, {"gone", 3}, {"unstored", 4}}, QDateTime::currentDateTimeUtc())
                    .ok());
        QHash<QByteArray, qint64> ids;
        for (const QByteArray uidl : {"kept", "trashed", "gone"}) {
            NewMessage m = withBlob(message(int(ids.size()) + 1, QString::fromLatin1(uidl)), cache.db().blobs(), uidl);
            m.uid.reset();
            m.uidl = uidl;
            ids.insert(uidl, MessageStore(cache.db()).insert(inbox, {m}).value().first());
            QVERIFY(ledger.markStored(uidl, ids.value(uidl)).ok());
        }
        QVERIFY(ledger.removedLocally().value().isEmpty());
        // In Trash is still here; removed from there, it is gone.
        QVERIFY(MessageStore(cache.db()).move({ids.value("trashed")}, trash).ok());
        QVERIFY(MessageStore(cache.db()).remove({ids.value("gone")}).ok());
        QList<QByteArray> removed;
        for (const Pop3LedgerEntry &entry : ledger.removedLocally().value()) {
            removed.append(entry.uidl);
        }
        QCOMPARE(removed, QList<QByteArray> {"gone"});
        // Once deleted on the server it is no longer a question.
        QVERIFY(ledger.markDeletedOnServer({"gone"}).ok());
        QVERIFY(ledger.removedLocally().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPop3Ledger)
#include "tst_pop3ledger.moc"
