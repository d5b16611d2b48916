#include "protocol/imap/imapframer.h"
#include "protocol/imap/imapparser.h"

#include "imapdescribe.h"
#include "splitfeeder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Letterbox::Imap;
using Letterbox::Imap::Testing::describe;
using Letterbox::Testing::SplitFeeder;

namespace {

// Frames @p chunks and parses every frame: one description per response, "error@offset:reason"
// for a parse error, "frame-error" for a poisoned frame.
QList<QByteArray> run(const QList<QByteArray> &chunks, const ImapParserOptions &options = {})
{
    ImapFramer framer;
    QList<QByteArray> out;
    for (const QByteArray &chunk : chunks) {
        framer.feed(chunk);
        for (auto f = framer.next(); f.kind != ImapFramer::Frame::Kind::NeedMoreData; f = framer.next()) {
            if (f.kind == ImapFramer::Frame::Kind::Error) {
                out.append("frame-error");
                continue;
            }
            const ImapParseResult result = ImapParser::parse(f.bytes, options);
            out.append(result.isOk() ? describe(*result.response)
                                     : "error@" + QByteArray::number(result.error.offset) + ':' + result.error.reason);
        }
    }
    return out;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/imap/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

} // namespace

class TestImapParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        auto row = [](const char *name, const QByteArray &input, const QByteArray &expected) {
            QTest::newRow(name) << input << expected;
        };
        // Status responses and codes (RFC 9051 7.1)
        row("dovecot-greeting", fixture(QStringLiteral("dovecot-greeting.txt")),
            "untagged OK [CAPABILITY IMAP4REV1,SASL-IR,LOGIN-REFERRALS,ID,ENABLE,IDLE,LITERAL+,STARTTLS,AUTH=PLAIN,"
            "AUTH=LOGIN,AUTH=CRAM-MD5] Dovecot (Debian) ready.");
        row("preauth-greeting", "* PREAUTH [CAPABILITY IMAP4rev2] Logged in as alice\r\n",
            "untagged PREAUTH [CAPABILITY IMAP4REV2] Logged in as alice");
        row("bye", "* BYE Autologout; idle for too long\r\n", "untagged BYE Autologout; idle for too long");
        row("tagged-ok-read-write", "a9 OK [READ-WRITE] Select completed.\r\n",
            "tagged a9 OK [READ-WRITE] Select completed.");
        row("tagged-no-trycreate", "A3 NO [TRYCREATE] No such mailbox\r\n", "tagged A3 NO [TRYCREATE] No such mailbox");
        row("tagged-bad-no-text", "A4 BAD\r\n", "tagged A4 BAD ");
        row("alert", "* OK [ALERT] System shutdown in 10 minutes\r\n",
            "untagged OK [ALERT] System shutdown in 10 minutes");
        row("uidvalidity", "* OK [UIDVALIDITY 1796175103] UIDs valid\r\n",
            "untagged OK [UIDVALIDITY=1796175103] UIDs valid");
        row("uidnext", "* OK [UIDNEXT 61] Predicted next UID\r\n", "untagged OK [UIDNEXT=61] Predicted next UID");
        row("unseen", "* OK [UNSEEN 16] First unseen.\r\n", "untagged OK [UNSEEN=16] First unseen.");
        row("highestmodseq-64-bit", "* OK [HIGHESTMODSEQ 18446744073709551615] Highest\r\n",
            "untagged OK [HIGHESTMODSEQ=18446744073709551615] Highest");
        row("nomodseq", "* OK [NOMODSEQ] No permanent modsequences\r\n",
            "untagged OK [NOMODSEQ] No permanent modsequences");
        row("permanentflags", "* OK [PERMANENTFLAGS (\\Answered \\Seen $Forwarded \\*)] Flags permitted.\r\n",
            "untagged OK [PERMANENTFLAGS \\Answered,\\Seen,$Forwarded,\\*] Flags permitted.");
        row("read-only", "A2 OK [READ-ONLY] Examine completed\r\n", "tagged A2 OK [READ-ONLY] Examine completed");
        row("dovecot-appenduid", fixture(QStringLiteral("dovecot-append-literalplus.txt")),
            "tagged a6 OK [APPENDUID 1796175104 1] Append completed (0.019 + 0.000 + 0.018 secs).");
        row("appenduid-multiappend", "A5 OK [APPENDUID 38505 3955:3957] done\r\n",
            "tagged A5 OK [APPENDUID 38505 3955:3957] done");
        row("dovecot-copyuid", fixture(QStringLiteral("dovecot-copy-copyuid.txt")),
            "tagged a8 OK [COPYUID 1796175102 1:2->9:10] Copy completed (0.003 + 0.000 + 0.002 secs).");
        row("closed", "* OK [CLOSED] Previous mailbox closed.\r\n", "untagged OK [CLOSED] Previous mailbox closed.");
        row("closed-without-text", "* OK [CLOSED]\r\n", "untagged OK [CLOSED] ");
        row("unknown-code-kept-raw", "A1 OK [CLIENTBUG] Status on selected mailbox\r\n",
            "tagged A1 OK [other CLIENTBUG:] Status on selected mailbox");
        row("unknown-code-with-argument", "* NO [BADCHARSET (UTF-8 US-ASCII)] charset\r\n",
            "untagged NO [other BADCHARSET:(UTF-8 US-ASCII)] charset");
        row("malformed-known-code-kept-raw", "* OK [UIDNEXT abc] x\r\n", "untagged OK [other UIDNEXT:abc] x");
        row("bracket-not-a-code", "* OK [not closed\r\n", "untagged OK [not closed");
        row("status-lowercase", "a1 ok Done\r\n", "tagged a1 OK Done");
        row("two-spaces-tolerated", "*  OK  hi\r\n", "untagged OK hi");
        row("bare-lf-line-end", "* OK hi\n", "untagged OK hi");

