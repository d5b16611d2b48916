// SubmissionService against the lab's real Postfix: STARTTLS on the submission port and
// implicit TLS on submissions, with AUTH through Dovecot. What is sent must arrive
// intact in bob's mailbox, checked over IMAP, byte for byte where it matters.
#include "labenvironment.h"
#include "lineclient.h"

#include "mime/messagebuilder.h"
#include "mime/messageparser.h"
#include "mime/mimetypes.h"
#include "services/submission/submissionservice.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Letterbox;
using Services::SendReport;
using Services::SubmissionService;

class TestSubmissionLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversIntact_data();
    void deliversIntact();
    void wrongPasswordIsAClearError();
    void queueOfTenOverOneConnection();

private:
    Services::SubmissionSettings settings(bool implicitTls, const QString &password) const;
    Services::FlushSummary flush(SubmissionService &service);
    QByteArray fetchByMessageId(const QString &messageId);

    LabEnvironment m_lab;
    QTemporaryDir m_directory;
    std::unique_ptr<Store::Database> m_database;
};

void TestSubmissionLab::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    m_database = std::make_unique<Store::Database>(m_directory.path());
    QVERIFY(m_database->open().ok());
}

Services::SubmissionSettings TestSubmissionLab::settings(bool implicitTls, const QString &password) const
{
    Services::SubmissionSettings settings;
    settings.accountName = QStringLiteral("lab");
    settings.endpoint
        = {m_lab.host, m_lab.port(implicitTls ? QStringLiteral("submissions") : QStringLiteral("submission"))};
    QString error;
    settings.tls.addCaFile(m_lab.caFile, &error);
    settings.session.security = implicitTls ? Smtp::SmtpSecurity::ImplicitTls : Smtp::SmtpSecurity::StartTls;
    settings.session.credentials = Smtp::SmtpCredentials {QStringLiteral("alice"), password, {}};
    settings.imapAccount = true;
    return settings;
}

Services::FlushSummary TestSubmissionLab::flush(SubmissionService &service)
{
    QSignalSpy finished(&service, &SubmissionService::flushFinished);
    if (!service.flush() || (finished.isEmpty() && !finished.wait(60000))) {
        return {};
    }
    return finished.first().first().value<Services::FlushSummary>();
}

// bob's copy of the message with @p messageId, whole, as Dovecot stored it (delivery
// is asynchronous: wait for it, bounded).
QByteArray TestSubmissionLab::fetchByMessageId(const QString &messageId)
{
    LineClient client({QSslCertificate::fromPath(m_lab.caFile)});
    if (!client.connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        return {};
    }
    client.readLine();
    client.imapCommand("a1", "LOGIN bob \"" + m_lab.password(QStringLiteral("bob")).toUtf8() + '"');
    client.imapCommand("a2", "SELECT INBOX");
    QByteArray uid;
    QDeadlineTimer deadline(20000);
    for (int tag = 3; uid.isEmpty() && !deadline.hasExpired(); ++tag) {
        const QByteArray t = 's' + QByteArray::number(tag);
        for (const QByteArray &line :
            client.imapCommand(t, "UID SEARCH HEADER Message-ID \"" + messageId.toUtf8() + '"')) {
            if (line.startsWith("* SEARCH ") && line.size() > 9) {
                uid = line.mid(9).split(' ').last();
            }
        }
        if (uid.isEmpty()) {
            QThread::msleep(100);
            client.imapCommand('n' + QByteArray::number(tag), "NOOP");
        }
    }
    if (uid.isEmpty()) {
        return {};
    }
    client.writeLine("f1 UID FETCH " + uid + " (BODY.PEEK[])");
    const QByteArray first = client.readLine();
    const qsizetype open = first.lastIndexOf('{');
    const qsizetype size = open < 0 ? -1 : first.mid(open + 1, first.size() - open - 2).toLongLong();
    QByteArray message;
    QSslSocket &socket = client.socket();
    while (size > 0 && message.size() < size && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000)) {
            break;
        }
        message += socket.read(size - message.size());
    }
    client.readUntil([](const QByteArray &line) { return line.startsWith("f1 "); });
    client.imapCommand("z", "LOGOUT");
    return message;
}

void TestSubmissionLab::deliversIntact_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QString>("kind");
    for (const bool implicitTls : {false, true}) {
        for (const char *kind : {"text", "html", "attachment"}) {
            QTest::addRow("%s-%s", implicitTls ? "465-implicit-tls" : "587-starttls", kind)
                << implicitTls << QString::fromLatin1(kind);
        }
    }
}

