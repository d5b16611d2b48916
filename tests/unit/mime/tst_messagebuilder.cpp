#include "mime/messagebuilder.h"
#include "mime/messageparser.h"

#include "letterboxversion.h"

#include <QTest>

using namespace Letterbox::Mime;

Q_DECLARE_METATYPE(QList<Letterbox::Mime::OutgoingAttachment>)

namespace {

const Address s_alice {QStringLiteral("Alice Example"), QStringLiteral("alice@example.org")};
const Address s_bob {QStringLiteral("Bob"), QStringLiteral("bob@example.net")};

/// Empty when @p data is what a 7-bit SMTP relay accepts (RFC 5322 section 2.1.1).
QString wireProblem(const QByteArray &data)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80) {
            return QStringLiteral("8-bit byte at %1").arg(i);
        }
        if (c == '\n') {
            if (i == 0 || data[i - 1] != '\r') {
                return QStringLiteral("bare LF at %1").arg(i);
            }
            if (i - 1 - lineStart > 998) {
                return QStringLiteral("line over 998 octets at %1").arg(lineStart);
            }
            lineStart = i + 1;
        } else if (c == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')) {
            return QStringLiteral("bare CR at %1").arg(i);
        }
    }
    return data.endsWith("\r\n") ? QString() : QStringLiteral("no final CRLF");
}

QByteArray headerBlock(const QByteArray &data)
{
    return data.left(data.indexOf("\r\n\r\n") + 2);
}

QString chopped(QString text)
{
    while (text.endsWith(u'\n')) {
        text.chop(1);
    }
    return text;
}

} // namespace

class TestMessageBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<AddressList>("to");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QList<OutgoingAttachment>>("attachments");
        QTest::addColumn<QStringList>("parts");

        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR letterbox", 24);
        QTest::newRow("plain") << QStringLiteral("Lunch") << AddressList {s_bob}
                               << QStringLiteral("Hi Bob,\n\nlunch at noon?\n\nAlice") << QString()
                               << QList<OutgoingAttachment>() << QStringList {QStringLiteral("1=text/plain")};
        QTest::newRow("html-and-plain") << QStringLiteral("Newsletter") << AddressList {s_bob}
                                        << QStringLiteral("The plain version.")
                                        << QStringLiteral("<p>The <b>HTML</b> version — with “quotes”.</p>")
                                        << QList<OutgoingAttachment>()
                                        << QStringList {QStringLiteral("TEXT=multipart/alternative"),
                                               QStringLiteral("1=text/plain"), QStringLiteral("2=text/html")};
        QTest::newRow("attachments-with-non-ascii-names")
            << QStringLiteral("Files") << AddressList {s_bob} << QStringLiteral("Two files.") << QString()
            << QList<OutgoingAttachment> {{QStringLiteral("Résumé – Jürgen Müller, final version of 2025.pdf"),
                                              QStringLiteral("application/pdf"),
                                              QByteArray("%PDF-1.4\0\xff binary", 18), QString()},
                   {QStringLiteral("日本語のファイル名.txt"), QStringLiteral("text/plain"),
                       QByteArray("line one\r\nline two\n"), QString()}}
            << QStringList {QStringLiteral("TEXT=multipart/mixed"), QStringLiteral("1=text/plain"),
                   QStringLiteral("2=application/pdf"), QStringLiteral("3=text/plain")};
        QTest::newRow("inline-image") << QStringLiteral("Logo") << AddressList {s_bob}
                                      << QStringLiteral("See the logo.")
                                      << QStringLiteral("<p>See <img src=\"cid:logo.1@example.org\"></p>")
                                      << QList<OutgoingAttachment> {{QStringLiteral("logo.png"),
                                             QStringLiteral("image/png"), png, QStringLiteral("logo.1@example.org")}}
                                      << QStringList {QStringLiteral("TEXT=multipart/alternative"),
                                             QStringLiteral("1=text/plain"), QStringLiteral("2=multipart/related"),
                                             QStringLiteral("2.1=text/html"), QStringLiteral("2.2=image/png")};
        QTest::newRow("everything") << QStringLiteral("All") << AddressList {s_bob} << QStringLiteral("Text.")
                                    << QStringLiteral("<p>Text <img src=cid:i@x></p>")
                                    << QList<OutgoingAttachment> {{QStringLiteral("i.png"), QStringLiteral("image/png"),
                                                                      png, QStringLiteral("i@x")},
                                           {QStringLiteral("a.bin"), QString(), QByteArray(3000, '\x01'), QString()}}
                                    << QStringList {QStringLiteral("TEXT=multipart/mixed"),
                                           QStringLiteral("1=multipart/alternative"), QStringLiteral("1.1=text/plain"),
                                           QStringLiteral("1.2=multipart/related"), QStringLiteral("1.2.1=text/html"),
                                           QStringLiteral("1.2.2=image/png"),
                                           QStringLiteral("2=application/octet-stream")};
        QTest::newRow("non-ascii-subject-and-names")
            << QStringLiteral("Grüße — 会議のお知らせ 🎉")
            << AddressList {{QStringLiteral("山田 太郎"), QStringLiteral("taro@example.jp")},
                   {QStringLiteral("Doe, John \"JD\""), QStringLiteral("john@example.org")}}
            << QStringLiteral("Grüße aus Köln, 日本語もOK 😀") << QString() << QList<OutgoingAttachment>()
            << QStringList {QStringLiteral("1=text/plain")};
        QTest::newRow("long-lines") << QStringLiteral(
            "A subject that is long enough to need folding because it goes on and on and on "
            "and on for well over a hundred characters")
                                    << AddressList {s_bob}
                                    << QStringLiteral("word ").repeated(400).trimmed() + QStringLiteral("\n")
                + QString(2000, u'x') + QStringLiteral("\n") + QStringLiteral("ümlaut ").repeated(300).trimmed()
                                    << QString() << QList<OutgoingAttachment>()
                                    << QStringList {QStringLiteral("1=text/plain")};
        QTest::newRow("from-line-and-single-dot")
            << QStringLiteral("Dots") << AddressList {s_bob}
            << QStringLiteral("From the start of a line\n.\n..\n> quoted\n  indented\n-- \nAlice") << QString()
            << QList<OutgoingAttachment>() << QStringList {QStringLiteral("1=text/plain")};
        QTest::newRow("empty-body") << QString() << AddressList {s_bob} << QString() << QString()
                                    << QList<OutgoingAttachment>() << QStringList {QStringLiteral("1=text/plain")};
    }

    void roundTrip()
    {
        QFETCH(QString, subject);
        QFETCH(AddressList, to);
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QFETCH(QList<OutgoingAttachment>, attachments);
        QFETCH(QStringList, parts);

        MessageBuilder builder;
        builder.setFrom(s_alice);
        builder.setTo(to);
        builder.setCc({{QStringLiteral("Carl Ö"), QStringLiteral("carl@example.org")}});
        builder.setSubject(subject);
        builder.setPlainText(plain);
        builder.setHtml(html);
        for (const OutgoingAttachment &attachment : attachments) {
            if (attachment.contentId.isEmpty()) {
                builder.addAttachment(attachment.fileName, attachment.mimeType, attachment.data);
            } else {
                builder.addInlineImage(attachment.contentId, attachment.fileName, attachment.mimeType, attachment.data);
            }
        }
        const BuiltMessage built = builder.build();
        const QString problem = wireProblem(built.data);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const ParsedMessage parsed = MessageParser::parse(built.data);
        QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
        QCOMPARE(parsed.subject, subject);
        QCOMPARE(parsed.from, AddressList {s_alice});
        QCOMPARE(parsed.to, to);
        QCOMPARE(parsed.cc, (AddressList {{QStringLiteral("Carl Ö"), QStringLiteral("carl@example.org")}}));
        QCOMPARE(parsed.displayText, chopped(plain));
        QCOMPARE(parsed.html, html);
        QCOMPARE(parsed.messageId, built.messageId);
        QStringList types;
        for (const PartInfo &part : parsed.parts) {
            types.append(part.path + u'=' + part.contentType);
        }
        QCOMPARE(types, parts);
        for (const OutgoingAttachment &attachment : attachments) {
            bool found = false;
            for (const PartInfo &part : parsed.parts) {
                if (part.fileName != attachment.fileName) {
                    continue;
                }
                found = true;
                QCOMPARE(part.contentId, attachment.contentId);
                QCOMPARE(part.isAttachment, attachment.contentId.isEmpty());
                QCOMPARE(MessageParser::partContent(built.data, part.path), attachment.data);
            }
            QVERIFY2(found, qPrintable(attachment.fileName));
        }
    }

    void standardHeaders()
    {
        MessageBuilder builder;
        builder.setFrom(s_alice);
        builder.setTo({s_bob});
        builder.setReplyTo({{QStringLiteral("Team"), QStringLiteral("team@example.org")}});
        builder.setSubject(QStringLiteral("Re: Plans"));
        builder.setPlainText(QStringLiteral("Yes."));
        builder.setInReplyTo(QStringLiteral("parent@example.net"));
        builder.setReferences({QStringLiteral("root@example.net"), QStringLiteral("parent@example.net")});
        builder.setDate(QDateTime(QDate(2025, 7, 1), QTime(10, 30, 15), Qt::OffsetFromUTC, 7200));
        const BuiltMessage built = builder.build();
        const QByteArray headers = headerBlock(built.data);
        QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(headers.contains("\r\nUser-Agent: Letterbox/" LETTERBOX_VERSION "\r\n"));
        QVERIFY(headers.contains("Date: Tue, 01 Jul 2025 10:30:15 +0200\r\n"));
        QVERIFY(headers.contains("\r\nIn-Reply-To: <parent@example.net>\r\n"));
        QVERIFY(headers.contains("\r\nReferences: <root@example.net> <parent@example.net>\r\n"));
        QVERIFY(headers.contains("format=flowed"));
        const ParsedMessage parsed = MessageParser::parse(built.data);
        QCOMPARE(parsed.date, builder.date());
        QCOMPARE(parsed.inReplyTo, QStringLiteral("parent@example.net"));
        QCOMPARE(parsed.references, builder.references());
        QCOMPARE(parsed.replyTo, builder.replyTo());
        QVERIFY(built.messageId.endsWith(QLatin1String("@example.org")));
        QVERIFY(headers.contains(QByteArray("<" + built.messageId.toLatin1() + ">")));
    }

    void bccIsOnlyInTheEnvelope()
    {
        MessageBuilder builder;
        builder.setFrom(s_alice);
        builder.setTo({s_bob, {QString(), QStringLiteral("Carol@example.org")}});
        builder.setCc(
            {{QString(), QStringLiteral("carol@example.org")}, {QString(), QStringLiteral("dan@example.org")}});
        builder.setBcc({{QStringLiteral("Secret"), QStringLiteral("secret@example.org")}, s_bob});
        builder.setPlainText(QStringLiteral("Hello"));
        const BuiltMessage built = builder.build();
        QVERIFY(!built.data.contains("secret@example.org"));
        QVERIFY(!built.data.contains("Bcc:"));
        QCOMPARE(built.recipients,
            (QStringList {QStringLiteral("bob@example.net"), QStringLiteral("Carol@example.org"),
                QStringLiteral("dan@example.org"), QStringLiteral("secret@example.org")}));
    }

    void noHeaderInjection()
    {
        MessageBuilder builder;
        builder.setFrom({QStringLiteral("Eve\r\nBcc: victim@example.org"), QStringLiteral("eve@example.org")});
        builder.setTo({s_bob});
        builder.setSubject(QStringLiteral("Hi\r\nX-Injected: yes"));
        builder.setPlainText(QStringLiteral("x"));
        const BuiltMessage built = builder.build();
        const QByteArray headers = headerBlock(built.data);
        QVERIFY(!headers.contains("\r\nBcc:"));
        QVERIFY(!headers.contains("\r\nX-Injected:"));
        const ParsedMessage parsed = MessageParser::parse(built.data);
        QCOMPARE(parsed.subject, QStringLiteral("Hi  X-Injected: yes"));
        QVERIFY(parsed.header(u"X-Injected").isNull());
    }

    void htmlOnlyGetsAPlainAlternative()
    {
        MessageBuilder builder;
        builder.setFrom(s_alice);
        builder.setHtml(QStringLiteral("<p>Only <b>HTML</b></p><p>here</p>"));
        const ParsedMessage parsed = MessageParser::parse(builder.build().data);
        QCOMPARE(parsed.parts.at(1).contentType, QStringLiteral("text/plain"));
        QCOMPARE(parsed.displayText, QStringLiteral("Only HTML\n\nhere"));
    }

    void inlineImageWithoutHtmlIsAnInlineAttachment()
    {
        MessageBuilder builder;
        builder.setFrom(s_alice);
        builder.setPlainText(QStringLiteral("No HTML."));
        builder.addInlineImage(QStringLiteral("c@x"), QStringLiteral("c.png"), QStringLiteral("image/png"), "png");
        const ParsedMessage parsed = MessageParser::parse(builder.build().data);
        QCOMPARE(parsed.parts.size(), 3);
        QCOMPARE(parsed.parts.at(2).disposition, QStringLiteral("inline"));
        QVERIFY(parsed.parts.at(2).isAttachment);
    }

    void badMimeTypeBecomesOctetStream()
    {
        MessageBuilder builder;
        builder.setFrom(s_alice);
        builder.addAttachment(QStringLiteral("x"), QStringLiteral("not a type\r\nX-Evil: 1"), "data");
        builder.addAttachment(QStringLiteral("y"), QStringLiteral("multipart/mixed"), "data");
        const BuiltMessage built = builder.build();
        QVERIFY(!built.data.contains("X-Evil"));
        const ParsedMessage parsed = MessageParser::parse(built.data);
        QCOMPARE(parsed.parts.at(2).contentType, QStringLiteral("application/octet-stream"));
        QCOMPARE(parsed.parts.at(3).contentType, QStringLiteral("application/octet-stream"));
    }

    void attachedMessagesAreNotBase64()
    {
        const QByteArray ascii = "From: a@example.org\r\nSubject: inner\r\n\r\ninner text\r\n";
        const QByteArray eightBit = "From: a@example.org\r\nSubject: inner\r\n\r\nGr\xC3\xBC\xC3\x9F"
                                    "e\r\n";
        for (const QByteArray &inner : {ascii, eightBit}) {
            MessageBuilder builder;
            builder.setFrom(s_alice);
            builder.addAttachment(QStringLiteral("inner.eml"), QStringLiteral("message/rfc822"), inner);
            const BuiltMessage built = builder.build();
            QVERIFY(built.data.contains(inner));
            QVERIFY(built.data.contains(
                inner == ascii ? "Content-Transfer-Encoding: 7bit" : "Content-Transfer-Encoding: 8bit"));
            const ParsedMessage parsed = MessageParser::parse(built.data);
            QCOMPARE(parsed.parts.at(2).contentType, QStringLiteral("message/rfc822"));
            QCOMPARE(parsed.parts.at(2).fileName, QStringLiteral("inner.eml"));
            QCOMPARE(MessageParser::parse(MessageParser::partContent(built.data, QStringLiteral("2"))).subject,
                QStringLiteral("inner"));
        }
    }

    void messageIds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("domain");
        QTest::newRow("ordinary") << QStringLiteral("alice@Example.ORG") << QStringLiteral("example.org");
        QTest::newRow("idn-domain") << QStringLiteral("j@bücher.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("no-domain") << QStringLiteral("alice") << QStringLiteral("letterbox.invalid");
        QTest::newRow("empty") << QString() << QStringLiteral("letterbox.invalid");
        QTest::newRow("hostile-domain") << QStringLiteral("a@x>\r\nBcc: y") << QStringLiteral("letterbox.invalid");
    }

    void messageIds()
    {
        QFETCH(QString, from);
        QFETCH(QString, domain);
        const QString first = MessageBuilder::generateMessageId(from);
        const QString second = MessageBuilder::generateMessageId(from);
        QVERIFY(first != second);
        QCOMPARE(first.section(u'@', 1), domain);
        QCOMPARE(first.section(u'@', 0, 0).size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
