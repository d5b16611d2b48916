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

        QTest::newRow("ok with text") << QByteArray("+OK Dovecot ready.") << false
                                      << QStringLiteral("ok|Dovecot ready.|");
        QTest::newRow("ok alone") << QByteArray("+OK") << false << QStringLiteral("ok||");
        QTest::newRow("err alone") << QByteArray("-ERR") << false << QStringLiteral("err||");
        QTest::newRow("err in-use") << QByteArray("-ERR [IN-USE] locked") << false
                                    << QStringLiteral("err|[IN-USE] locked|IN-USE");
        QTest::newRow("err sys/temp lower case")
            << QByteArray("-ERR [sys/temp] later") << false << QStringLiteral("err|[sys/temp] later|SYS/TEMP");
        QTest::newRow("err auth") << QByteArray("-ERR [AUTH] Authentication failed.") << false
                                  << QStringLiteral("err|[AUTH] Authentication failed.|AUTH");
        QTest::newRow("bracket not a code (space)")
            << QByteArray("-ERR [no code] x") << false << QStringLiteral("err|[no code] x|");
        QTest::newRow("bracket not a code (empty level)")
            << QByteArray("-ERR [SYS//TEMP] x") << false << QStringLiteral("err|[SYS//TEMP] x|");
        QTest::newRow("okay is not ok") << QByteArray("+OKAY") << false << QStringLiteral("invalid");
        QTest::newRow("lower case ok") << QByteArray("+ok") << false << QStringLiteral("invalid");
        QTest::newRow("continuation") << QByteArray("+ PDE+") << true << QStringLiteral("cont|PDE+|");
        QTest::newRow("bare plus") << QByteArray("+") << true << QStringLiteral("cont||");
        QTest::newRow("continuation not allowed") << QByteArray("+ PDE+") << false << QStringLiteral("invalid");
        QTest::newRow("ok during auth") << QByteArray("+OK Logged in.") << true << QStringLiteral("ok|Logged in.|");
        QTest::newRow("empty") << QByteArray() << true << QStringLiteral("invalid");
    }

    void statusLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, allowContinuation);
        QFETCH(QString, expected);
        const auto reply = Pop3Reply::fromStatusLine(line, allowContinuation);
        if (!reply) {
            QCOMPARE(QStringLiteral("invalid"), expected);
            return;
        }
        const QString status = reply->isOk() ? QStringLiteral("ok")
            : reply->isErr()                 ? QStringLiteral("err")
                                             : QStringLiteral("cont");
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
        QCOMPARE(reply->displayText(), QStringLiteral("?[31mred??"));
        QCOMPARE(reply->toDisplayString(), QStringLiteral("-ERR ?[31mred??"));
    }
};

QTEST_GUILESS_MAIN(TestPop3Reply)
#include "tst_pop3reply.moc"
