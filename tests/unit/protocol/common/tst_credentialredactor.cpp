#include "protocol/common/credentialredactor.h"

#include <QRandomGenerator>
#include <QTest>

using Letterbox::Protocol::CredentialRedactor;
using Letterbox::Protocol::WireProtocol;

Q_DECLARE_METATYPE(Letterbox::Protocol::WireProtocol)

/// Scripts are "C: line" and "S: line"; the client lines come back redacted, joined by '\n'.
class TestCredentialRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void script_data();
    void script();
    void passwordNeverShown_data();
    void passwordNeverShown();
    void randomLinesAfterLoginNeverLeak();

private:
    static QString run(WireProtocol protocol, const QStringList &script);
};

QString TestCredentialRedactor::run(WireProtocol protocol, const QStringList &script)
{
    CredentialRedactor redactor(protocol);
    QStringList shown;
    for (const QString &line : script) {
        if (line.startsWith(QLatin1String("C: "))) {
            shown.append(redactor.client(QStringView(line).sliced(3)));
        } else {
            redactor.server(QStringView(line).sliced(3));
        }
    }
    return shown.join(QLatin1Char('\n'));
}

void TestCredentialRedactor::script_data()
{
    QTest::addColumn<WireProtocol>("protocol");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("expected");

    const auto imap = WireProtocol::Imap;
    const auto pop3 = WireProtocol::Pop3;
    const auto smtp = WireProtocol::Smtp;

    // What the tap already masked passes unchanged: never "*** ***".
    QTest::newRow("imap-login-already-masked")
        << imap << QStringList {u"C: A1 LOGIN alice ***"_qs} << u"A1 LOGIN alice ***"_qs;
    QTest::newRow("imap-login-plain") << imap << QStringList {u"C: A1 LOGIN alice hunter2"_qs}
                                      << u"A1 LOGIN alice ***"_qs;
    QTest::newRow("imap-login-lower-case-tabs")
        << imap << QStringList {u"C: a1\tlogin\talice\thunter2"_qs} << u"a1\tlogin\talice ***"_qs;
    QTest::newRow("imap-login-quoted-with-escapes")
        << imap << QStringList {u"C: A1 LOGIN \"al\\\"ice\" \"pa ss\\\"word\""_qs} << u"A1 LOGIN \"al\\\"ice\" ***"_qs;
    QTest::newRow("imap-login-unterminated-user")
        << imap << QStringList {u"C: A1 LOGIN \"alice hunter2"_qs} << u"A1 LOGIN ***"_qs;
    QTest::newRow("imap-login-literal-password")
        << imap
        << QStringList {u"C: A1 LOGIN alice {7}"_qs, u"S: + go ahead"_qs, u"C: hunter2"_qs, u"S: A1 OK done"_qs,
               u"C: A2 SELECT INBOX"_qs}
        << u"A1 LOGIN alice ***\n***\nA2 SELECT INBOX"_qs; // even the length goes
    QTest::newRow("imap-login-literal-user")
        << imap << QStringList {u"C: A1 LOGIN {5}"_qs, u"S: + "_qs, u"C: alice \"hunter2\""_qs, u"S: A1 OK"_qs}
        << u"A1 LOGIN ***\n***"_qs;
    QTest::newRow("imap-login-no-password") << imap << QStringList {u"C: A1 LOGIN alice"_qs} << u"A1 LOGIN alice"_qs;
    QTest::newRow("imap-authenticate-ir")
        << imap << QStringList {u"C: A1 AUTHENTICATE PLAIN AGFsaWNlAGh1bnRlcjI="_qs} << u"A1 AUTHENTICATE PLAIN ***"_qs;
    QTest::newRow("imap-authenticate-empty-ir")
        << imap << QStringList {u"C: A1 AUTHENTICATE PLAIN ="_qs} << u"A1 AUTHENTICATE PLAIN ="_qs;
    QTest::newRow("imap-authenticate-continuations")
        << imap
        << QStringList {u"C: A1 AUTHENTICATE LOGIN"_qs, u"S: + VXNlcm5hbWU6"_qs, u"C: YWxpY2U="_qs,
               u"S: + UGFzc3dvcmQ6"_qs, u"C: aHVudGVyMg=="_qs, u"S: A1 OK logged in"_qs, u"C: A2 NOOP"_qs}
        << u"A1 AUTHENTICATE LOGIN\n***\n***\nA2 NOOP"_qs;
    QTest::newRow("imap-authenticate-other-tag-does-not-end-it")
        << imap
        << QStringList {u"C: A1 CAPABILITY"_qs, u"C: A2 AUTHENTICATE XOAUTH2"_qs, u"S: A1 OK done"_qs, u"S: + "_qs,
               u"C: dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2tlbgEB"_qs, u"S: * BYE"_qs, u"C: A3 NOOP"_qs}
        << u"A1 CAPABILITY\nA2 AUTHENTICATE XOAUTH2\n***\nA3 NOOP"_qs;
    QTest::newRow("imap-authenticate-cancel-visible")
        << imap << QStringList {u"C: A1 AUTHENTICATE PLAIN"_qs, u"S: + "_qs, u"C: *"_qs, u"S: A1 BAD cancelled"_qs}
        << u"A1 AUTHENTICATE PLAIN\n*"_qs;
    QTest::newRow("imap-other-commands-untouched")
        << imap << QStringList {u"C: A5 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 812)"_qs, u"C: DONE"_qs, u"C: "_qs}
        << u"A5 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 812)\nDONE\n"_qs;
    QTest::newRow("imap-tag-only") << imap << QStringList {u"C: LOGIN"_qs} << u"LOGIN"_qs;

    QTest::newRow("pop3-pass") << pop3 << QStringList {u"C: USER alice"_qs, u"C: PASS hunter2 with spaces"_qs}
                               << u"USER alice\nPASS ***"_qs;
    QTest::newRow("pop3-pass-already-masked") << pop3 << QStringList {u"C: PASS ***"_qs} << u"PASS ***"_qs;
    QTest::newRow("pop3-pass-lower") << pop3 << QStringList {u"C: pass hunter2"_qs} << u"pass ***"_qs;
    QTest::newRow("pop3-apop") << pop3 << QStringList {u"C: APOP alice c4c9334bac560ecc979e58001b3e22fb"_qs}
                               << u"APOP alice ***"_qs;
    QTest::newRow("pop3-auth-list-is-not-sasl")
        << pop3 << QStringList {u"C: AUTH"_qs, u"S: +OK"_qs, u"C: STAT"_qs} << u"AUTH\nSTAT"_qs;
    QTest::newRow("pop3-auth-steps") << pop3
                                     << QStringList {u"C: AUTH PLAIN"_qs, u"S: + "_qs, u"C: AGFsaWNlAGh1bnRlcjI="_qs,
                                            u"S: +OK maildrop locked"_qs, u"C: STAT"_qs}
                                     << u"AUTH PLAIN\n***\nSTAT"_qs;
    QTest::newRow("pop3-auth-ir") << pop3 << QStringList {u"C: AUTH XOAUTH2 dXNlcj1h"_qs} << u"AUTH XOAUTH2 ***"_qs;

    QTest::newRow("smtp-auth-plain-ir") << smtp << QStringList {u"C: AUTH PLAIN AGFsaWNlAGh1bnRlcjI="_qs}
                                        << u"AUTH PLAIN ***"_qs;
    QTest::newRow("smtp-auth-login-steps")
        << smtp
        << QStringList {u"C: AUTH LOGIN"_qs, u"S: 334 VXNlcm5hbWU6"_qs, u"C: YWxpY2U="_qs, u"S: 334 UGFzc3dvcmQ6"_qs,
               u"C: aHVudGVyMg=="_qs, u"S: 235 2.7.0 Authentication successful"_qs, u"C: MAIL FROM:<a@b>"_qs}
        << u"AUTH LOGIN\n***\n***\nMAIL FROM:<a@b>"_qs;
    QTest::newRow("smtp-xoauth2-error-then-empty")
        << smtp
        << QStringList {u"C: AUTH XOAUTH2 dG9rZW4="_qs, u"S: 334 eyJzdGF0dXMiOiI0MDEifQ=="_qs, u"C: "_qs,
               u"S: 535-5.7.8 Username and"_qs, u"C: RSET"_qs, u"S: 535 5.7.8 password not accepted"_qs, u"C: QUIT"_qs}
        << u"AUTH XOAUTH2 ***\n\n***\nQUIT"_qs;
    QTest::newRow("smtp-auth-alone") << smtp << QStringList {u"C: AUTH"_qs} << u"AUTH"_qs;
}

