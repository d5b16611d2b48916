#include "protocol/common/commandannotator.h"

#include <QTest>

using Letterbox::Protocol::CommandAnnotator;
using Letterbox::Protocol::WireProtocol;

Q_DECLARE_METATYPE(Letterbox::Protocol::WireProtocol)

class TestCommandAnnotator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void single_data();
    void single();
    void saslContinuationsAreNamedNotShown();
    void idleAndDone();
    void payload();
    void hostileLinesNeverCrash_data();
    void hostileLinesNeverCrash();
};

void TestCommandAnnotator::single_data()
{
    QTest::addColumn<WireProtocol>("protocol");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    const auto imap = WireProtocol::Imap;
    const auto pop3 = WireProtocol::Pop3;
    const auto smtp = WireProtocol::Smtp;

    QTest::newRow("imap-changedsince")
        << imap << u"A7 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 812)"_qs
        << u"ask only for the flags of every message changed since the last visit (mod-sequence 812)"_qs;
    QTest::newRow("imap-changedsince-vanished")
        << imap << u"A7 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 812 VANISHED)"_qs
        << u"ask only for the flags of every message changed since the last visit (mod-sequence 812), and which ones "
           u"were deleted meanwhile"_qs;
    QTest::newRow("imap-fetch-whole") << imap << u"A8 UID FETCH 41 (UID BODY.PEEK[])"_qs
                                      << u"download the message with UID 41 in full"_qs;
    QTest::newRow("imap-fetch-headers-lower")
        << imap << u"a9 uid fetch 1:40 (uid flags envelope bodystructure rfc822.size)"_qs
        << u"ask for the headers, the structure (parts and their sizes), the flags, the size of the messages with UIDs 1:40"_qs;
    QTest::newRow("imap-fetch-part") << imap << u"A1 UID FETCH 7 (BODY.PEEK[1.2])"_qs
                                     << u"ask for part 1.2 of the message with UID 7"_qs;
    QTest::newRow("imap-login") << imap << u"A1 LOGIN alice ***"_qs << u"log in as alice (password hidden)"_qs;
    QTest::newRow("imap-authenticate-oauth")
        << imap << u"A1 AUTHENTICATE xoauth2 ***"_qs << u"log in with XOAUTH2 (token hidden)"_qs;
    QTest::newRow("imap-select-qresync")
        << imap << u"A3 SELECT INBOX (QRESYNC (1700000000 812 1:40))"_qs
        << u"open the folder INBOX, hearing only what changed since the last visit (mod-sequence 812)"_qs;
    QTest::newRow("imap-select-quoted") << imap << u"A3 SELECT \"Sent Items\""_qs << u"open the folder Sent Items"_qs;
    QTest::newRow("imap-store-seen") << imap << u"A4 UID STORE 5 +FLAGS.SILENT (\\Seen)"_qs
                                     << u"the message with UID 5: mark as read"_qs;
    QTest::newRow("imap-store-as-the-tap-escapes-it")
        << imap << u"A4 UID STORE 5 +FLAGS.SILENT (\\\\Deleted)"_qs
        << u"the message with UID 5: mark as deleted (removed at the next expunge)"_qs;
    QTest::newRow("imap-store-unchangedsince")
        << imap << u"A4 UID STORE 5,9 (UNCHANGEDSINCE 3) -FLAGS (\\Flagged $label2)"_qs
        << u"the messages with UIDs 5,9: remove the star, remove the tag $label2"_qs;
    QTest::newRow("imap-move") << imap << u"A5 UID MOVE 3:4 Trash"_qs << u"move the messages with UIDs 3:4 to Trash"_qs;
    QTest::newRow("imap-uid-expunge")
        << imap << u"A6 UID EXPUNGE 3"_qs
        << u"remove the message with UID 3 for good (only these, if marked as deleted)"_qs;
    QTest::newRow("imap-append") << imap << u"A9 APPEND Sent (\\Seen) {4213}"_qs
                                 << u"upload a message of 4,213 bytes into Sent"_qs;
    QTest::newRow("imap-list-special-use") << imap << u"A2 LIST \"\" \"*\" RETURN (SPECIAL-USE)"_qs
                                           << u"list every folder with its role (Sent, Drafts, Trash…)"_qs;
    QTest::newRow("imap-unknown") << imap << u"A2 XYZZY 1 2"_qs << QString();
    QTest::newRow("imap-empty") << imap << QString() << QString();

    QTest::newRow("pop3-retr") << pop3 << u"RETR 3"_qs << u"download message 3 in full"_qs;
    QTest::newRow("pop3-dele") << pop3 << u"DELE 3"_qs
                               << u"delete message 3 from the server (done when the session ends)"_qs;
    QTest::newRow("pop3-top-0") << pop3 << u"TOP 2 0"_qs << u"download only the headers of message 2"_qs;
    QTest::newRow("pop3-uidl") << pop3 << u"uidl"_qs
                               << u"list every message's unique id, to spot those already downloaded"_qs;
    QTest::newRow("pop3-pass") << pop3 << u"PASS ***"_qs << u"send the password (hidden)"_qs;
    QTest::newRow("pop3-auth-list") << pop3 << u"AUTH"_qs << u"ask which login methods the server offers"_qs;

    QTest::newRow("smtp-auth") << smtp << u"AUTH PLAIN ***"_qs << u"log in with PLAIN (password hidden)"_qs;
    QTest::newRow("smtp-mail-size") << smtp << u"MAIL FROM:<alice@example.org> SIZE=4213 BODY=8BITMIME"_qs
                                    << u"start a message from alice@example.org (4,213 bytes)"_qs;
    QTest::newRow("smtp-mail-null") << smtp << u"MAIL FROM:<>"_qs << u"start a message from nobody"_qs;
    QTest::newRow("smtp-rcpt") << smtp << u"RCPT TO:<bob@example.org> NOTIFY=NEVER"_qs
                               << u"add the recipient bob@example.org"_qs;
    QTest::newRow("smtp-bdat-last") << smtp << u"BDAT 1000 LAST"_qs << u"send the last 1,000 bytes of the message"_qs;
}