        // Continuation requests (RFC 9051 7.5)
        row("continuation-with-text", "+ Ready for literal data\r\n", "continue Ready for literal data");
        row("continuation-empty", "+\r\n", "continue ");
        row("continuation-sasl", "+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\r\n",
            "continue PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+");

        // Server data
        row("dovecot-capability", fixture(QStringLiteral("dovecot-capability.txt")).split('\n').first() + '\n',
            "capability IMAP4REV1,SASL-IR,LOGIN-REFERRALS,ID,ENABLE,IDLE,LITERAL+,STARTTLS,AUTH=PLAIN,AUTH=LOGIN,"
            "AUTH=CRAM-MD5");
        row("enabled", "* ENABLED CONDSTORE QRESYNC\r\n", "enabled CONDSTORE,QRESYNC");
        row("enabled-nothing", "* ENABLED\r\n", "enabled ");
        row("list-special-use-sent", "* LIST (\\Subscribed \\HasNoChildren \\Sent) \".\" Sent\r\n",
            "list \\Subscribed,\\HasNoChildren,\\Sent flags=88 use=sent delim=. wire=Sent name=Sent");
        row("list-each-special-use", "* LIST (\\Drafts \\Trash \\Junk \\Archive \\All \\Flagged) \"/\" X\r\n",
            "list \\Drafts,\\Trash,\\Junk,\\Archive,\\All,\\Flagged flags=0 use=drafts delim=/ wire=X name=X");
        row("list-noselect-haschildren", "* LIST (\\Noselect \\HasChildren) \".\" Projekte\r\n",
            "list \\Noselect,\\HasChildren flags=5 use=- delim=. wire=Projekte name=Projekte");
        row("list-modified-utf7", "* LIST (\\HasNoChildren) \".\" Entw&APw-rfe\r\n",
            "list \\HasNoChildren flags=8 use=- delim=. wire=Entw&APw-rfe name=Entw\xc3\xbcrfe");
        row("list-nil-delimiter", "* LIST (\\NoInferiors) NIL INBOX\r\n",
            "list \\NoInferiors flags=2 use=- delim=NIL wire=INBOX name=INBOX");
        row("list-quoted-name-with-space", "* LIST () \"/\" \"My \\\"Stuff\\\"\"\r\n",
            "list  flags=0 use=- delim=/ wire=My \"Stuff\" name=My \"Stuff\"");
        row("list-literal-name", "* LIST () \"/\" {8}\r\nfoo\r\nbar\r\n",
            "list  flags=0 use=- delim=/ wire=foo\r\nbar name=foo\r\nbar");
        row("list-extended-childinfo", "* LIST (\\Subscribed) \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n",
            "list \\Subscribed flags=80 use=- delim=/ wire=Foo name=Foo ext:CHILDINFO=(\"SUBSCRIBED\")");
        row("list-lowercase-inbox", "* LIST () \"/\" inbox\r\n", "list  flags=0 use=- delim=/ wire=inbox name=INBOX");
        row("lsub", "* LSUB () \".\" Sent\r\n", "lsub  flags=0 use=- delim=. wire=Sent name=Sent");
        row("status",
            "* STATUS INBOX (MESSAGES 59 UIDNEXT 61 UIDVALIDITY 1796175103 UNSEEN 10 HIGHESTMODSEQ 5 SIZE 4416528)\r\n",
            "status INBOX messages=59 recent=- uidnext=61 uidvalidity=1796175103 unseen=10 size=4416528 modseq=5");
        row("status-unknown-item-skipped", "* STATUS \"A b\" (RECENT 1 X-FOO (1 2) MESSAGES 2)\r\n",
            "status A b messages=2 recent=1 uidnext=- uidvalidity=- unseen=- size=- modseq=-");
        row("exists", "* 60 EXISTS\r\n", "exists 60");
        row("recent", "* 0 RECENT\r\n", "recent 0");
        row("expunge", "* 44 EXPUNGE\r\n", "expunge 44");
        row("flags", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
            "flags \\Answered,\\Flagged,\\Deleted,\\Seen,\\Draft");
        row("search", "* SEARCH 2 3 6\r\n", "search 2 3 6 modseq=-");
        row("search-empty", "* SEARCH\r\n", "search modseq=-");
        row("search-modseq", "* SEARCH 1 2 (MODSEQ 917162500)\r\n", "search 1 2 modseq=917162500");
        row("dovecot-esearch", fixture(QStringLiteral("dovecot-esearch.txt")).split('\n').first() + '\n',
            "esearch tag=a13 uid=1 min=1 max=60 count=60 all=1:60 modseq=-");
        row("esearch-no-tag-no-uid", "* ESEARCH COUNT 0\r\n", "esearch tag= uid=0 min=- max=- count=0 all=- modseq=-");
        row("vanished", "* VANISHED 405,707:710\r\n", "vanished 405,707:710");
        row("vanished-earlier", "* VANISHED (EARLIER) 41,43:116,118\r\n", "vanished earlier 41,43:116,118");
        row("dovecot-namespace", "* NAMESPACE ((\"\" \".\")) NIL NIL\r\n", "namespace [\"\".] [] []");
        row("namespace-three-kinds",
            "* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\"))) ((\"~\" \"/\")) ((\"#shared/\" "
            "NIL))\r\n",
            "namespace [\"\"/\"#mh/\"/] [\"~\"/] [\"#shared/\"NIL]");
        row("id", "* ID (\"name\" \"Dovecot\" \"version\" NIL)\r\n", "id name=\"Dovecot\" version=NIL");
        row("id-nil", "* ID NIL\r\n", "id");