void TestCredentialRedactor::script()
{
    QFETCH(WireProtocol, protocol);
    QFETCH(QStringList, script);
    QFETCH(QString, expected);
    QCOMPARE(run(protocol, script), expected);
}

void TestCredentialRedactor::passwordNeverShown_data()
{
    QTest::addColumn<WireProtocol>("protocol");
    QTest::addColumn<QString>("line");

    // The password "Sesame42" in every place a credential goes, in odd spellings.
    QTest::newRow("imap-login-atom") << WireProtocol::Imap << u"x login bob Sesame42"_qs;
    QTest::newRow("imap-login-quoted") << WireProtocol::Imap << u"x LOGIN \"bob\" \"Sesame42\""_qs;
    QTest::newRow("imap-login-extra-blanks") << WireProtocol::Imap << u"x  LOGIN   bob    Sesame42  "_qs;
    QTest::newRow("imap-login-list-user") << WireProtocol::Imap << u"x LOGIN (bob Sesame42"_qs;
    QTest::newRow("imap-authenticate") << WireProtocol::Imap << u"x AUTHENTICATE plain Sesame42"_qs;
    QTest::newRow("pop3-pass") << WireProtocol::Pop3 << u"PASS  Sesame42"_qs;
    QTest::newRow("pop3-auth") << WireProtocol::Pop3 << u"auth login Sesame42"_qs;
    QTest::newRow("pop3-apop") << WireProtocol::Pop3 << u"APOP bob Sesame42"_qs;
    QTest::newRow("smtp-auth") << WireProtocol::Smtp << u"auth\tplain\tSesame42"_qs;
}

