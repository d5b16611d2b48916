#include "pop3scriptrunner.h"

#include <QTest>

using namespace Letterbox::Pop3;
using Letterbox::Testing::Pop3ScriptRunner;

namespace {

Pop3SessionConfig config(Pop3Security security, bool plaintextAllowed = false)
{
    Pop3SessionConfig c;
    c.security = security;
    c.plaintextAllowed = plaintextAllowed;
    c.credentials = Pop3Credentials {QStringLiteral("alice"), QStringLiteral("Wonderland-42"), {}};
    return c;
}

const QByteArray capaPipelining = "S: +OK\nS: TOP\nS: UIDL\nS: RESP-CODES\nS: PIPELINING\nS: USER\nS: .\n";
const QByteArray capaPlain = "S: +OK\nS: TOP\nS: UIDL\nS: USER\nS: .\n";
const QByteArray loginUserPass = "C: USER alice\nS: +OK\nC: PASS ***\nS: +OK Logged in.\nE: ready\n";

} // namespace

Q_DECLARE_METATYPE(Letterbox::Pop3::Pop3SessionConfig)

class TestPop3Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scripts_data()
    {
        QTest::addColumn<Pop3SessionConfig>("cfg");
        QTest::addColumn<QByteArray>("script");

        const Pop3SessionConfig tls = config(Pop3Security::ImplicitTls);
        const Pop3SessionConfig stls = config(Pop3Security::StartTls);
        const Pop3SessionConfig clear = config(Pop3Security::None);
        const Pop3SessionConfig clearAllowed = config(Pop3Security::None, true);

        QTest::newRow("greeting refused") << tls << QByteArray("S: -ERR [SYS/TEMP] Too busy\nE: failed Temporary\n");
        QTest::newRow("garbage greeting") << tls << QByteArray("S: * OK IMAP4rev1\nE: failed Protocol\n");
        QTest::newRow("old server without CAPA: USER/PASS")
            << tls
            << QByteArray("S: +OK hello\nC: CAPA\nS: -ERR unknown command\n" + loginUserPass
                   + "do: stat 1\nC: STAT\nS: +OK 2 320\nE: stat 1 2 320\n"
                     "do: quit\nC: QUIT\nS: +OK bye\nE: deletions Committed -\nE: closed\n");
        QTest::newRow("STLS required and done")
            << stls
            << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: STLS\nS: SASL PLAIN\nS: .\nC: STLS\n"
                          "S: +OK Begin TLS negotiation now.\nT:\n"
                          "C: CAPA\nS: +OK\nS: SASL PLAIN\nS: USER\nS: .\nC: AUTH PLAIN ***\nS: +OK Logged in.\n"
                          "E: ready\n");
        QTest::newRow("STLS missing: nothing sent in the clear")
            << stls << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + "E: failed Security\n");
        QTest::newRow("STLS required, CAPA refused")
            << stls << QByteArray("S: +OK\nC: CAPA\nS: -ERR what?\nE: failed Security\n");
        QTest::newRow("STLS refused")
            << stls
            << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\nS: -ERR [SYS/TEMP] no TLS today\n"
                          "E: failed Security\n");
        QTest::newRow("capabilities asked again after TLS: no PIPELINING any more")
            << stls
            << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: STLS\nS: PIPELINING\nS: .\nC: STLS\nS: +OK\nT:\nC: CAPA\n"
                   + capaPlain + loginUserPass
                   + "do: retr 1 1\ndo: retr 2 2\nC: RETR 1\nS: +OK\nS: a\nS: .\nE: started 1 1\nE: done 1 1 3\n"
                     "C: RETR 2\nS: +OK\nS: b\nS: .\nE: started 2 2\nE: done 2 2 3\n");
        QTest::newRow("plaintext login refused")
            << clear << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + "E: failed Security\n");
        QTest::newRow("plaintext SASL refused")
            << clear << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: SASL PLAIN\nS: .\nE: failed Security\n");
        QTest::newRow("plaintext allowed: USER/PASS")
            << clearAllowed << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass);
        const QByteArray apopGreeting = "S: +OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\nC: CAPA\n";
        QTest::newRow("plaintext allowed, APOP offered: APOP, not USER/PASS")
            << clearAllowed << QByteArray(apopGreeting + capaPlain + "C: APOP alice ***\nS: +OK maildrop\nE: ready\n");
        QTest::newRow("plaintext allowed, APOP and SASL PLAIN offered: APOP")
            << clearAllowed
            << QByteArray(apopGreeting + "S: +OK\nS: SASL PLAIN\nS: .\nC: APOP alice ***\nS: +OK\nE: ready\n");
        QTest::newRow("plaintext allowed, APOP and CRAM-MD5 offered: CRAM-MD5")
            << clearAllowed << QByteArray(apopGreeting + "S: +OK\nS: SASL CRAM-MD5\nS: .\nC: AUTH CRAM-MD5\n");
        QTest::newRow("APOP refused") << clearAllowed
                                      << QByteArray(apopGreeting + capaPlain
                                             + "C: APOP alice ***\nS: -ERR [AUTH] permission denied\n"
                                               "E: failed Authentication\n");
        QTest::newRow("plaintext not allowed: not even APOP")
            << clear << QByteArray(apopGreeting + capaPlain + "E: failed Security\n");
        QTest::newRow("over TLS the APOP timestamp is not used")
            << tls << QByteArray(apopGreeting + capaPlain + loginUserPass);
        QTest::newRow("SASL PLAIN masked")
            << tls << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: SASL PLAIN\nS: .\nC: AUTH PLAIN ***\nS: +OK\nE: ready\n");
        QTest::newRow("SASL LOGIN")
            << tls
            << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: SASL LOGIN\nS: .\nC: AUTH LOGIN\nS: + VXNlcm5hbWU6\nC: ***\n"
                          "S: + UGFzc3dvcmQ6\nC: ***\nS: +OK\nE: ready\n");
        QTest::newRow("-ERR [AUTH]") << tls
                                     << QByteArray("S: +OK\nC: CAPA\nS: +OK\nS: SASL PLAIN\nS: .\nC: AUTH PLAIN ***\n"
                                                   "S: -ERR [AUTH] Authentication failed.\nE: failed Authentication\n");
        QTest::newRow("PASS refused") << tls
                                      << QByteArray("S: +OK\nC: CAPA\n" + capaPlain
                                             + "C: USER alice\nS: +OK\nC: PASS ***\nS: -ERR no\n"
                                             + "E: failed Authentication\n");
        QTest::newRow("[IN-USE] is temporary")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + "C: USER alice\nS: +OK\nC: PASS ***\n"
                   + "S: -ERR [IN-USE] Mailbox locked by another session\nE: failed Temporary\n");
        QTest::newRow("[LOGIN-DELAY] is temporary")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + "C: USER alice\nS: +OK\nC: PASS ***\n"
                   + "S: -ERR [LOGIN-DELAY] wait 15 minutes\nE: failed Temporary\n");
        QTest::newRow("pipelined UIDL, LIST, RETR x3, DELE x3, QUIT")
            << tls
            << QByteArray("do: uidl 1\ndo: list 2\ndo: retr 3 1\ndo: retr 4 2\ndo: retr 5 3\n"
                          "do: dele 6 1\ndo: dele 7 2\ndo: dele 8 3\ndo: quit\n"
                          "S: +OK\nC: CAPA\n"
                   + capaPipelining + loginUserPass
                   + "C: UIDL\nC: LIST\nC: RETR 1\nC: RETR 2\nC: RETR 3\nC: DELE 1\nC: DELE 2\nC: DELE 3\nC: QUIT\n"
                     "S: +OK\nS: 1 aaa\nS: 2 bbb\nS: 3 ccc\nS: .\n"
                     "S: +OK 3 messages\nS: 1 10\nS: 2 11\nS: 3 12\nS: .\n"
                     "S: +OK 10 octets\nS: Subject: 1\nS: .\n"
                     "S: +OK 11 octets\nS: ..dot\nS: .\n"
                     "S: +OK 12 octets\nS: Subject: 3\nS: .\n"
                     "S: +OK\nS: +OK\nS: +OK\nS: +OK Logging out, messages deleted\n"
                     "E: uidl 1 1:aaa,2:bbb,3:ccc\nE: list 2 1:10,2:11,3:12\n"
                     "E: started 3 1 10\nE: done 3 1 12\nE: started 4 2 11\nE: done 4 2 6\n"
                     "E: started 5 3 12\nE: done 5 3 12\n"
                     "E: dele 6 1\nE: dele 7 2\nE: dele 8 3\nE: deletions Committed 1,2,3\nE: closed\n");
        QTest::newRow("without PIPELINING one command at a time")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: retr 1 1\ndo: dele 2 1\ndo: quit\nC: RETR 1\nS: +OK\nS: x\nS: .\nE: started 1 1\n"
                     "E: done 1 1 3\nC: DELE 1\nS: +OK marked\nE: dele 2 1\nC: QUIT\nS: +OK\n"
                     "E: deletions Committed 1\nE: closed\n");
        QTest::newRow("QUIT fails after DELEs")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: dele 1 1\nC: DELE 1\nS: +OK\nE: dele 1 1\ndo: dele 2 2\nC: DELE 2\nS: +OK\nE: dele 2 2\n"
                     "do: quit\nC: QUIT\nS: -ERR some deleted messages not removed\nE: deletions Unknown 1,2\n"
                     "E: closed\n");
        QTest::newRow("connection lost before QUIT: nothing deleted")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: dele 1 1\nC: DELE 1\nS: +OK\nE: dele 1 1\nX\nE: deletions NotCommitted 1\n"
                     "E: failed ConnectionLost\n");
        QTest::newRow("connection lost after QUIT went out")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: dele 1 1\nC: DELE 1\nS: +OK\nE: dele 1 1\ndo: quit\nC: QUIT\nX\nE: deletions Unknown 1\n"
                     "E: failed ConnectionLost\n");
        QTest::newRow("RSET unmarks")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: dele 1 1\nC: DELE 1\nS: +OK\nE: dele 1 1\ndo: rset 2\nC: RSET\nS: +OK\nE: ok 2\n"
                     "do: quit\nC: QUIT\nS: +OK\nE: deletions Committed -\nE: closed\n");
        QTest::newRow("connection lost mid-RETR")
            << tls
            << QByteArray("do: retr 1 1\ndo: retr 2 2\ndo: dele 3 1\nS: +OK\nC: CAPA\n" + capaPipelining + loginUserPass
                   + "C: RETR 1\nC: RETR 2\nC: DELE 1\nS: +OK 100 octets\nS: Subject: half\nE: started 1 1 100\nX\n"
                     "E: cmdfail 1 -\nE: cmdfail 2 -\nE: cmdfail 3 -\nE: deletions NotCommitted -\n"
                     "E: failed ConnectionLost\n");
        QTest::newRow("RETR and DELE refused")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPipelining + loginUserPass
                   + "do: retr 1 9\ndo: dele 2 9\nC: RETR 9\nC: DELE 9\nS: -ERR no such message\nS: -ERR no\n"
                     "E: cmdfail 1 -ERR\nE: cmdfail 2 -ERR\n");
        QTest::newRow("LIST n, UIDL n, TOP, NOOP")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPipelining + loginUserPass
                   + "do: list 1 2\ndo: uidl 2 2\ndo: top 3 2 0\ndo: noop 4\n"
                     "C: LIST 2\nC: UIDL 2\nC: TOP 2 0\nC: NOOP\n"
                     "S: +OK 2 1129\nS: +OK 2 abc\nS: +OK\nS: Subject: x\nS:\nS: .\nS: +OK\n"
                     "E: list 1 2:1129\nE: uidl 2 2:abc\nE: started 3 2\nE: done 3 2 14\nE: ok 4\n");
        QTest::newRow("malformed STAT is a protocol failure")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: stat 1\nC: STAT\nS: +OK lots\nE: cmdfail 1 -\nE: deletions NotCommitted -\n"
                     "E: failed Protocol\n");
        QTest::newRow("unsolicited data")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "S: +OK surprise\nE: deletions NotCommitted -\nE: failed Protocol\n");
        QTest::newRow("bad message number fails at once")
            << tls << QByteArray("do: retr 1 0\nE: cmdfail 1 -\nS: +OK\nC: CAPA\n" + capaPlain + loginUserPass);
        QTest::newRow("commands after quit() fail at once")
            << tls
            << QByteArray("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
                   + "do: quit\nC: QUIT\ndo: noop 5\nE: cmdfail 5 -\nS: +OK\nE: deletions Committed -\nE: closed\n");
    }

    void scripts()
    {
        QFETCH(Pop3SessionConfig, cfg);
        QFETCH(QByteArray, script);
        for (bool byteByByte : {false, true}) {
            Pop3ScriptRunner runner(cfg, byteByByte);
            const QString problem = runner.run(script);
            QVERIFY2(problem.isEmpty(),
                qPrintable((byteByByte ? QStringLiteral("byte by byte: ") : QStringLiteral("whole: ")) + problem));
        }
    }

    void stlsInjection()
    {
        // In one segment: the bytes after the go-ahead are already buffered. Byte by byte:
        // they arrive after StartTls, before tlsEstablished(). Both are refused.
        const QByteArray head = "S: +OK\nC: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\nS: +OK Begin TLS\nS: +OK injected\n";
        Pop3ScriptRunner whole(config(Pop3Security::StartTls), false);
        QString problem = whole.run(head + "E: failed Security\n");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Pop3ScriptRunner split(config(Pop3Security::StartTls), true);
        problem = split.run(head + "E: starttls\nE: failed Security\n");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(split.session().state(), Pop3Session::State::Failed);
    }

    void secretsOnTheWireButNotInTheTranscript()
    {
        Pop3ScriptRunner runner(config(Pop3Security::ImplicitTls), false);
        QVERIFY2(runner.run("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass).isEmpty(), "script");
        QVERIFY(runner.written().contains("PASS Wonderland-42\r\n"));
        QVERIFY(!runner.redacted().contains("Wonderland"));

        Pop3ScriptRunner sasl(config(Pop3Security::ImplicitTls), false);
        QVERIFY(sasl.run("S: +OK\nC: CAPA\nS: +OK\nS: SASL PLAIN\nS: .\nC: AUTH PLAIN ***\n").isEmpty());
        QVERIFY(sasl.written().contains("AUTH PLAIN AGFsaWNlAFdvbmRlcmxhbmQtNDI=\r\n"));
    }

    void retrBodyIsExact()
    {
        Pop3ScriptRunner runner(config(Pop3Security::ImplicitTls), true);
        const QString problem = runner.run("S: +OK\nC: CAPA\n" + capaPlain + loginUserPass
            + "do: retr 7 1\nC: RETR 1\nS: +OK\nS: Subject: a\nS:\nS: ..\nS: ...x\nS: .\nE: started 7 1\n"
              "E: done 7 1 22\n");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(runner.bodies().value(7), QByteArray("Subject: a\r\n\r\n.\r\n..x\r\n"));
    }

    void invalidUidls()
    {
        QByteArray script = "S: +OK\nC: CAPA\n" + capaPlain + loginUserPass + "do: uidl 1\nC: UIDL\nS: +OK\n";
        script += "S: 1 ../../x\n"; // legal per RFC 1939: the store must not use it as a path
        script += "S: 2 " + QByteArray(2000, 'a') + '\n';
        script += "S: 3 ab\x01"
                  "cd\n";
        script += "S: 4 has space\n";
        script += "S: 5 ../../x\n"; // duplicate
        script += "S: x nonumber\n";
        script += "S: 6 \xc3\xa9t\xc3\xa9\n";
        script += "S: 7 ok-7\n";
        script += "S: .\nE: uidl 1 1:../../x,7:ok-7 invalid=2,3,4,5,0,6\n";
        for (bool byteByByte : {false, true}) {
            Pop3ScriptRunner runner(config(Pop3Security::ImplicitTls), byteByByte);
            const QString problem = runner.run(script);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void pipelineWindowIsBounded()
    {
        Pop3SessionConfig cfg = config(Pop3Security::ImplicitTls);
        cfg.maxCommandsInFlight = 3;
        Pop3ScriptRunner runner(cfg, false);
        QByteArray script = "S: +OK\nC: CAPA\n" + capaPipelining + loginUserPass;
        for (int i = 1; i <= 10000; ++i) {
            script += "do: retr " + QByteArray::number(i) + ' ' + QByteArray::number(i) + '\n';
        }
        script += "C: RETR 1\nC: RETR 2\nC: RETR 3\n";
        for (int i = 1; i <= 10000; ++i) {
            script += "S: +OK\nS: m" + QByteArray::number(i) + "\nS: .\n";
            script += "E: started " + QByteArray::number(i) + ' ' + QByteArray::number(i) + '\n';
            script += "E: done " + QByteArray::number(i) + ' ' + QByteArray::number(i) + ' '
                + QByteArray::number(QByteArray::number(i).size() + 3) + '\n';
            if (i + 3 <= 10000) {
                script += "C: RETR " + QByteArray::number(i + 3) + '\n';
            }
        }
        const QString problem = runner.run(script);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(runner.bodies().size(), 10000);
        QCOMPARE(runner.session().pendingCommands(), 0);
        QCOMPARE(runner.idleEvents(), 2); // after Ready, and after the last RETR
    }

    void pipelineWindowBytes()
    {
        Pop3SessionConfig cfg = config(Pop3Security::ImplicitTls);
        cfg.maxBytesInFlight = 20; // "RETR 1\r\n" is 8 octets: two fit
        Pop3ScriptRunner runner(cfg, false);
        const QString problem = runner.run("S: +OK\nC: CAPA\n" + capaPipelining + loginUserPass
            + "do: retr 1 1\ndo: retr 2 2\ndo: retr 3 3\nC: RETR 1\nC: RETR 2\n"
              "S: +OK\nS: .\nE: started 1 1\nE: done 1 1 0\nC: RETR 3\n");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPop3Session)
#include "tst_pop3session.moc"