        // FETCH (RFC 9051 7.5.2)
        row("fetch-flags-uid-modseq", "* 1 FETCH (UID 1 MODSEQ (3) FLAGS (\\Answered \\Flagged \\Seen \\Recent))\r\n",
            "fetch 1 uid=1 flags=\\Answered,\\Flagged,\\Seen,\\Recent modseq=3");
        row("fetch-empty-flags", "* 2 FETCH (FLAGS ())\r\n", "fetch 2 flags=");
        row("fetch-internaldate-size", "* 3 FETCH (INTERNALDATE \" 2-Mar-2026 01:26:48 +0100\" RFC822.SIZE 44827)\r\n",
            "fetch 3 date=2026-03-02T01:26:48+01:00 size=44827");
        row("fetch-envelope-group-and-nil",
            "* 4 FETCH (ENVELOPE (\"Mon, 2 Mar 2026 10:00:00 +0100\" NIL ((\"A\" NIL \"a\" \"x.org\")) NIL NIL "
            "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) ((NIL NIL \"team\" NIL)(\"B\" NIL \"b\" "
            "\"y.org\")(NIL NIL NIL NIL)) "
            "NIL \"<p@x>\" \"<m@x>\"))\r\n",
            "fetch 4 env(\"Mon, 2 Mar 2026 10:00:00 +0100\" NIL from=[\"A\"<a@x.org>] sender=[] reply=[] "
            "to=[group:\"undisclosed-recipients\",end] cc=[group:\"team\",\"B\"<b@y.org>,end] bcc=[] irt=\"<p@x>\" "
            "mid=\"<m@x>\")");
        row("fetch-envelope-literal-subject",
            "* 5 FETCH (ENVELOPE (NIL {5}\r\na\r\nbc NIL NIL NIL NIL NIL NIL NIL NIL))\r\n",
            "fetch 5 env(NIL \"a\r\nbc\" from=[] sender=[] reply=[] to=[] cc=[] bcc=[] irt=NIL mid=NIL)");
        row("fetch-bodystructure-text",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 347 10 NIL NIL "
            "NIL NIL))\r\n",
            "fetch 1 body=TEXT/PLAIN;CHARSET=us-ascii 7BIT 347 L10");
        row("fetch-bodystructure-nested-multipart",
            "* 2 FETCH (BODYSTRUCTURE (((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 120 4 "
            "NIL NIL NIL)"
            "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"base64\" 900 12 NIL NIL NIL) \"alternative\" "
            "(\"boundary\" \"b2\") NIL NIL)"
            "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 5000 NIL (\"attachment\" (\"filename\" "
            "\"a.pdf\")) NIL NIL)"
            " \"mixed\" (\"boundary\" \"b1\") NIL \"de\" NIL))\r\n",
            "fetch 2 body=MULTIPART/MIXED;BOUNDARY=b1 lang=de {MULTIPART/ALTERNATIVE;BOUNDARY=b2 "
            "{TEXT/PLAIN;CHARSET=utf-8 "
            "QUOTED-PRINTABLE 120 L4 | TEXT/HTML;CHARSET=utf-8 BASE64 900 L12} | APPLICATION/PDF;NAME=a.pdf BASE64 "
            "5000 "
            "disp=ATTACHMENT;FILENAME=a.pdf}");
        row("fetch-bodystructure-message-rfc822",
            "* 3 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1)(\"message\" \"rfc822\" NIL NIL "
            "NIL \"7bit\" 300 "
            "(NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL) (\"text\" \"plain\" NIL NIL NIL \"8bit\" 20 2) 8) "
            "\"mixed\"))\r\n",
            "fetch 3 body=MULTIPART/MIXED {TEXT/PLAIN 7BIT 10 L1 | MESSAGE/RFC822 7BIT 300 L8 env(NIL \"inner\" "
            "from=[] "
            "sender=[] reply=[] to=[] cc=[] bcc=[] irt=NIL mid=NIL) {TEXT/PLAIN 8BIT 20 L2}}");
        row("fetch-bodystructure-future-extensions-tolerated",
            "* 4 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL NIL (\"en\" \"de\") \"loc\" "
            "X-NEW (1 (2))))\r\n",
            "fetch 4 body=TEXT/PLAIN 7BIT 1 L1 lang=en,de");
        row("fetch-body-non-extensible", "* 5 FETCH (BODY (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1))\r\n",
            "fetch 5 body=TEXT/PLAIN 7BIT 1 L1");
        row("fetch-body-section-literal", "* 6 FETCH (UID 9 BODY[HEADER] {14}\r\nSubject: x\r\n\r\n)\r\n",
            "fetch 6 uid=9 body[HEADER]=\"Subject: x\r\n\r\n\"");
        row("fetch-body-partial-origin", "* 7 FETCH (BODY[1]<0> \"Hello\" BODY[1.2.MIME] NIL)\r\n",
            "fetch 7 body[1]<0>=\"Hello\" body[1.2.MIME]=NIL");
        row("fetch-header-fields-section", "* 8 FETCH (BODY[HEADER.FIELDS (DATE FROM)] {5}\r\nx\r\n\r\n)\r\n",
            "fetch 8 body[HEADER.FIELDS (DATE FROM)]=\"x\r\n\r\n\"");
        row("fetch-binary-literal8", QByteArray("* 9 FETCH (BINARY[2] ~{3}\r\na\0b BINARY.SIZE[2] 3)\r\n", 50),
            QByteArray("fetch 9 binary[2]=\"a\0b\" binarysize=3", 36));
        row("fetch-rfc822-items", "* 10 FETCH (RFC822.HEADER {2}\r\nh: RFC822 \"all\")\r\n",
            "fetch 10 body[HEADER]=\"h:\" body[]=\"all\"");
        row("fetch-unknown-item-kept", "* 11 FETCH (UID 3 X-GM-LABELS (\\Inbox \"Work\") SNIPPET (FUZZY \"Hi\"))\r\n",
            "fetch 11 uid=3 other:X-GM-LABELS=(\\Inbox \"Work\") other:SNIPPET=(FUZZY \"Hi\")");

