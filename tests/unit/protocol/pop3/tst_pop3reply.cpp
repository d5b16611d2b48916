#include "protocol/pop3/pop3reply.h"

#include <QTest>

using namespace Letterbox::Pop3;

class TestPop3Reply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("allowContinuation");
        QTest::addColumn<QString>("expected"); // "status|text|code" or "invalid"

        QTest::newRow("ok with text") << QByteArray("+OK Dovecot ready.") << false << u"ok|Dovecot ready.|"_qs;
        QTest::newRow("ok alone") << QByteArray("+OK") << false << u"ok||"_qs;
        QTest::newRow("err alone") << QByteArray("-ERR") << false << u"err||"_qs;
        QTest::newRow("err in-use") << QByteArray("-ERR [IN-USE] locked") << false << u"err|[IN-USE] locked|IN-USE"_qs;
        QTest::newRow("err sys/temp lower case")
            << QByteArray("-ERR [sys/temp] later") << false << u"err|[sys/temp] later|SYS/TEMP"_qs;
        QTest::newRow("err auth") << QByteArray("-ERR [AUTH] Authentication failed.") << false
                                  << u"err|[AUTH] Authentication failed.|AUTH"_qs;
        QTest::newRow("bracket not a code (space)")
            << QByteArray("-ERR [no code] x") << false << u"err|[no code] x|"_qs;
        QTest::newRow("bracket not a code (empty level)")
            << QByteArray("-ERR [SYS//TEMP] x") << false << u"err|[SYS//TEMP] x|"_qs;
        QTest::newRow("okay is not ok") << QByteArray("+OKAY") << false << u"invalid"_qs;
        QTest::newRow("lower case ok") << QByteArray("+ok") << false << u"invalid"_qs;
        QTest::newRow("continuation") << QByteArray("+ PDE+") << true << u"cont|PDE+|"_qs;
        QTest::newRow("bare plus") << QByteArray("+") << true << u"cont||"_qs;
        QTest::newRow("continuation not allowed") << QByteArray("+ PDE+") << false << u"invalid"_qs;
        QTest::newRow("ok during auth") << QByteArray("+OK Logged in.") << true << u"ok|Logged in.|"_qs;
        QTest::newRow("empty") << QByteArray() << true << u"invalid"_qs;
    }

    void statusLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, allowContinuation);
        QFETCH(QString, expected);
        const auto reply = Pop3Reply::fromStatusLine(line, allowContinuation);
        if (!reply) {
            QCOMPARE(u"invalid"_qs, expected);
            return;
        }
        const QString status = reply->isOk() ? u"ok"_qs : reply->isErr() ? u"err"_qs : u"cont"_qs;
        QCOMPARE(status + QLatin1Char('|') + QString::fromLatin1(reply->text) + QLatin1Char('|')
                + QString::fromLatin1(reply->code),
            expected);
    }

    void hasCodeMatchesHierarchy()
    {
        const auto reply = Pop3Reply::fromStatusLine("-ERR [SYS/TEMP] x", false);
        QVERIFY(reply);
        QVERIFY(reply->hasCode("SYS/TEMP"));
        QVERIFY(reply->hasCode("sys"));
        QVERIFY(!reply->hasCode("SY"));
        QVERIFY(!reply->hasCode("AUTH"));
    }

    void displayTextIsSafe()
    {
        const auto reply = Pop3Reply::fromStatusLine("-ERR \x1b[31mred\x7f\xff", false);
        QVERIFY(reply);
        QCOMPARE(reply->displayText(), u"?[31mred??"_qs);
        QCOMPARE(reply->toDisplayString(), u"-ERR ?[31mred??"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPop3Reply)
#include "tst_pop3reply.moc"
