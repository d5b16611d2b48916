#include "mime/messageparser.h"
#include "mime/replybuilder.h"

#include <QFile>
#include <QTest>

using namespace Letterbox::Mime;

namespace {

const Address s_me {QStringLiteral("Bob"), QStringLiteral("bob@example.net")};

ParsedMessage original()
{
    ParsedMessage message;
    message.from = {{QStringLiteral("Alice Example"), QStringLiteral("alice@example.org")}};
    message.to = {s_me, {QStringLiteral("Carol"), QStringLiteral("carol@example.org")}};
    message.cc = {{QString(), QStringLiteral("BOB@example.net")}, {QString(), QStringLiteral("dan@example.org")},
        {QString(), QStringLiteral("bob.work@example.com")}, {QString(), QStringLiteral("carol@example.org")}};
    message.subject = QStringLiteral("Plans for Friday");
    message.messageId = QStringLiteral("m3@example.org");
    message.references = {QStringLiteral("m1@example.org"), QStringLiteral("m2@example.org")};
    message.date = QDateTime(QDate(2025, 7, 1), QTime(10, 0), Qt::OffsetFromUTC, 7200);
    message.displayText = QStringLiteral("Shall we meet?\n\n> earlier words\nAlice");
    return message;
}

QByteArray corpusFile(const QString &name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/mime/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList emails(const AddressList &list)
{
    QStringList result;
    for (const Address &address : list) {
        result.append(address.email);
    }
    return result;
}

} // namespace

class TestReplyBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replySubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("reply");
        QTest::newRow("plain") << QStringLiteral("Plans") << QStringLiteral("Re: Plans");
        QTest::newRow("already-re") << QStringLiteral("Re: Plans") << QStringLiteral("Re: Plans");
        QTest::newRow("upper-and-repeated") << QStringLiteral("RE: re: Plans") << QStringLiteral("Re: Plans");
        QTest::newRow("german") << QStringLiteral("AW: Plans") << QStringLiteral("Re: Plans");
        QTest::newRow("counted") << QStringLiteral("Re[3]: Plans") << QStringLiteral("Re: Plans");
        QTest::newRow("forward-kept") << QStringLiteral("Fwd: Plans") << QStringLiteral("Re: Fwd: Plans");
        QTest::newRow("empty") << QString() << QStringLiteral("Re: ");
    }

    void replySubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, reply);
        QCOMPARE(ReplyBuilder::replySubject(subject), reply);
    }

    void forwardSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("forward");
        QTest::newRow("plain") << QStringLiteral("Plans") << QStringLiteral("Fwd: Plans");
        QTest::newRow("already-fwd") << QStringLiteral("Fwd: FW: WG: Plans") << QStringLiteral("Fwd: Plans");
        QTest::newRow("reply-kept") << QStringLiteral("Re: Plans") << QStringLiteral("Fwd: Re: Plans");
    }

    void forwardSubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, forward);
        QCOMPARE(ReplyBuilder::forwardSubject(subject), forward);
    }

    void replyGoesToTheSender()
    {
        const MessageBuilder reply = ReplyBuilder::reply(original(), s_me);
        QCOMPARE(emails(reply.to()), QStringList {QStringLiteral("alice@example.org")});
        QVERIFY(reply.cc().isEmpty());
        QCOMPARE(reply.from(), s_me);
        QCOMPARE(reply.subject(), QStringLiteral("Re: Plans for Friday"));
        QCOMPARE(reply.inReplyTo(), QStringLiteral("m3@example.org"));
        QCOMPARE(reply.references(),
            (QStringList {
                QStringLiteral("m1@example.org"), QStringLiteral("m2@example.org"), QStringLiteral("m3@example.org")}));
    }

    void replyPrefersReplyTo()
    {
        ParsedMessage message = original();
        message.replyTo = {{QStringLiteral("List"), QStringLiteral("list@example.org")}};
        QCOMPARE(emails(ReplyBuilder::reply(message, s_me).to()), QStringList {QStringLiteral("list@example.org")});
    }

    void replyToOwnMessageGoesToItsRecipients()
    {
        ParsedMessage message = original();
        message.from = {s_me};
        message.to = {{QString(), QStringLiteral("erin@example.org")}};
        QCOMPARE(emails(ReplyBuilder::reply(message, s_me).to()), QStringList {QStringLiteral("erin@example.org")});
    }

    void replyAllRemovesOwnAddressesAndRepeats()
    {
        const MessageBuilder reply = ReplyBuilder::replyAll(original(), s_me, {QStringLiteral("Bob.Work@example.com")});
        QCOMPARE(emails(reply.to()),
            (QStringList {QStringLiteral("alice@example.org"), QStringLiteral("carol@example.org")}));
        QCOMPARE(emails(reply.cc()), QStringList {QStringLiteral("dan@example.org")});
    }

    void replyAllWithOnlyCcLeftMovesItToTo()
    {
        ParsedMessage message = original();
        message.from = {s_me};
        message.to = {s_me};
        message.cc = {{QString(), QStringLiteral("dan@example.org")}};
        const MessageBuilder reply = ReplyBuilder::replyAll(message, s_me);
        QCOMPARE(emails(reply.to()), QStringList {QStringLiteral("dan@example.org")});
        QVERIFY(reply.cc().isEmpty());
    }

    void referencesFallBackAndAreTrimmed()
    {
        ParsedMessage message = original();
        message.references.clear();
        message.inReplyTo = QStringLiteral("parent@example.org");
        QCOMPARE(ReplyBuilder::replyReferences(message),
            (QStringList {QStringLiteral("parent@example.org"), QStringLiteral("m3@example.org")}));

        message.references.clear();
        for (int i = 0; i < 50; ++i) {
            message.references.append(QStringLiteral("r%1@example.org").arg(i));
        }
        const QStringList trimmed = ReplyBuilder::replyReferences(message);
        QCOMPARE(trimmed.size(), ReplyBuilder::maxReplyReferences);
        QCOMPARE(trimmed.first(), QStringLiteral("r0@example.org"));
        QCOMPARE(trimmed.last(), QStringLiteral("m3@example.org"));
        QCOMPARE(trimmed.at(trimmed.size() - 2), QStringLiteral("r49@example.org"));

        message.messageId.clear();
        message.references = {QStringLiteral("a@x"), QStringLiteral("a@x")};
        QCOMPARE(ReplyBuilder::replyReferences(message), QStringList {QStringLiteral("a@x")});
    }

    void quotedText()
    {
        QCOMPARE(ReplyBuilder::quotedText(original()),
            QStringLiteral("On Tue, 1 Jul 2025 10:00, Alice Example wrote:\n> Shall we meet?\n>\n>> earlier words\n"
                           "> Alice\n"));
        ParsedMessage undated = original();
        undated.date = QDateTime();
        undated.from = {{QString(), QStringLiteral("alice@example.org")}};
        QVERIFY(ReplyBuilder::quotedText(undated).startsWith(QLatin1String("alice@example.org wrote:\n")));
    }

    void replyRoundTripsThroughTheParser()
    {
        const QByteArray raw = corpusFile(QStringLiteral("plain-ascii.eml"));
        MessageBuilder reply = ReplyBuilder::reply(MessageParser::parse(raw), s_me);
        reply.setPlainText(QStringLiteral("Sure!\n\n") + reply.plainText());
        const ParsedMessage parsed = MessageParser::parse(reply.build().data);
        QCOMPARE(parsed.subject, QStringLiteral("Re: Lunch on Friday?"));
        QCOMPARE(parsed.inReplyTo, QStringLiteral("plain-ascii@example.org"));
        QCOMPARE(parsed.references, QStringList {QStringLiteral("plain-ascii@example.org")});
        QCOMPARE(parsed.threadSubject, QStringLiteral("Lunch on Friday?"));
        QVERIFY(parsed.displayText.contains(QLatin1String("wrote:\n> Hi Bob,\n>\n> shall we have lunch")));
    }

    void forwardInlineCopiesTextAndAttachments()
    {
        const QByteArray raw = corpusFile(QStringLiteral("mixed-attachments.eml"));
        const MessageBuilder forward = ReplyBuilder::forwardInline(raw, s_me);
        QCOMPARE(forward.subject(), QStringLiteral("Fwd: Two files"));
        QVERIFY(forward.to().isEmpty());
        QVERIFY(forward.inReplyTo().isEmpty());
        QVERIFY(
            forward.plainText().contains(QLatin1String("-------- Forwarded Message --------\nSubject: Two files\n")));
        QVERIFY(forward.plainText().contains(QLatin1String("From: Ivan <ivan@example.org>\n")));
        QVERIFY(forward.plainText().contains(QLatin1String("To: bob@example.net\n")));
        QVERIFY(forward.plainText().contains(QLatin1String("\n\nTwo files attached.")));
        const QList<OutgoingAttachment> attachments = forward.attachments();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).fileName, QStringLiteral("report.pdf"));
        QCOMPARE(attachments.at(0).data, QByteArray("%PDF-1.4 letterbox test report\n").repeated(3));
        QCOMPARE(attachments.at(1).fileName, QStringLiteral("notes.txt"));

        const ParsedMessage parsed = MessageParser::parse(forward.build().data);
        QCOMPARE(parsed.attachments().size(), 2);
        QCOMPARE(
            MessageParser::partContent(forward.build().data, parsed.attachments().at(0).path), attachments.at(0).data);
    }

    void mailFollowupToDecidesReplyAll()
    {
        ParsedMessage message = original();
        message.headers.append(
            {QStringLiteral("Mail-Followup-To"), QStringLiteral("list@lists.example.org, Bob <bob@example.net>"), {}});
        const MessageBuilder all = ReplyBuilder::replyAll(message, s_me);
        QCOMPARE(emails(all.to()), QStringList {QStringLiteral("list@lists.example.org")});
        QVERIFY(all.cc().isEmpty());
        // A plain reply still goes to the author.
        QCOMPARE(emails(ReplyBuilder::reply(message, s_me).to()), QStringList {QStringLiteral("alice@example.org")});
    }

    void mailReplyToWinsForTheAuthor()
    {
        ParsedMessage message = original();
        message.replyTo = {{QString(), QStringLiteral("list@lists.example.org")}};
        message.headers.append({QStringLiteral("Mail-Reply-To"), QStringLiteral("alice.home@example.org"), {}});
        QCOMPARE(
            emails(ReplyBuilder::reply(message, s_me).to()), QStringList {QStringLiteral("alice.home@example.org")});
    }

    void replyToListUsesListPost()
    {
        ParsedMessage message = original();
        QVERIFY(!ReplyBuilder::replyToList(message, s_me));
        message.headers.append({QStringLiteral("List-Post"), QStringLiteral("NO"), {}});
        QVERIFY(!ReplyBuilder::replyToList(message, s_me));
        message.headers.last().value = QStringLiteral("<mailto:dev@lists.example.org?subject=help> (Posting)");
        const std::optional<MessageBuilder> list = ReplyBuilder::replyToList(message, s_me);
        QVERIFY(list);
        QCOMPARE(emails(list->to()), QStringList {QStringLiteral("dev@lists.example.org")});
        QVERIFY(list->cc().isEmpty());
        QCOMPARE(list->inReplyTo(), QStringLiteral("m3@example.org"));
        QCOMPARE(list->subject(), QStringLiteral("Re: Plans for Friday"));
        QVERIFY(list->plainText().contains(QLatin1String("> Shall we meet?")));
    }

    void editAsNewKeepsContentNotIdentity()
    {
        MessageBuilder draft;
        draft.setFrom(s_me);
        draft.setTo({{QStringLiteral("Alice"), QStringLiteral("alice@example.org")}});
        draft.setBcc({{QString(), QStringLiteral("secret@example.org")}});
        draft.setSubject(QStringLiteral("Re: Plans"));
        draft.setPlainText(QStringLiteral("Half written"));
        draft.setInReplyTo(QStringLiteral("m3@example.org"));
        draft.setReferences({QStringLiteral("m3@example.org")});
        draft.addAttachment(QStringLiteral("a.txt"), QStringLiteral("text/plain"), "attached bytes");
        draft.setKeepsBcc(true);
        const BuiltMessage saved = draft.build();
        QCOMPARE(MessageParser::parse(saved.data).bcc.size(), 1); // a draft keeps its Bcc

        const MessageBuilder reopened = ReplyBuilder::editAsNew(saved.data, true);
        QCOMPARE(reopened.messageId(), saved.messageId);
        QCOMPARE(reopened.inReplyTo(), QStringLiteral("m3@example.org"));
        QCOMPARE(emails(reopened.bcc()), QStringList {QStringLiteral("secret@example.org")});
        QCOMPARE(reopened.plainText(), QStringLiteral("Half written"));
        QCOMPARE(reopened.attachments().size(), 1);
        QCOMPARE(reopened.attachments().first().data, QByteArray("attached bytes"));

        const MessageBuilder fresh = ReplyBuilder::editAsNew(saved.data);
        QVERIFY(fresh.messageId().isEmpty());
        QVERIFY(fresh.inReplyTo().isEmpty());
        QCOMPARE(fresh.subject(), QStringLiteral("Re: Plans"));
        QCOMPARE(emails(fresh.to()), QStringList {QStringLiteral("alice@example.org")});
        // Sent, the Bcc leaves the header again.
        QVERIFY(MessageParser::parse(fresh.build().data).bcc.isEmpty());
    }

    void forwardAsAttachmentKeepsTheOriginal()
    {
        const QByteArray raw = corpusFile(QStringLiteral("utf8-8bit.eml"));
        const MessageBuilder forward = ReplyBuilder::forwardAsAttachment(raw, s_me);
        QCOMPARE(forward.subject(), QStringLiteral("Fwd: Grüße aus Köln"));
        QCOMPARE(forward.attachments().size(), 1);
        QCOMPARE(forward.attachments().first().mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(forward.attachments().first().fileName, QStringLiteral("Grüße aus Köln.eml"));
        const BuiltMessage built = forward.build();
        const ParsedMessage parsed = MessageParser::parse(built.data);
        QCOMPARE(parsed.parts.at(2).contentType, QStringLiteral("message/rfc822"));
        QVERIFY(parsed.parts.at(2).isAttachment);
        const ParsedMessage attached
            = MessageParser::parse(MessageParser::partContent(built.data, QStringLiteral("2")));
        QCOMPARE(attached.subject, QStringLiteral("Grüße aus Köln"));
        QCOMPARE(attached.displayText, QStringLiteral("Grüße aus Köln — und 日本語 auch."));
    }
};

QTEST_GUILESS_MAIN(TestReplyBuilder)
#include "tst_replybuilder.moc"