        // Unknown responses are kept, not errors
        row("unknown-untagged", "* XAPPLEPUSHSERVICE aps-version 2\r\n", "unhandled XAPPLEPUSHSERVICE");
        row("unknown-numbered", "* 3 XBAR (1 2)\r\n", "unhandled XBAR");

        // Errors are positioned
        row("error-garbage", "hello\r\n", "error@5:expected a space");
        row("error-tagged-bye", "A1 BYE x\r\n", "error@3:a tagged response must be OK, NO or BAD");
        row("error-plus-in-tag", "A+1 OK x\r\n", "error@0:a tag cannot contain \"+\"");
        row("error-unterminated-fetch", "* 1 FETCH (UID 5\r\n", "error@16:unterminated FETCH list");
        row("error-uid-zero", "* 1 FETCH (UID 0)\r\n", "error@16:UID 0 is not a UID");
        row("error-number-overflow", "* 99999999999 EXISTS\r\n", "error@2:number out of range");
        row("error-bad-vanished-set", "* VANISHED 0:3\r\n", "error@14:bad sequence set");
        row("error-nul-in-quoted", QByteArray("* LIST () \"/\" \"a\0b\"\r\n", 21),
            "error@14:unterminated quoted string");
        row("error-nul-in-line", QByteArray("* OK\0\r\n", 7), "error@4:NUL byte in response text");
        row("error-depth-bomb", "* 1 FETCH (BODYSTRUCTURE " + QByteArray(100, '(') + QByteArray(100, ')') + ")\r\n",
            "error@89:lists nested too deeply");
    }

    void responses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        SplitFeeder::forEachSplit(input, [&](const QList<QByteArray> &chunks, const QString &description) {
            const QList<QByteArray> got = run(chunks);
            const bool ok = got.size() == 1 && got.front() == expected;
            if (!ok) {
                qWarning() << description;
                [&] { QCOMPARE(got, QList<QByteArray> {expected}); }();
            }
            return ok;
        });
    }

    // Every captured Dovecot exchange: each response parses, none is an error or unhandled,
    // the last one is the tagged reply; fed whole, byte by byte and in random chunks.
    void dovecotFixtures_data()
    {
        QTest::addColumn<QString>("file");
        const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA "/imap"));
        for (const QString &file : directory.entryList({QStringLiteral("dovecot-*.txt")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }

    void dovecotFixtures()
    {
        QFETCH(QString, file);
        const QByteArray input = fixture(file);
        const QList<QByteArray> whole = run({input});
        QVERIFY(!whole.isEmpty());
        for (const QByteArray &d : whole) {
            QVERIFY2(
                !d.startsWith("error") && !d.startsWith("frame-error") && !d.startsWith("unhandled"), d.constData());
        }
        if (file != QLatin1String("dovecot-greeting.txt")) {
            QVERIFY2(whole.last().startsWith("tagged "), whole.last().constData());
        }
        QList<QByteArray> byteByByte;
        for (char c : input) {
            byteByByte.append(QByteArray(1, c));
        }
        QCOMPARE(run(byteByByte), whole);
        const auto splits = SplitFeeder::splits(input, 8);
        for (const auto &split : splits) {
            if (split.description.startsWith(QLatin1String("random"))) {
                QCOMPARE(run(split.chunks), whole);
            }
        }
    }

    void dovecotFetchOfSixtyMessages()
    {
        const QByteArray input = fixture(QStringLiteral("dovecot-fetch-headers.txt"));
        ImapFramer framer;
        framer.feed(input);
        int fetches = 0;
        int multiparts = 0;
        for (auto f = framer.next(); f.kind == ImapFramer::Frame::Kind::Response; f = framer.next()) {
            const auto result = ImapParser::parse(f.bytes);
            QVERIFY(result.isOk());
            if (const auto *fetch = std::get_if<ImapFetchResponse>(&*result.response)) {
                ++fetches;
                QVERIFY(fetch->uid && fetch->flags && fetch->modSeq && fetch->internalDate && fetch->size
                    && fetch->envelope && fetch->bodyStructure);
                QCOMPARE(fetch->uid->value, fetch->sequence);
                QVERIFY(!fetch->envelope->from.isEmpty());
                if (fetch->bodyStructure->isMultipart()) {
                    ++multiparts;
                    QVERIFY(fetch->bodyStructure->part("1") != nullptr);
                }
            }
        }
        QCOMPARE(fetches, 60);
        QVERIFY(multiparts > 0);
    }

    void bodyPartsBySection()
    {
        const QByteArray frame
            = "* 3 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1)(\"message\" \"rfc822\" "
              "NIL NIL NIL \"7bit\" 300 (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) ((\"text\" \"plain\" NIL NIL "
              "NIL \"8bit\" 20 2)(\"image\" \"png\" NIL NIL NIL \"base64\" 40 NIL) \"mixed\") 8) \"mixed\"))\r\n";
        const auto result = ImapParser::parse(frame);
        QVERIFY(result.isOk());
        const ImapBodyPart &body = *std::get<ImapFetchResponse>(*result.response).bodyStructure;
        QCOMPARE(body.part("1")->subtype, QByteArray("PLAIN"));
        QCOMPARE(body.part("2")->subtype, QByteArray("RFC822"));
        QCOMPARE(body.part("2.1")->encoding, QByteArray("8BIT"));
        QCOMPARE(body.part("2.2")->subtype, QByteArray("PNG"));
        QVERIFY(body.part("2.3") == nullptr);
        QVERIFY(body.part("3") == nullptr);
        QVERIFY(body.part("0") == nullptr);
        QVERIFY(body.part("x") == nullptr);
        const auto single
            = ImapParser::parse("* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1))\r\n");
        const ImapBodyPart &text = *std::get<ImapFetchResponse>(*single.response).bodyStructure;
        QCOMPARE(text.part("1"), &text);
        QVERIFY(text.part("2") == nullptr);
    }

    void utf8AcceptMailboxNames()
    {
        ImapParserOptions options;
        options.utf8Accepted = true;
        const QList<QByteArray> got = run({"* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n"}, options);
        QCOMPARE(got, QList<QByteArray> {"list  flags=0 use=- delim=/ wire=Entw\xc3\xbcrfe name=Entw\xc3\xbcrfe"});
    }

    void hostileInputsGiveErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("star-only") << QByteArray("*");
        QTest::newRow("one-megabyte-line-no-crlf") << QByteArray("* OK " + QByteArray(1024 * 1024, 'a'));
        QTest::newRow("literal-runs-past-the-frame") << QByteArray("* LIST () \"/\" {10}\r\nab\r\n");
        QTest::newRow("one-megabyte-atom-list") << QByteArray("* CAPABILITY " + QByteArray(1024 * 1024, 'a'));
        QTest::newRow("open-parens-megabyte") << QByteArray("* 1 FETCH " + QByteArray(1024 * 1024, '('));
        QTest::newRow("nested-envelope-bomb") << QByteArray("* 1 FETCH (ENVELOPE " + QByteArray(5000, '(') + "\r\n");
        QTest::newRow("literal-count-overflow") << QByteArray("* 1 FETCH (BODY[] {99999999999999999999}\r\nabc)\r\n");
        QTest::newRow("literal-no-crlf") << QByteArray("* LIST () \"/\" {3}abc\r\n");
        QTest::newRow("nul-everywhere") << QByteArray(64, '\0');
        QTest::newRow("fetch-no-close") << QByteArray("* 1 FETCH (FLAGS (\\Seen");
        QTest::newRow("unterminated-section") << QByteArray("* 1 FETCH (BODY[HEADER {3}\r\nabc)\r\n");
    }

    void hostileInputsGiveErrorsNotCrashes()
    {
        QFETCH(QByteArray, frame);
        const ImapParseResult result = ImapParser::parse(frame);
        QVERIFY(!result.isOk());
        QVERIFY(result.error.offset >= 0 && result.error.offset <= frame.size());
        QVERIFY(!result.error.message.isEmpty());
    }

    void errorsNameTheTag()
    {
        const ImapParseResult result = ImapParser::parse("A17 OK [UIDNEXT 5] \0\r\n");
        QVERIFY(!result.isOk());
        QCOMPARE(result.error.tag, QByteArray("A17"));
    }
};

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