void TestSubmissionLab::deliversIntact()
{
    QFETCH(bool, implicitTls);
    QFETCH(QString, kind);
    const QString domain = m_lab.domain;
    Mime::MessageBuilder builder;
    builder.setFrom({QStringLiteral("Alice"), QStringLiteral("alice@") + domain});
    builder.setTo({{QStringLiteral("Bob"), QStringLiteral("bob@") + domain}});
    const QString subject = QStringLiteral("Grüße %1 %2").arg(kind, QUuid::createUuid().toString(QUuid::Id128));
    builder.setSubject(subject);
    const QString text = QStringLiteral("Hello Bob,\n.\nA line that is one dot, and one that starts with one:\n"
                                        ".hidden\nÜmlauts and a long line: ")
        + QString(300, QLatin1Char('x')) + QStringLiteral("\n");
    builder.setPlainText(text);
    QByteArray attachment;
    if (kind == QLatin1String("html")) {
        builder.setHtml(QStringLiteral("<p>Hello <b>Bob</b></p>"));
    } else if (kind == QLatin1String("attachment")) {
        for (int i = 0; i < 70000; ++i) {
            attachment += char(i * 7 % 256);
        }
        builder.addAttachment(QStringLiteral("data.bin"), QStringLiteral("application/octet-stream"), attachment);
    }
    const Mime::BuiltMessage built = builder.build();

    SubmissionService service(*m_database);
    service.setSettings(settings(implicitTls, m_lab.password(QStringLiteral("alice"))));
    QVERIFY(service.enqueue({built.data, QStringLiteral("alice@") + domain, built.recipients, built.messageId}).ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY2(summary.allSent(),
        summary.connectionError ? qPrintable(summary.connectionError->text)
                                : qPrintable(summary.reports.value(0).text));
    QCOMPARE(summary.reports.size(), 1);

    const QByteArray arrived = fetchByMessageId(built.messageId);
    QVERIFY2(!arrived.isEmpty(), "the message did not arrive in bob's INBOX");
    const Mime::ParsedMessage parsed = Mime::MessageParser::parse(arrived);
    QCOMPARE(parsed.subject, subject);
    QCOMPARE(parsed.messageId, built.messageId);
    QVERIFY2(
        parsed.displayText.contains(QStringLiteral("\n.\nA line that is one dot")), qPrintable(parsed.displayText));
    QVERIFY(parsed.displayText.contains(QStringLiteral("\n.hidden\n")));
    QVERIFY(parsed.displayText.contains(QString(300, QLatin1Char('x'))));
    if (kind == QLatin1String("html")) {
        QVERIFY(parsed.html.contains(QLatin1String("<b>Bob</b>")));
    }
    if (kind == QLatin1String("attachment")) {
        QCOMPARE(parsed.attachments().size(), 1);
        QCOMPARE(parsed.attachments().first().fileName, QStringLiteral("data.bin"));
        QCOMPARE(Mime::MessageParser::partContent(arrived, parsed.attachments().first().path), attachment);
    }
    // The Sent copy waits in the journal for the IMAP engine to APPEND it.
    QVERIFY(Store::Outbox(*m_database).entries().value().isEmpty());
}

void TestSubmissionLab::wrongPasswordIsAClearError()
{
    SubmissionService service(*m_database);
    service.setSettings(settings(false, QStringLiteral("not-the-password")));
    const QString domain = m_lab.domain;
    QVERIFY(service
                .enqueue({"From: alice@" + domain.toUtf8() + "\r\nTo: bob@" + domain.toUtf8()
                        + "\r\nSubject: wrong password\r\nMessage-ID: <wrong-pw@letterbox.test>\r\n\r\nx\r\n",
                    QStringLiteral("alice@") + domain, {QStringLiteral("bob@") + domain},
                    QStringLiteral("wrong-pw@letterbox.test")})
                .ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY(summary.connectionError);
    QCOMPARE(summary.connectionError->category, Services::SmtpClientError::Category::Authentication);
    QVERIFY2(summary.connectionError->text.contains(QLatin1String("535")), qPrintable(summary.connectionError->text));
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, SendReport::Result::Failed);
    const auto entries = Store::Outbox(*m_database).entries();
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().state, Store::OutboxState::Failed);
    QVERIFY(Store::Outbox(*m_database).remove(entries.value().first().id).ok());
}

void TestSubmissionLab::queueOfTenOverOneConnection()
{
    SubmissionService service(*m_database);
    service.setSettings(settings(false, m_lab.password(QStringLiteral("alice"))));
    const QString domain = m_lab.domain;
    QStringList ids;
    for (int i = 0; i < 10; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@letterbox.test");
        ids.append(id);
        QVERIFY(service
                    .enqueue({"From: alice@" + domain.toUtf8() + "\r\nTo: bob@" + domain.toUtf8()
                            + "\r\nSubject: queue " + QByteArray::number(i) + "\r\nMessage-ID: <" + id.toUtf8()
                            + ">\r\n\r\nmessage " + QByteArray::number(i) + "\r\n",
                        QStringLiteral("alice@") + domain, {QStringLiteral("bob@") + domain}, id})
                    .ok());
    }
    QSignalSpy finished(&service, &SubmissionService::flushFinished);
    QVERIFY(service.flush());
    QVERIFY(finished.wait(60000));
    const Services::FlushSummary summary = finished.first().first().value<Services::FlushSummary>();
    QVERIFY(summary.allSent());
    QCOMPARE(summary.reports.size(), 10);
    QVERIFY(!fetchByMessageId(ids.last()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmissionLab)
#include "tst_submissionlab.moc"
