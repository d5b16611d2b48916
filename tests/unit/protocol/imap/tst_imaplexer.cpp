#include "protocol/imap/imaplexer.h"

#include <QTest>

using namespace Letterbox::Imap;

class TestImapLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("end");
        QTest::newRow("atom") << QByteArray("INBOX rest") << true << QByteArray("INBOX") << 5;
        QTest::newRow("astring-bracket") << QByteArray("a]b c") << true << QByteArray("a]b") << 3;
        QTest::newRow("quoted") << QByteArray("\"a b\" x") << true << QByteArray("a b") << 5;
        QTest::newRow("quoted-escapes") << QByteArray("\"\\\"\\\\\"") << true << QByteArray("\"\\") << 6;
        QTest::newRow("quoted-unterminated") << QByteArray("\"abc") << false << QByteArray() << 0;
        QTest::newRow("quoted-crlf") << QByteArray("\"a\r\nb\"") << false << QByteArray() << 0;
        QTest::newRow("literal") << QByteArray("{3}\r\nabcd") << true << QByteArray("abc") << 8;
        QTest::newRow("literal-plus") << QByteArray("{3+}\r\nabc") << true << QByteArray("abc") << 9;
        QTest::newRow("literal8") << QByteArray("~{2}\r\n\0x", 8) << true << QByteArray("\0x", 2) << 8;
        QTest::newRow("literal-empty") << QByteArray("{0}\r\n") << true << QByteArray() << 5;
        QTest::newRow("literal-short") << QByteArray("{9}\r\nabc") << false << QByteArray() << 0;
        QTest::newRow("literal-overflow") << QByteArray("{99999999999999999999}\r\nabc") << false << QByteArray() << 0;
        QTest::newRow("literal-no-crlf") << QByteArray("{3}abc") << false << QByteArray() << 0;
        QTest::newRow("empty") << QByteArray() << false << QByteArray() << 0;
    }

    void strings()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(QByteArray, value);
        QFETCH(int, end);
        ImapCursor cursor(input);
        QByteArray out;
        QCOMPARE(ImapLexer::readAString(cursor, out), ok);
        QCOMPARE(cursor.pos, qsizetype(end));
        QCOMPARE(cursor.hasError(), !ok);
        if (ok) {
            QCOMPARE(out, value);
        }
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("value");
        QTest::newRow("zero") << QByteArray("0") << true << quint64(0);
        QTest::newRow("max-64") << QByteArray("18446744073709551615") << true << ~quint64(0);
        QTest::newRow("over-64") << QByteArray("18446744073709551616") << false << quint64(0);
        QTest::newRow("followed-by-atom-char") << QByteArray("12a") << false << quint64(0);
        QTest::newRow("followed-by-paren") << QByteArray("12)") << true << quint64(12);
        QTest::newRow("not-a-number") << QByteArray("x") << false << quint64(0);
    }

    void numbers()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(quint64, value);
        ImapCursor cursor(input);
        quint64 out = 0;
        QCOMPARE(ImapLexer::readNumber(cursor, out), ok);
        if (ok) {
            QCOMPARE(out, value);
        } else {
            QCOMPARE(cursor.pos, 0);
        }
    }

    void nstring()
    {
        ImapCursor cursor(QByteArrayView("NIL \"x\" NILS"));
        std::optional<QByteArray> out = QByteArray("old");
        QVERIFY(ImapLexer::readNString(cursor, out));
        QVERIFY(!out.has_value());
        QVERIFY(ImapLexer::readSpace(cursor));
        QVERIFY(ImapLexer::readNString(cursor, out));
        QCOMPARE(*out, QByteArray("x"));
        QVERIFY(ImapLexer::readSpace(cursor));
        QVERIFY(!ImapLexer::readNString(cursor, out)); // "NILS" is an atom, not NIL
    }

    void valuesAndDepth_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("rewritten");
        QTest::newRow("nested") << QByteArray("(a (b \"c d\") NIL {1}\r\nx)") << 8 << true
                                << QByteArray("(a (b \"c d\") NIL \"x\")");
        QTest::newRow("section-atom") << QByteArray("BODY[HEADER.FIELDS (A B)]<0>") << 8 << true
                                      << QByteArray("BODY[HEADER.FIELDS (A B)]<0>");
        QTest::newRow("empty-list") << QByteArray("()") << 8 << true << QByteArray("()");
        QTest::newRow("at-depth-limit") << QByteArray("((()))") << 3 << true << QByteArray("((()))");
        QTest::newRow("over-depth-limit") << QByteArray("(((())))") << 3 << false << QByteArray();
        QTest::newRow("depth-bomb") << QByteArray(100000, '(') << 64 << false << QByteArray();
        QTest::newRow("unterminated") << QByteArray("(a b\r\n") << 8 << false << QByteArray();
        QTest::newRow("literal-with-crlf-rewritten")
            << QByteArray("({4}\r\na\r\nb)") << 8 << true << QByteArray("({4}\r\na\r\nb)");
    }

    void valuesAndDepth()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, depth);
        QFETCH(bool, ok);
        QFETCH(QByteArray, rewritten);
        ImapCursor cursor(input, depth);
        ImapValue value;
        QCOMPARE(ImapLexer::readValue(cursor, value), ok);
        if (ok) {
            QCOMPARE(value.toWire(), rewritten);
            // What toWire writes reads back as the same value.
            ImapCursor again(rewritten, depth);
            ImapValue back;
            QVERIFY(ImapLexer::readValue(again, back));
            QCOMPARE(back, value);
        } else {
            QVERIFY(cursor.hasError());
            QCOMPARE(cursor.pos, 0);
        }
    }

    void keywordsNeedAWordBoundary()
    {
        ImapCursor cursor(QByteArrayView("UIDNEXT"));
        QVERIFY(!ImapLexer::readKeyword(cursor, "UID"));
        QVERIFY(ImapLexer::readKeyword(cursor, "uidnext"));
        QVERIFY(ImapLexer::atLineEnd(cursor));
    }

    void restOfLineStopsAtCrlf()
    {
        ImapCursor cursor(QByteArrayView("hello world\r\n"));
        QCOMPARE(ImapLexer::readRestOfLine(cursor), QByteArray("hello world"));
        QVERIFY(ImapLexer::readLineEnd(cursor));
        ImapCursor trailing(QByteArrayView("x\r\ny"));
        ImapLexer::readRestOfLine(trailing);
        QVERIFY(!ImapLexer::readLineEnd(trailing));
    }
};

QTEST_GUILESS_MAIN(TestImapLexer)
#include "tst_imaplexer.moc"
