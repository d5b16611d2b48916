#include "protocol/imap/imaptypes.h"

#include <QTest>

using namespace Letterbox::Imap;

class TestImapTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactSets_data()
    {
        QTest::addColumn<QList<quint32>>("numbers");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QList<quint32> {} << QByteArray();
        QTest::newRow("single") << QList<quint32> {7} << QByteArray("7");
        QTest::newRow("brief-example") << QList<quint32> {1, 2, 3, 4, 5, 7, 9, 10, 11, 12} << QByteArray("1:5,7,9:12");
        QTest::newRow("unsorted-with-duplicates") << QList<quint32> {12, 9, 3, 3, 10, 11} << QByteArray("3,9:12");
        QTest::newRow("zero-dropped") << QList<quint32> {0, 1, 2} << QByteArray("1:2");
        QTest::newRow("largest-uid") << QList<quint32> {4294967294u, 4294967295u}
                                     << QByteArray("4294967294:4294967295");
    }

    void compactSets()
    {
        QFETCH(QList<quint32>, numbers);
        QFETCH(QByteArray, expected);
        const ImapSequenceSet set = ImapSequenceSet::fromNumbers(numbers);
        QCOMPARE(set.toByteArray(), expected);
        QCOMPARE(set.isEmpty(), expected.isEmpty());
        if (!expected.isEmpty()) {
            // Round trip through the parser.
            QCOMPARE(ImapSequenceSet::parse(expected), set);
        }
    }

    void splitKeepsEveryNumberAndTheLimit_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("maxLength");
        QTest::newRow("sparse-100k-in-1000-byte-sets") << 100000 << 2 << 1000;
        QTest::newRow("dense-fits-one-set") << 100000 << 1 << 1000;
        QTest::newRow("limit-below-one-range") << 50 << 3 << 3;
    }

    void splitKeepsEveryNumberAndTheLimit()
    {
        QFETCH(int, count);
        QFETCH(int, step);
        QFETCH(int, maxLength);
        QList<quint32> numbers;
        for (int i = 0; i < count; ++i) {
            numbers.append(quint32(1 + i * step));
        }
        const QList<ImapSequenceSet> sets = ImapSequenceSet::split(numbers, maxLength);
        QList<quint32> back;
        for (const ImapSequenceSet &set : sets) {
            QVERIFY(set.toByteArray().size() <= std::max(maxLength, 21));
            back += set.toNumbers(0, count).value();
        }
        QCOMPARE(back, numbers);
        if (step == 1) {
            QCOMPARE(sets.size(), 1);
        } else {
            QVERIFY(sets.size() > 1);
        }
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("range-to-star") << QByteArray("5:*") << true << QByteArray("5:*");
        QTest::newRow("star") << QByteArray("*") << true << QByteArray("*");
        QTest::newRow("list") << QByteArray("41,43:116,200") << true << QByteArray("41,43:116,200");
        QTest::newRow("reversed-range-kept") << QByteArray("9:3") << true << QByteArray("9:3");
        QTest::newRow("empty") << QByteArray("") << false << QByteArray();
        QTest::newRow("zero") << QByteArray("0") << false << QByteArray();
        QTest::newRow("leading-zero") << QByteArray("01") << false << QByteArray();
        QTest::newRow("trailing-comma") << QByteArray("1,") << false << QByteArray();
        QTest::newRow("over-32-bit") << QByteArray("4294967296") << false << QByteArray();
        QTest::newRow("letters") << QByteArray("1:x") << false << QByteArray();
        QTest::newRow("crlf-injection") << QByteArray("1\r\nA1 LOGOUT") << false << QByteArray();
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, written);
        const auto set = ImapSequenceSet::parse(text);
        QCOMPARE(set.has_value(), valid);
        if (valid) {
            QCOMPARE(set->toByteArray(), written);
        }
    }

    void membershipAndCount()
    {
        const ImapSequenceSet set = *ImapSequenceSet::parse("1:5,3:7,9:3,20:*");
        QVERIFY(set.contains(4));
        QVERIFY(set.contains(8)); // 9:3 is 3:9
        QVERIFY(!set.contains(15, 30));
        QVERIFY(set.contains(25, 30));
        QVERIFY(!set.contains(25, 22));
        QCOMPARE(set.count(30), quint64(9 + 11));
        QCOMPARE(set.toNumbers(30, 100)->size(), 20);
    }

    void expandingAHugeSetIsRefused()
    {
        const ImapSequenceSet set = *ImapSequenceSet::parse("1:4294967295");
        QVERIFY(!set.toNumbers(0xffffffffu, 1000000).has_value());
        QCOMPARE(set.count(), quint64(4294967295u));
    }

    void tags()
    {
        ImapTagGenerator tags("x y\r\n");
        QCOMPARE(tags.last(), QByteArray());
        QCOMPARE(tags.next(), QByteArray("xy1"));
        QCOMPARE(tags.next(), QByteArray("xy2"));
        QCOMPARE(tags.last(), QByteArray("xy2"));
        ImapTagGenerator fallback("\r\n");
        QCOMPARE(fallback.next(), QByteArray("A1"));
    }

    void flags_data()
    {
        QTest::addColumn<QByteArray>("flag");
        QTest::addColumn<bool>("valid");
        QTest::newRow("system-flag") << QByteArray(ImapFlag::seen) << true;
        QTest::newRow("keyword") << QByteArray("$Forwarded") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("backslash-only") << QByteArray("\\") << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("crlf-injection") << QByteArray("\\Seen)\r\nA2 DELETE INBOX") << false;
        QTest::newRow("paren") << QByteArray("a(") << false;
        QTest::newRow("eight-bit") << QByteArray("caf\xc3\xa9") << false;
        QTest::newRow("quote") << QByteArray("a\"b") << false;
    }

    void flags()
    {
        QFETCH(QByteArray, flag);
        QFETCH(bool, valid);
        QCOMPARE(ImapFlag::isValid(flag), valid);
    }

    void flagsCompareWithoutCase()
    {
        QVERIFY(ImapFlag::equal("\\SEEN", ImapFlag::seen));
        QVERIFY(!ImapFlag::equal("\\Seen", ImapFlag::flagged));
    }

    void uidsAreOrdered()
    {
        QVERIFY(ImapUid {3} < ImapUid {4});
        QVERIFY(!ImapUid {}.isValid());
        QCOMPARE(ImapSequenceSet::fromUids({ImapUid {3}, ImapUid {1}, ImapUid {2}}).toByteArray(), QByteArray("1:3"));
    }
};

QTEST_GUILESS_MAIN(TestImapTypes)
#include "tst_imaptypes.moc"
