#include "protocol/imap/imapencoder.h"
#include "protocol/imap/imaplexer.h"

#include <QTest>
#include <QTimeZone>

using namespace Letterbox::Imap;

namespace {

// The bytes of a command with "|" where the session must wait for "+".
QByteArray wire(const ImapCommand &command)
{
    QByteArray out;
    for (const ImapCommand::Piece &piece : command.pieces) {
        out += piece.data.bytes;
        if (piece.waitForContinuation) {
            out += '|';
        }
    }
    return out;
}

ImapEncoderOptions plus()
{
    ImapEncoderOptions options;
    options.literalPlus = true;
    return options;
}

} // namespace

class TestImapEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<ImapCommand>("command");
        QTest::addColumn<QByteArray>("expected");
        ImapEncoder e; // no LITERAL+
        ImapEncoder p(plus()); // LITERAL+
        ImapFetchRequest headers;
        headers.flags = headers.envelope = headers.bodyStructure = headers.size = headers.internalDate = true;
        headers.modSeq = true;
        ImapFetchRequest changed;
        changed.flags = true;
        changed.changedSince = 7749;
        changed.vanished = true;
        ImapFetchRequest sections;
        sections.uid = false;
        sections.sections = {{"HEADER", true, false, {}}, {"1.2", true, false, std::pair<quint64, quint64> {0, 2048}},
            {"HEADER.FIELDS (DATE FROM)", true, false, {}}, {"", false, false, {}}, {"2", true, true, {}}};
        ImapQresync q;
        q.uidValidity = 67890007;
        q.modSeq = 20050715194045000;
        q.knownUids = *ImapSequenceSet::parse("41,43:211,214:541");
        ImapListOptions listOptions;
        listOptions.specialUse = true;
        listOptions.statusItems = {"MESSAGES", "UNSEEN"};

        QTest::newRow("capability") << e.capability() << QByteArray("A1 CAPABILITY\r\n");
        QTest::newRow("tags-count-up") << e.noop() << QByteArray("A2 NOOP\r\n");
        QTest::newRow("logout") << e.logout() << QByteArray("A3 LOGOUT\r\n");
        QTest::newRow("starttls") << e.startTls() << QByteArray("A4 STARTTLS\r\n");
        QTest::newRow("compress") << e.compressDeflate() << QByteArray("A5 COMPRESS DEFLATE\r\n");
        QTest::newRow("namespace") << e.namespaces() << QByteArray("A6 NAMESPACE\r\n");
        QTest::newRow("id") << e.id({{"name", "Letterbox"}, {"version", "0.1"}})
                            << QByteArray("A7 ID (\"name\" \"Letterbox\" \"version\" \"0.1\")\r\n");
        QTest::newRow("id-nil") << e.id({}) << QByteArray("A8 ID NIL\r\n");
        QTest::newRow("enable") << e.enable({"CONDSTORE", "QRESYNC", "UTF8=ACCEPT"})
                                << QByteArray("A9 ENABLE CONDSTORE QRESYNC UTF8=ACCEPT\r\n");
        QTest::newRow("login-quoted") << e.login(QStringLiteral("alice"), QStringLiteral("Wonder \"land\"\\42"))
                                      << QByteArray("A10 LOGIN alice \"Wonder \\\"land\\\"\\\\42\"\r\n");
        QTest::newRow("login-8bit-password-sync-literal") << e.login(QStringLiteral("alice"),
            QStringLiteral("p\u00e4ss")) << QByteArray("A11 LOGIN alice {5}\r\n|p\xc3\xa4ss\r\n");
        QTest::newRow("login-8bit-password-literal-plus") << p.login(QStringLiteral("al ice"),
            QStringLiteral("p\u00e4ss")) << QByteArray("A1 LOGIN \"al ice\" {5+}\r\np\xc3\xa4ss\r\n");
        QTest::newRow("idle") << e.idle() << QByteArray("A12 IDLE\r\n");
        QTest::newRow("done") << ImapEncoder::idleDone() << QByteArray("DONE\r\n");
        QTest::newRow("list-return") << e.list(QString(), QStringLiteral("*"),
            listOptions) << QByteArray("A13 LIST \"\" \"*\" RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN))\r\n");
        QTest::newRow("list-utf7-pattern") << e.list(QString(), QStringLiteral("Entw\u00fcrfe/%"))
                                           << QByteArray("A14 LIST \"\" \"Entw&APw-rfe/%\"\r\n");
        QTest::newRow("select-condstore")
            << e.select(QStringLiteral("INBOX"), {true, {}}) << QByteArray("A15 SELECT INBOX (CONDSTORE)\r\n");
        QTest::newRow("select-qresync") << e.select(QStringLiteral("inbox"), {false, q})
                                        << QByteArray("A16 SELECT INBOX (QRESYNC (67890007 20050715194045000 "
                                                      "41,43:211,214:541))\r\n");
        QTest::newRow("examine-utf7") << e.examine(QStringLiteral("Entw\u00fcrfe"))
                                      << QByteArray("A17 EXAMINE Entw&APw-rfe\r\n");
        QTest::newRow("select-name-with-space")
            << e.select(QStringLiteral("My Mail")) << QByteArray("A18 SELECT \"My Mail\"\r\n");
        QTest::newRow("uid-fetch-headers") << e.uidFetch(*ImapSequenceSet::parse("1:*"), headers)
                                           << QByteArray("A19 UID FETCH 1:* (UID FLAGS MODSEQ INTERNALDATE RFC822.SIZE "
                                                         "ENVELOPE BODYSTRUCTURE)\r\n");
        QTest::newRow("uid-fetch-changedsince-vanished") << e.uidFetch(*ImapSequenceSet::parse("300:500"),
            changed) << QByteArray("A20 UID FETCH 300:500 (UID FLAGS) (CHANGEDSINCE 7749 VANISHED)\r\n");
        QTest::newRow("uid-fetch-sections")
            << e.uidFetch(ImapSequenceSet::range(5, 5), sections)
            << QByteArray("A21 UID FETCH 5 (BODY.PEEK[HEADER] BODY.PEEK[1.2]<0.2048> "
                          "BODY.PEEK[HEADER.FIELDS (DATE FROM)] BODY[] BINARY.PEEK[2])\r\n");
        QTest::newRow("uid-store-silent") << e.uidStore(ImapSequenceSet::fromNumbers({1, 2, 3, 7}), ImapStoreMode::Add,
            {"\\Seen", "$Forwarded"}) << QByteArray("A22 UID STORE 1:3,7 +FLAGS.SILENT (\\Seen $Forwarded)\r\n");
        QTest::newRow("uid-store-unchangedsince") << e.uidStore(ImapSequenceSet::range(4, 4), ImapStoreMode::Remove,
            {"\\Flagged"}, false, 12345) << QByteArray("A23 UID STORE 4 (UNCHANGEDSINCE 12345) -FLAGS (\\Flagged)\r\n");
        QTest::newRow("uid-move") << e.uidMove(ImapSequenceSet::range(1, 2), QStringLiteral("Trash"))
                                  << QByteArray("A24 UID MOVE 1:2 Trash\r\n");
        QTest::newRow("uid-copy") << e.uidCopy(ImapSequenceSet::range(3, 3), QStringLiteral("Archive/2026"))
                                  << QByteArray("A25 UID COPY 3 Archive/2026\r\n");
        QTest::newRow("uid-expunge") << e.uidExpunge(ImapSequenceSet::range(3, 9))
                                     << QByteArray("A26 UID EXPUNGE 3:9\r\n");
        QTest::newRow("expunge") << e.expunge() << QByteArray("A27 EXPUNGE\r\n");
        QTest::newRow("append-sync-literal")
            << e.append(QStringLiteral("Sent"), {"\\Seen"},
                   QDateTime(QDate(2026, 3, 2), QTime(9, 5, 1), QTimeZone(3600)), "Subject: x\r\n\r\nhi\r\n")
            << QByteArray(
                   "A28 APPEND Sent (\\Seen) \"02-Mar-2026 09:05:01 +0100\" {18}\r\n|Subject: x\r\n\r\nhi\r\n\r\n");
        QTest::newRow("append-literal-plus") << p.append(QStringLiteral("Drafts"), {}, std::nullopt, "abc")
                                             << QByteArray("A2 APPEND Drafts {3+}\r\nabc\r\n");
        QTest::newRow("uid-search") << e.uidSearch({ImapSearchToken::atom("SINCE"), ImapSearchToken::atom("1-Feb-2026"),
            ImapSearchToken::atom("TEXT"), ImapSearchToken::string(QStringLiteral("a \"b\""))})
                                    << QByteArray("A29 UID SEARCH SINCE 1-Feb-2026 TEXT \"a \\\"b\\\"\"\r\n");
        QTest::newRow("uid-search-esearch-utf8-charset")
            << e.uidSearch(
                   {ImapSearchToken::atom("OR"), ImapSearchToken::open(), ImapSearchToken::atom("UID"),
                       ImapSearchToken::sequence(ImapSequenceSet::from(100)), ImapSearchToken::close(),
                       ImapSearchToken::atom("SUBJECT"), ImapSearchToken::string(QStringLiteral("Gr\u00fc\u00dfe"))},
                   {"MIN", "COUNT"})
            << QByteArray(
                   "A30 UID SEARCH RETURN (MIN COUNT) CHARSET UTF-8 OR (UID 100:*) SUBJECT {7}\r\n|Gr\xc3\xbc\xc3\x9f"
                   "e\r\n");
        QTest::newRow("status") << e.status(QStringLiteral("INBOX"), {"MESSAGES", "UIDNEXT", "HIGHESTMODSEQ"})
                                << QByteArray("A31 STATUS INBOX (MESSAGES UIDNEXT HIGHESTMODSEQ)\r\n");
        QTest::newRow("rename") << e.rename(QStringLiteral("A"), QStringLiteral("B & C"))
                                << QByteArray("A32 RENAME A \"B &- C\"\r\n");
        QTest::newRow("create-nil-is-quoted")
            << e.create(QStringLiteral("NIL")) << QByteArray("A33 CREATE \"NIL\"\r\n");
        QTest::newRow("authenticate-no-sasl-ir")
            << e.authenticate("PLAIN", QByteArray("\0alice\0pw", 9)) << QByteArray("A34 AUTHENTICATE PLAIN\r\n");
        QTest::newRow("authenticate-response") << ImapEncoder::authenticateResponse("abc") << QByteArray("YWJj\r\n");
        QTest::newRow("authenticate-cancel") << ImapEncoder::authenticateCancel() << QByteArray("*\r\n");
    }

    void commands()
    {
        QFETCH(ImapCommand, command);
        QFETCH(QByteArray, expected);
        QVERIFY2(command.isValid(), qPrintable(command.error));
        QCOMPARE(wire(command), expected);
        QCOMPARE(command.needsContinuation(), expected.contains('|'));
    }

    void injectionIsRefused_data()
    {
        QTest::addColumn<ImapCommand>("command");
        ImapEncoder e;
        ImapFetchRequest badSection;
        badSection.sections = {{"HEADER]\r\nA9 DELETE INBOX\r\nA10 NOOP [", true, false, {}}};
        ImapFetchRequest vanishedWithoutChangedSince;
        vanishedWithoutChangedSince.vanished = true;
        QTest::newRow("flag-with-crlf") << e.uidStore(
            ImapSequenceSet::range(1, 1), ImapStoreMode::Add, {"\\Seen)\r\nA2 DELETE INBOX"});
        QTest::newRow("flag-with-space") << e.uidStore(ImapSequenceSet::range(1, 1), ImapStoreMode::Add, {"a b"});
        QTest::newRow("enable-with-crlf") << e.enable({"QRESYNC\r\nA3 LOGOUT"});
        QTest::newRow("mechanism-with-crlf") << e.authenticate("PLAIN\r\nA4 LOGOUT");
        QTest::newRow("section-with-crlf") << e.uidFetch(ImapSequenceSet::range(1, 1), badSection);
        QTest::newRow("search-key-with-crlf") << e.uidSearch({ImapSearchToken::atom("ALL\r\nA5 LOGOUT")});
        QTest::newRow("status-item-with-space") << e.status(QStringLiteral("INBOX"), {"MESSAGES UIDNEXT"});
        QTest::newRow("nul-in-password") << e.login(QStringLiteral("a"), QStringLiteral("p\u0000w"));
        QTest::newRow("empty-mailbox") << e.select(QString());
        QTest::newRow("empty-uid-set") << e.uidMove({}, QStringLiteral("Trash"));
        QTest::newRow("nul-in-append-without-binary")
            << e.append(QStringLiteral("Sent"), {}, std::nullopt, QByteArray("a\0b", 3));
        QTest::newRow("vanished-needs-changedsince")
            << e.uidFetch(ImapSequenceSet::range(1, 1), vanishedWithoutChangedSince);
        QTest::newRow("invalid-date") << e.append(QStringLiteral("Sent"), {}, QDateTime(), "x");
        QTest::newRow("qresync-without-modseq") << e.select(QStringLiteral("INBOX"), {false, ImapQresync {}});
    }

    void injectionIsRefused()
    {
        QFETCH(ImapCommand, command);
        QVERIFY(!command.isValid());
        QVERIFY(!command.error.isEmpty());
        QVERIFY(command.pieces.isEmpty());
        QVERIFY(command.tag.isEmpty());
    }

    void refusedCommandsTakeNoTag()
    {
        ImapEncoder e;
        QVERIFY(!e.enable({}).isValid());
        QCOMPARE(e.noop().tag, QByteArray("A1"));
    }

    void mailboxNamesWithCrLfGoAsLiterals()
    {
        ImapEncoderOptions options;
        options.utf8Accepted = true;
        ImapEncoder e(options);
        const ImapCommand c = e.select(QStringLiteral("a\r\nA2 LOGOUT"));
        QVERIFY(c.isValid());
        QCOMPARE(wire(c), QByteArray("A1 SELECT {12}\r\n|a\r\nA2 LOGOUT\r\n"));
    }

    void literalMinusIsUsedUpTo4096Bytes()
    {
        ImapEncoderOptions options;
        options.literalMinus = true;
        ImapEncoder e(options);
        QVERIFY(!e.append(QStringLiteral("Sent"), {}, std::nullopt, QByteArray(4096, 'x')).needsContinuation());
        QVERIFY(e.append(QStringLiteral("Sent"), {}, std::nullopt, QByteArray(4097, 'x')).needsContinuation());
    }

    void appendMessageIsAPayloadPiece()
    {
        ImapEncoder e;
        const ImapCommand c = e.append(QStringLiteral("Sent"), {}, std::nullopt, "Subject: secret plans\r\n\r\nx");
        QCOMPARE(c.pieces.size(), 3);
        QCOMPARE(c.pieces[0].data.kind, Letterbox::Protocol::OutgoingData::Kind::Command);
        QVERIFY(c.pieces[0].waitForContinuation);
        QCOMPARE(c.pieces[1].data.kind, Letterbox::Protocol::OutgoingData::Kind::Payload);
        QCOMPARE(c.pieces[2].data.bytes, QByteArray("\r\n"));
        QVERIFY(!c.redacted().contains("secret plans"));
        QVERIFY(c.redacted().contains("26 bytes of message"));
    }

    void binaryAppendUsesLiteral8()
    {
        ImapEncoderOptions options;
        options.binary = true;
        options.literalPlus = true;
        ImapEncoder e(options);
        const ImapCommand c = e.append(QStringLiteral("Sent"), {}, std::nullopt, QByteArray("a\0b", 3));
        QVERIFY(c.isValid());
        QCOMPARE(c.bytes(), QByteArray("A1 APPEND Sent ~{3+}\r\na\0b\r\n", 27));
    }

    void secretsAreMasked_data()
    {
        QTest::addColumn<ImapCommand>("command");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("shown");
        ImapEncoder e;
        ImapEncoderOptions ir;
        ir.saslIr = true;
        ImapEncoder s(ir);
        QTest::newRow("login-quoted") << e.login(QStringLiteral("alice"), QStringLiteral("Wonderland-42"))
                                      << QByteArray("Wonderland-42") << QByteArray("A1 LOGIN alice ***\r\n");
        QTest::newRow("login-literal") << e.login(QStringLiteral("alice"), QStringLiteral("line\nbreak"))
                                       << QByteArray("line\nbreak") << QByteArray("A2 LOGIN alice {10}\r\n***\r\n");
        QTest::newRow("sasl-ir") << s.authenticate("PLAIN", QByteArray("\0alice\0pw", 9)) << QByteArray("AGFsaWNlAHB3")
                                 << QByteArray("A1 AUTHENTICATE PLAIN ***\r\n");
        QTest::newRow("sasl-ir-empty") << s.authenticate("EXTERNAL", QByteArray("")) << QByteArray("=")
                                       << QByteArray("A2 AUTHENTICATE EXTERNAL ***\r\n");
        QTest::newRow("sasl-response") << ImapEncoder::authenticateResponse("token") << QByteArray("dG9rZW4=")
                                       << QByteArray("***\r\n");
    }

    void secretsAreMasked()
    {
        QFETCH(ImapCommand, command);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, shown);
        QVERIFY(command.isValid());
        QVERIFY(command.bytes().contains(secret));
        QVERIFY(!command.redacted().contains(secret));
        QCOMPARE(command.redacted(), shown);
    }

    // Whatever string goes in, the lexer reads the same string back from the command line.
    void stringsRoundTripThroughTheLexer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("atom") << QStringLiteral("alice");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("quotes-and-backslashes") << QStringLiteral("\"\\\"\\\\");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb");
        QTest::newRow("eight-bit") << QStringLiteral("Gr\u00fc\u00dfe");
        QTest::newRow("braces") << QStringLiteral("{5}");
        QTest::newRow("empty") << QString();
        QTest::newRow("long") << QString(2000, QLatin1Char('z'));
    }

    void stringsRoundTripThroughTheLexer()
    {
        QFETCH(QString, text);
        for (bool literalPlus : {false, true}) {
            ImapEncoderOptions options;
            options.literalPlus = literalPlus;
            ImapEncoder e(options);
            const QByteArray bytes = e.login(QStringLiteral("u"), text).bytes();
            ImapCursor cursor(bytes);
            QByteArray tag, command, user, password;
            QVERIFY(ImapLexer::readAtom(cursor, tag));
            QVERIFY(ImapLexer::readSpace(cursor));
            QVERIFY(ImapLexer::readAtom(cursor, command));
            QVERIFY(ImapLexer::readSpace(cursor));
            QVERIFY(ImapLexer::readAString(cursor, user));
            QVERIFY(ImapLexer::readSpace(cursor));
            QVERIFY(ImapLexer::readAString(cursor, password));
            QVERIFY(ImapLexer::readLineEnd(cursor));
            QCOMPARE(QString::fromUtf8(password), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestImapEncoder)
#include "tst_imapencoder.moc"