void TestCommandAnnotator::single()
{
    QFETCH(WireProtocol, protocol);
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // 4,213 regardless of the machine's locale
    CommandAnnotator annotator(protocol);
    QCOMPARE(annotator.client(line), expected);
}

void TestCommandAnnotator::saslContinuationsAreNamedNotShown()
{
    CommandAnnotator smtp(WireProtocol::Smtp);
    QCOMPARE(smtp.client(u"AUTH LOGIN"_qs), u"log in with LOGIN (password hidden)"_qs);
    smtp.server(u"334 VXNlcm5hbWU6"_qs);
    QCOMPARE(smtp.client(u"***"_qs), u"the login answer (hidden)"_qs);
    smtp.server(u"235 2.7.0 ok"_qs);
    QCOMPARE(smtp.client(u"QUIT"_qs), u"end the session"_qs);

    CommandAnnotator imap(WireProtocol::Imap);
    (void)imap.client(u"A1 AUTHENTICATE PLAIN"_qs);
    imap.server(u"+ "_qs);
    QCOMPARE(imap.client(u"*"_qs), u"cancel the login"_qs);
    imap.server(u"A1 BAD cancelled"_qs);
    QCOMPARE(imap.client(u"A2 NOOP"_qs), u"nothing: keeps the connection alive and hears news"_qs);

    CommandAnnotator pop3(WireProtocol::Pop3);
    (void)pop3.client(u"AUTH PLAIN"_qs);
    pop3.server(u"+ "_qs);
    QCOMPARE(pop3.client(u"***"_qs), u"the login answer (hidden)"_qs);
    pop3.server(u"-ERR no"_qs);
    QCOMPARE(pop3.client(u"QUIT"_qs), u"end the session; the server now deletes what was marked"_qs);
}

void TestCommandAnnotator::idleAndDone()
{
    CommandAnnotator imap(WireProtocol::Imap);
    QCOMPARE(imap.client(u"A9 IDLE"_qs), u"wait for the server to announce new mail and changes (push)"_qs);
    QCOMPARE(imap.client(u"DONE"_qs), u"stop waiting for news (end IDLE)"_qs);
}

void TestCommandAnnotator::payload()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CommandAnnotator smtp(WireProtocol::Smtp);
    QCOMPARE(smtp.payload(12345), u"the message itself: 12,345 bytes, shown only as its size"_qs);
}

void TestCommandAnnotator::hostileLinesNeverCrash_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("unterminated-quote") << u"A1 SELECT \"INBOX"_qs;
    QTest::newRow("unterminated-list") << u"A1 UID FETCH 1 (FLAGS (BODY[HEADER.FIELDS (FROM"_qs;
    QTest::newRow("lone-backslash") << u"A1 SELECT \"\\"_qs;
    QTest::newRow("huge-set") << (u"A1 UID FETCH "_qs + QString(5000, QLatin1Char('9')) + u" (FLAGS)"_qs);
    QTest::newRow("bracket-at-end") << u"A1 FETCH 1 BODY["_qs;
    QTest::newRow("uid-alone") << u"A1 UID"_qs;
    QTest::newRow("store-no-op") << u"A1 STORE 1 (UNCHANGEDSINCE 4)"_qs;
    QTest::newRow("qresync-garbage") << u"A1 SELECT x (QRESYNC"_qs;
    QTest::newRow("qresync-short") << u"A1 SELECT x (QRESYNC ("_qs;
    QTest::newRow("literal-marker-only") << u"{"_qs;
    QTest::newRow("mail-angle-open") << u"MAIL FROM:<"_qs;
    QTest::newRow("nul-and-controls") << QString::fromUtf8("A1 LOGIN \x01\x02 \\x00");
    QTest::newRow("cut-by-tap") << u"A1 LOGIN alice … [4,000 more bytes]"_qs;
}

void TestCommandAnnotator::hostileLinesNeverCrash()
{
    QFETCH(QString, line);
    for (WireProtocol protocol : {WireProtocol::Imap, WireProtocol::Pop3, WireProtocol::Smtp}) {
        CommandAnnotator annotator(protocol);
        const QString text = annotator.client(line);
        QVERIFY(text.size() < 400); // bounded, whatever the line
        annotator.server(line);
    }
}

QTEST_GUILESS_MAIN(TestCommandAnnotator)
#include "tst_commandannotator.moc"
