#include "mime/messageparser.h"
#include "mime/mimelimits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Letterbox::Mime;

namespace {

// A hang guard, not a benchmark: quadratic behaviour on these inputs takes minutes.
constexpr qint64 s_hangGuardMs = 20000;

QByteArray corpusFile(const QString &name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/mime/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing corpus file %s", qPrintable(name));
    }
    return file.readAll();
}

QStringList partTypes(const ParsedMessage &message)
{
    QStringList types;
    for (const PartInfo &part : message.parts) {
        types.append(part.path + u'=' + part.contentType);
    }
    return types;
}

QStringList attachmentNames(const ParsedMessage &message)
{
    QStringList names;
    for (const PartInfo &part : message.attachments()) {
        names.append(part.fileName);
    }
    return names;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items) {
        result.append(QString::fromUtf8(item));
    }
    return result;
}

bool anyWarningContains(const ParsedMessage &message, const QString &text)
{
    for (const QString &warning : message.warnings) {
        if (warning.contains(text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QByteArray nested(const QByteArray &top, int depth)
{
    QByteArray message = top;
    for (int i = 0; i < depth; ++i) {
        message += "Content-Type: multipart/mixed; boundary=\"n" + QByteArray::number(i) + "\"\r\n\r\n--n"
            + QByteArray::number(i) + "\r\n";
    }
    message += "Content-Type: text/plain\r\n\r\ndeep text\r\n";
    for (int i = depth - 1; i >= 0; --i) {
        message += "--n" + QByteArray::number(i) + "--\r\n";
    }
    return message;
}

} // namespace

class TestMessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every corpus file: the fields a reader would notice first.
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QStringList>("attachments");
        QTest::addColumn<QString>("warning");

        const QStringList single {QStringLiteral("1=text/plain")};
        const QString none = QStringLiteral("-");
        QTest::newRow("plain-ascii") << u("plain-ascii.eml") << u("Lunch on Friday?")
                                     << u("Alice Example <alice@example.org>")
                                     << u("shall we have lunch on Friday at noon?") << single << QStringList() << none;
        QTest::newRow("utf8-8bit") << u("utf8-8bit.eml") << u("Grüße aus Köln")
                                   << u("Jürgen Müller <juergen@example.de>") << u("Grüße aus Köln — und 日本語 auch.")
                                   << single << QStringList() << none;
        QTest::newRow("quoted-printable")
            << u("quoted-printable.eml") << u("QP") << u("Clara <clara@example.de>")
            << u("Umlauten: äöü ÄÖÜ ß, die weich umbrochen werden muss, weil sie länger als 76 Zeichen ist.") << single
            << QStringList() << none;
        QTest::newRow("iso-8859-1") << u("iso-8859-1.eml") << u("Café crème") << u("René <rene@example.fr>")
                                    << u("Un café crème, s'il vous plaît.") << single << QStringList() << none;
        QTest::newRow("windows-1252-quotes-under-latin1-label")
            << u("iso-8859-1.eml") << u("Café crème") << u("René <rene@example.fr>") << u("Smart quotes: “yes”")
            << single << QStringList() << none;
        QTest::newRow("wrong-charset-label") << u("wrong-charset-label.eml") << u("Wrong label")
                                             << u("dave@example.com") << u("Grüße, this claims UTF-8 but is Latin-1.")
                                             << single << QStringList() << u("claims the character set \"utf-8\"");
        QTest::newRow("unknown-charset-label")
            << u("unknown-charset.eml") << u("Unknown label") << u("dave@example.com")
            << u("Smörgåsbord in UTF-8 under a made-up label.") << single << QStringList() << u("x-klingon-8");
        QTest::newRow("missing-charset-8bit")
            << u("missing-charset-8bit.eml") << u("Smørrebrød på fredag") << u("Zoë Ærø <zoe@example.dk>")
            << u("Hej! Smørrebrød på fredag? — Zoë") << single << QStringList() << none;
        QTest::newRow("raw-latin1-headers")
            << u("latin1-raw-header.eml") << u("Réunion à Québec") << u("René Lévesque <rene@example.ca>")
            << u("À bientôt.") << single << QStringList() << u("unencoded 8-bit");
        QTest::newRow("rfc2047-japanese-and-emoji")
            << u("rfc2047-japanese-emoji.eml") << u("会議の議題について🎉 お祝い") << u("山田 太郎 <taro@example.jp>")
            << u("明日の会議は十時からです。") << single << QStringList() << none;
        QTest::newRow("rfc2231-continued-file-name")
            << u("rfc2231-filename.eml") << u("Rates") << u("Erin <erin@example.org>") << u("The rates are attached.")
            << list({"TEXT=multipart/mixed", "1=text/plain", "2=application/pdf"}) << list({"€ rates 2025.pdf"})
            << none;
        QTest::newRow("groups") << u("groups-undisclosed.eml") << u("Groups") << u("Frank <frank@example.org>")
                                << u("Group syntax.") << single << QStringList() << none;
        QTest::newRow("odd-quoting") << u("odd-quoting.eml") << u("Odd quoting")
                                     << u("Doe, John \"JD\" <john@example.org>") << u("Quotes.") << single
                                     << QStringList() << none;
        QTest::newRow("alternative-prefers-plain")
            << u("alternative.eml") << u("Alternative") << u("Gina <gina@example.org>") << u("The plain version.")
            << list({"TEXT=multipart/alternative", "1=text/plain", "2=text/html"}) << QStringList() << none;
        QTest::newRow("related-with-cid-image")
            << u("related-cid.eml") << u("Inline image") << u("Hana <hana@example.org>") << u("See the logo.")
            << list({"TEXT=multipart/alternative", "1=text/plain", "2=multipart/related", "2.1=text/html",
                   "2.2=image/png"})
            << QStringList() << none;
        QTest::newRow("mixed-with-attachments")
            << u("mixed-attachments.eml") << u("Two files") << u("Ivan <ivan@example.org>") << u("Two files attached.")
            << list({"TEXT=multipart/mixed", "1=text/plain", "2=application/pdf", "3=text/plain"})
            << list({"report.pdf", "notes.txt"}) << none;
        QTest::newRow("signed") << u("signed.eml") << u("Signed") << u("Jana <jana@example.org>")
                                << u("This text is signed.")
                                << list({"TEXT=multipart/signed", "1=text/plain", "2=application/pgp-signature"})
                                << QStringList() << none;
        QTest::newRow("digest-defaults-to-messages") << u("digest.eml") << u("Example list digest, Vol 1, Issue 2")
                                                     << u("list-digest@example.org") << u("Hello Kim.")
                                                     << list({"TEXT=multipart/digest", "1=message/rfc822",
                                                            "1.1=text/plain", "2=message/rfc822", "2.1=text/plain"})
                                                     << list({"First post.eml", "Re_ First post.eml"}) << none;
        QTest::newRow("message-rfc822-attachment")
            << u("rfc822-attachment.eml") << u("Fwd: Original") << u("Mia <mia@example.org>")
            << u("See the attached message.")
            << list({"TEXT=multipart/mixed", "1=text/plain", "2=message/rfc822", "2.1=text/plain"})
            << list({"Original.eml"}) << none;
        QTest::newRow("format-flowed-delsp")
            << u("flowed-delsp.eml") << u("Flowed") << u("Olga <olga@example.org>")
            << u("must be rejoined when it is read, with DelSp the space before the break is removed.\n"
                 "> Quoted text that continues here.\n>> Deeper.\n\nFrom here on a stuffed line.\n-- \nOlga")
            << single << QStringList() << none;
        QTest::newRow("format-flowed") << u("flowed.eml") << u("Flowed without DelSp") << u("Olga <olga@example.org>")
                                       << u("This paragraph was wrapped by the sender.\nA hard line.") << single
                                       << QStringList() << none;
        QTest::newRow("html-only")
            << u("html-only.eml") << u("Newsletter") << u("Paul <paul@example.org>")
            << u("News & more\n\nCafé € 😀 prices\n\nLog in to your bank <https://evil.example/login>")
            << list({"1=text/html"}) << QStringList() << none;
        QTest::newRow("encrypted") << u("encrypted.eml") << u("Secret") << u("Uma <uma@example.org>") << QString()
                                   << list({"TEXT=multipart/encrypted", "1=application/pgp-encrypted",
                                          "2=application/octet-stream"})
                                   << list({"encrypted.asc"}) << u("encrypted");
        // Hostile ones.
        QTest::newRow("missing-closing-boundary")
            << u("broken-boundary.eml") << u("Broken boundary") << u("Quinn <quinn@example.org>")
            << u("First part text.") << list({"TEXT=multipart/mixed", "1=text/plain", "2=text/plain"})
            << list({"cut.txt"}) << u("ends early");
        QTest::newRow("undeclared-boundary")
            << u("wrong-boundary.eml") << u("Wrong boundary") << u("Quinn <quinn@example.org>")
            << u("Text under a boundary that was never declared.") << list({"TEXT=multipart/mixed"}) << QStringList()
            << u("raw content is shown");
        QTest::newRow("zero-length-parts")
            << u("zero-length-parts.eml") << u("Empty parts") << u("Rita <rita@example.org>") << u("The only text.")
            << list({"TEXT=multipart/mixed", "1=text/plain", "2=application/octet-stream", "3=text/plain"})
            << list({"empty.bin"}) << u("empty");
        QTest::newRow("nul-bytes") << u("nul-bytes.eml") << u("Null\uFFFDbyte in the subject")
                                   << u("Sam <sam@example.org>") << u("Body with a NUL \uFFFD in the middle.") << single
                                   << QStringList() << u("NUL");
        QTest::newRow("path-traversal-names")
            << u("path-traversal.eml") << u("Files") << u("Tom <tom@example.org>") << u("Files.")
            << list({"TEXT=multipart/mixed", "1=text/plain", "2=application/octet-stream", "3=application/octet-stream",
                   "4=application/octet-stream", "5=application/octet-stream", "6=application/octet-stream",
                   "7=application/octet-stream", "8=application/octet-stream"})
            << list({"passwd", "shadow", "evil.dll", "bashrc", "attachment.bin", "_CON.txt", "invoicefdp.exe"}) << none;
        QTest::newRow("mailsploit-nul-in-name")
            << u("mailsploit-name.eml") << u("Your account") << u("support@bank.example? <attacker@evil.example>")
            << u("Please confirm your account.") << single << QStringList() << u("hides control characters");
        QTest::newRow("mailsploit-encoded-address")
            << u("mailsploit-address.eml") << u("Hello")
            << u("=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5leGFtcGxl?==?utf-8?Q?=00?=@mailsploit.example") << u("Hello.")
            << single << QStringList() << u("contains encoded text");
        QTest::newRow("mailsploit-newline-and-override")
            << u("mailsploit-newline.eml") << u("Urgentgnp.exe")
            << u("Bank Support  Reply-To: x@evil.example <support@bank.example>") << u("Headers that hide line breaks.")
            << single << QStringList() << u("hides control characters");
        QTest::newRow("display-name-spoof")
            << u("display-name-spoof.eml") << u("Verify") << u("support@bank.example <attacker@evil.example>")
            << u("Click here.") << single << QStringList() << u("but the real address is attacker@evil.example");
        QTest::newRow("no-headers") << u("no-headers.eml") << QString() << QString()
                                    << u("Just some text that someone saved\nwithout any headers at all.")
                                    << QStringList() << QStringList() << u("no headers");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, from);
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        QFETCH(QStringList, attachments);
        QFETCH(QString, warning);

        const ParsedMessage message = MessageParser::parse(corpusFile(file));
        QCOMPARE(message.subject, subject);
        QCOMPARE(toDisplayString(message.from), from);
        QVERIFY2(text.isEmpty() ? message.displayText.isEmpty() : message.displayText.contains(text),
            qPrintable(message.displayText));
        QCOMPARE(partTypes(message), parts);
        QCOMPARE(attachmentNames(message), attachments);
        QCOMPARE(message.hasAttachments, !attachments.isEmpty());
        if (warning == QLatin1String("-")) {
            QVERIFY2(message.warnings.isEmpty(), qPrintable(message.warnings.join(u'\n')));
        } else {
            QVERIFY2(anyWarningContains(message, warning), qPrintable(message.warnings.join(u'\n')));
        }
    }

    void envelopeFields()
    {
        const ParsedMessage message = MessageParser::parse(corpusFile(QStringLiteral("plain-ascii.eml")));
        QCOMPARE(message.to, (AddressList {{QStringLiteral("Bob"), QStringLiteral("bob@example.net")}}));
        QCOMPARE(message.date, QDateTime(QDate(2025, 7, 1), QTime(10, 0), Qt::OffsetFromUTC, 7200));
        QCOMPARE(message.date.offsetFromUtc(), 7200);
        QCOMPARE(message.messageId, QStringLiteral("plain-ascii@example.org"));
        QCOMPARE(message.header(u"content-type"), QStringLiteral("text/plain; charset=us-ascii"));
        QCOMPARE(message.headers.first().name, QStringLiteral("From"));
        QCOMPARE(message.headers.size(), 7);
        QVERIFY(message.html.isEmpty());
    }

    void groupsAndOddQuoting()
    {
        const ParsedMessage groups = MessageParser::parse(corpusFile(QStringLiteral("groups-undisclosed.eml")));
        QVERIFY(groups.to.isEmpty());
        QCOMPARE(groups.header(u"To"), QStringLiteral("Undisclosed recipients:;"));
        QCOMPARE(groups.header(u"Cc"), toDisplayString(groups.cc));
        QCOMPARE(toDisplayString(groups.cc),
            QStringLiteral("anna@example.org, Berg, Bo <bo@example.org>, carl@example.org"));
        const ParsedMessage odd = MessageParser::parse(corpusFile(QStringLiteral("odd-quoting.eml")));
        QCOMPARE(odd.to.size(), 4);
        QCOMPARE(odd.to.at(0).email, QStringLiteral("eve@example.org"));
        QCOMPARE(odd.to.at(2), (Address {QStringLiteral("Plain Person"), QStringLiteral("plain@example.org")}));
        QCOMPARE(odd.to.at(3).email, QStringLiteral("u@example.org"));
        QCOMPARE(odd.replyTo, (AddressList {{QStringLiteral("Support Team"), QStringLiteral("support@example.org")}}));
    }

    void relatedImageIsInlineNotAttachment()
    {
        const QByteArray raw = corpusFile(QStringLiteral("related-cid.eml"));
        const ParsedMessage message = MessageParser::parse(raw);
        QCOMPARE(message.html, QStringLiteral("<p>See the logo: <img src=\"cid:logo@example.org\" alt=\"Logo\"></p>"));
        const PartInfo image = message.parts.at(4);
        QCOMPARE(image.contentId, QStringLiteral("logo@example.org"));
        QCOMPARE(image.fileName, QStringLiteral("logo.png"));
        QCOMPARE(image.disposition, QStringLiteral("inline"));
        QCOMPARE(image.depth, 2);
        QVERIFY(!image.isAttachment);
        QVERIFY(!message.hasAttachments);
        QVERIFY(MessageParser::partContent(raw, image.path).startsWith("\x89PNG\r\n\x1a\n"));
    }

    void attachmentContentIsDecoded()
    {
        const QByteArray raw = corpusFile(QStringLiteral("mixed-attachments.eml"));
        QCOMPARE(MessageParser::partContent(raw, QStringLiteral("2")),
            QByteArray("%PDF-1.4 letterbox test report\n").repeated(3));
        QCOMPARE(MessageParser::partContent(raw, QStringLiteral("3")), QByteArray("These are notes."));
        QVERIFY(MessageParser::partContent(raw, QStringLiteral("9")).isEmpty());
        QVERIFY(MessageParser::partContent(raw, QString()).isEmpty());
        QVERIFY(MessageParser::partContent(raw, QStringLiteral("TEXT")).contains("--mix"));
        const ParsedMessage message = MessageParser::parse(raw);
        QVERIFY(qAbs(message.parts.at(2).size - 93) <= 4); // base64 of 93 bytes, estimated
        QCOMPARE(message.parts.at(2).disposition, QStringLiteral("attachment"));
        const QList<QByteArray> all
            = MessageParser::partContents(raw, {QStringLiteral("3"), QStringLiteral("nope"), QStringLiteral("2")});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), QByteArray("These are notes."));
        QVERIFY(all.at(1).isEmpty());
        QVERIFY(all.at(2).startsWith("%PDF"));
    }

    void attachedMessageContentIsTheMessage()
    {
        const QByteArray raw = corpusFile(QStringLiteral("rfc822-attachment.eml"));
        const QByteArray attached = MessageParser::partContent(raw, QStringLiteral("2"));
        const ParsedMessage inner = MessageParser::parse(attached);
        QCOMPARE(inner.subject, QStringLiteral("Original"));
        QCOMPARE(inner.displayText, QStringLiteral("The original text."));
        QVERIFY(attached.contains("\r\n"));
    }

    void digestShowsEveryMessage()
    {
        const ParsedMessage message = MessageParser::parse(corpusFile(QStringLiteral("digest.eml")));
        QVERIFY(message.displayText.contains(QLatin1String("From: Kim <kim@example.org>")));
        QVERIFY(message.displayText.contains(QLatin1String("Subject: First post\n\nHello list.")));
        QVERIFY(message.displayText.indexOf(QLatin1String("Hello list."))
            < message.displayText.indexOf(QLatin1String("Hello Kim.")));
    }

    void threadingKeys()
    {
        const QByteArray raw = "From: a@example.org\r\nSubject: Re: AW: [dev] Re[2]: Build\r\n"
                               "Message-ID: <child@example.org>\r\nIn-Reply-To: <parent@example.org> (sent Tuesday)\r\n"
                               "References: <root@example.org>\r\n <parent@example.org>\r\n\r\nbody\r\n";
        const ParsedMessage message = MessageParser::parse(raw);
        QCOMPARE(message.threadSubject, QStringLiteral("[dev] Build"));
        QCOMPARE(message.messageId, QStringLiteral("child@example.org"));
        QCOMPARE(message.inReplyTo, QStringLiteral("parent@example.org"));
        QCOMPARE(message.references,
            (QStringList {QStringLiteral("root@example.org"), QStringLiteral("parent@example.org")}));
    }

    void conflictingFromHeadersWarn()
    {
        const ParsedMessage message
            = MessageParser::parse("From: real@bank.example\r\nFrom: fake@evil.example\r\nSubject: x\r\n\r\nbody\r\n");
        QCOMPARE(message.from.first().email, QStringLiteral("real@bank.example"));
        QVERIFY(anyWarningContains(message, QStringLiteral("more than one From header")));
    }

    void unreadableDateWarns()
    {
        const ParsedMessage message = MessageParser::parse("From: a@example.org\r\nDate: yesterday-ish\r\n\r\nx\r\n");
        QVERIFY(!message.date.isValid());
        QVERIFY(anyWarningContains(message, QStringLiteral("Date header")));
    }

    void deepNesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("200-deep-multiparts") << 200;
        QTest::newRow("10000-deep-multiparts") << 10000;
    }

    void deepNesting()
    {
        QFETCH(int, depth);
        const QByteArray raw = nested("From: a@example.org\r\nSubject: Deep\r\n", depth);
        QElapsedTimer timer;
        timer.start();
        const ParsedMessage message = MessageParser::parse(raw);
        QVERIFY2(timer.elapsed() < s_hangGuardMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(message.subject, QStringLiteral("Deep"));
        int deepest = 0;
        for (const PartInfo &part : message.parts) {
            deepest = qMax(deepest, part.depth);
        }
        QCOMPARE(deepest, Limits::maxNestingDepth);
        QCOMPARE(message.parts.last().contentType, QStringLiteral("application/octet-stream"));
        QVERIFY(anyWarningContains(message, QStringLiteral("nested deeper than")));
        QVERIFY(!message.displayText.contains(QLatin1String("deep text")));
    }

    void deepMessageNesting()
    {
        QByteArray raw = "From: a@example.org\r\nSubject: Russian doll\r\n";
        for (int i = 0; i < 10000; ++i) {
            raw += "Content-Type: message/rfc822\r\n\r\nSubject: doll " + QByteArray::number(i) + "\r\n";
        }
        raw += "\r\ninside\r\n";
        const ParsedMessage message = MessageParser::parse(raw);
        QCOMPARE(message.subject, QStringLiteral("Russian doll"));
        QVERIFY(message.parts.size() <= Limits::maxNestingDepth + 1);
        QVERIFY(anyWarningContains(message, QStringLiteral("nested deeper than")));
    }

    void nestingAtTheLimitIsShown()
    {
        const ParsedMessage message = MessageParser::parse(nested("Subject: ok\r\n", Limits::maxNestingDepth));
        QVERIFY(message.warnings.isEmpty());
        QCOMPARE(message.displayText, QStringLiteral("deep text"));
    }

    void manyParts()
    {
        QByteArray raw = "Subject: many\r\nContent-Type: multipart/mixed; boundary=p\r\n\r\n";
        for (int i = 0; i < 5000; ++i) {
            raw += "--p\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n";
        }
        raw += "--p--\r\n";
        const ParsedMessage message = MessageParser::parse(raw);
        QCOMPARE(message.parts.size(), Limits::maxParts);
        QVERIFY(anyWarningContains(message, QString::number(Limits::maxParts)));
    }

    void hugeHeaderLines_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QByteArray megabyte(1024 * 1024, 'a');
        QTest::newRow("1mb-unknown-header") << QByteArray("Subject: s\r\nX-Long: " + megabyte + "\r\n\r\nbody\r\n");
        QTest::newRow("1mb-subject-of-broken-encoded-words")
            << QByteArray("Subject: " + QByteArray("=?x?q?a ").repeated(150000) + "\r\n\r\nbody\r\n");
        QTest::newRow("1mb-to-of-domainless-addresses")
            << QByteArray("Subject: s\r\nTo: " + QByteArray("a, ").repeated(350000) + "\r\n\r\nbody\r\n");
        QTest::newRow("1mb-nested-groups")
            << QByteArray("Subject: s\r\nCc: " + QByteArray("g:").repeated(500000) + "\r\n\r\nbody\r\n");
        QTest::newRow("1mb-folded-references")
            << QByteArray("Subject: s\r\nReferences:" + QByteArray("\r\n <r@x>").repeated(120000) + "\r\n\r\nbody\r\n");
        QTest::newRow("1mb-content-type-parameters") << QByteArray(
            "Subject: s\r\nContent-Type: text/plain" + QByteArray("; a*1*=b").repeated(130000) + "\r\n\r\nbody\r\n");
        QTest::newRow("200k-header-fields")
            << QByteArray("Subject: s\r\n" + QByteArray("X-A: b\r\n").repeated(200000) + "\r\nbody\r\n");
        QTest::newRow("1mb-body-line") << QByteArray("Subject: s\r\n\r\n" + megabyte + "\r\n");
    }

    void hugeHeaderLines()
    {
        QFETCH(QByteArray, raw);
        QElapsedTimer timer;
        timer.start();
        const ParsedMessage message = MessageParser::parse(raw);
        QVERIFY2(timer.elapsed() < s_hangGuardMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(message.headers.size() <= Limits::maxReportedHeaders);
        QVERIFY(message.to.size() <= Limits::maxAddressesPerField);
        for (const HeaderField &field : message.headers) {
            QVERIFY(field.rawValue.size() <= Limits::maxHeaderFieldBytes);
        }
    }

    void emptyInput()
    {
        const ParsedMessage message = MessageParser::parse(QByteArray());
        QVERIFY(message.subject.isEmpty());
        QVERIFY(message.displayText.isEmpty());
        QVERIFY(message.warnings.isEmpty());
    }

    void everyTruncationOfTheCorpusParses()
    {
        // Cut every corpus message at many points: a download that stops halfway must
        // still give the best readable result, never a crash.
        const QDir corpus(QStringLiteral(LETTERBOX_TEST_DATA "/mime"));
        const QStringList files = corpus.entryList({QStringLiteral("*.eml")}, QDir::Files);
        QVERIFY(files.size() >= 30);
        for (const QString &file : files) {
            const QByteArray raw = corpusFile(file);
            for (qsizetype cut = 0; cut < raw.size(); cut += qMax<qsizetype>(1, raw.size() / 40)) {
                const ParsedMessage message = MessageParser::parse(raw.left(cut));
                QVERIFY(message.parts.size() <= Limits::maxParts);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_messageparser.moc"