void TestCredentialRedactor::passwordNeverShown()
{
    QFETCH(WireProtocol, protocol);
    QFETCH(QString, line);
    CredentialRedactor redactor(protocol);
    const QString shown = redactor.client(line);
    QVERIFY2(!shown.contains(QLatin1String("Sesame42")), qPrintable(shown));
    QVERIFY(shown.contains(CredentialRedactor::mask()));
}

void TestCredentialRedactor::randomLinesAfterLoginNeverLeak()
{
    // Whatever follows a SASL start before the server ends it (noise, binary, long lines),
    // nothing of it is shown.
    QRandomGenerator random(12); // fixed seed: the same run every time
    for (WireProtocol protocol : {WireProtocol::Imap, WireProtocol::Pop3, WireProtocol::Smtp}) {
        CredentialRedactor redactor(protocol);
        (void)redactor.client(protocol == WireProtocol::Imap ? u"t AUTHENTICATE LOGIN"_qs : u"AUTH LOGIN"_qs);
        for (int i = 0; i < 200; ++i) {
            QString line;
            const int length = 1 + int(random.bounded(300));
            for (int c = 0; c < length; ++c) {
                line += QChar(char16_t(0x21 + random.bounded(0x5e)));
            }
            line += QLatin1String("Sesame42");
            const QString shown = redactor.client(line);
            QVERIFY2(!shown.contains(QLatin1String("Sesame42")), qPrintable(shown));
            // Continuation requests keep the exchange going.
            redactor.server(protocol == WireProtocol::Smtp ? u"334 UGFzc3dvcmQ6"_qs : u"+ UGFzc3dvcmQ6"_qs);
        }
    }
}

QTEST_GUILESS_MAIN(TestCredentialRedactor)
#include "tst_credentialredactor.moc"
