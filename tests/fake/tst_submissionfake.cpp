// The submission service against scripted SMTP servers, for what no real server does on
// request: STARTTLS missing, refused or injected into; 421 mid-session; a recipient
// refused; the server down, then back; the connection cut during and after DATA.
#include "fakeserver.h"
#include "testcertificates.h"

#include "services/submission/submissionservice.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/outbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::SendReport;
using Services::SubmissionService;

namespace {

const QByteArray s_message = "From: alice@letterbox.test\r\nTo: bob@letterbox.test\r\nSubject: hi\r\n"
                             "Message-ID: <fake-1@letterbox.test>\r\n\r\nHello Bob\r\n.hidden dot line\r\n";

Services::OutgoingMessage outgoing(const QStringList &recipients = {QStringLiteral("bob@letterbox.test")})
{
    return {s_message, QStringLiteral("alice@letterbox.test"), recipients, QStringLiteral("fake-1@letterbox.test")};
}

// A plain ESMTP greeting and EHLO answer without PIPELINING, so the script sees one
// command at a time.
FakeServer &greet(FakeServer &server, const QByteArray &extensions = "250 8BITMIME\r\n")
{
    return server.send("220 fake.test ESMTP\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^EHLO ")))
        .send("250-fake.test\r\n" + extensions);
}

// The message's lines as the client must send them after 354: dot-stuffed, then ".".
FakeServer &expectBody(FakeServer &server)
{
    for (const QByteArray line : {"From: alice@letterbox.test", "To: bob@letterbox.test", "Subject: hi",
             "Message-ID: <fake-1@letterbox.test>", "", "Hello Bob", "..hidden dot line", "."}) {
        server.expect(line);
    }
    return server;
}

// Greeting, then MAIL FROM alice and RCPT TO bob accepted and DATA's go-ahead.
FakeServer &acceptEnvelope(FakeServer &server)
{
    return greet(server)
        .expect("MAIL FROM:<alice@letterbox.test>")
        .send("250 ok\r\n")
        .expect("RCPT TO:<bob@letterbox.test>")
        .send("250 ok\r\n")
        .expect("DATA")
        .send("354 go\r\n");
}

} // namespace

class TestSubmissionFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startTlsNotOffered();
    void startTlsRefused();
    void plaintextInjectedAfterGoAhead();
    void startTlsUpgradeThenSends();
    void serviceClosingMidSession();
    void oneOfThreeRecipientsRefused();
    void serverDownThenBack();
    void connectionCutDuringData();
    void noReplyAfterFinalDot();
    void permanentRefusalKeepsServerWords();
    void automaticRetrySendsWhatIsQueued();
    void backoffDoublesToAnHour_data();
    void backoffDoublesToAnHour();

private:
    Services::SubmissionSettings settings(quint16 port, Smtp::SmtpSecurity security) const;
    Services::FlushSummary flush(
        SubmissionService &service, SubmissionService::FlushMode mode = SubmissionService::FlushMode::Due);
    Store::OutboxEntry onlyEntry();

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
};

void TestSubmissionFake::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
}

void TestSubmissionFake::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

Services::SubmissionSettings TestSubmissionFake::settings(quint16 port, Smtp::SmtpSecurity security) const
{
    Services::SubmissionSettings settings;
    settings.accountName = QStringLiteral("fake");
    settings.endpoint = {QStringLiteral("127.0.0.1"), port};
    QString error;
    settings.tls.addCaFile(TestCertificates::caFile(), &error);
    settings.session.security = security;
    settings.timeouts.connectMs = 5000;
    settings.timeouts.readMs = 3000;
    settings.imapAccount = false;
    return settings;
}

Services::FlushSummary TestSubmissionFake::flush(SubmissionService &service, SubmissionService::FlushMode mode)
{
    QSignalSpy finished(&service, &SubmissionService::flushFinished);
    if (!service.flush(mode) || (finished.isEmpty() && !finished.wait(20000))) {
        return {};
    }
    return finished.first().first().value<Services::FlushSummary>();
}

Store::OutboxEntry TestSubmissionFake::onlyEntry()
{
    const auto entries = Store::Outbox(*m_database).entries();
    return entries.ok() && entries.value().size() == 1 ? entries.value().first() : Store::OutboxEntry();
}

void TestSubmissionFake::startTlsNotOffered()
{
    FakeServer server;
    greet(server, "250 AUTH PLAIN LOGIN\r\n").expectDisconnect();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::StartTls));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY(summary.connectionError);
    QCOMPARE(summary.connectionError->category, Services::SmtpClientError::Category::Security);
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, SendReport::Result::Failed); // no retry by itself
    QVERIFY2(!server.received().contains("MAIL"), server.received().constData());
    QVERIFY(!server.received().contains("AUTH"));
    QCOMPARE(onlyEntry().state, Store::OutboxState::Failed);
    QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), 5000);
}

void TestSubmissionFake::startTlsRefused()
{
    FakeServer server;
    greet(server, "250 STARTTLS\r\n").expect("STARTTLS").send("454 4.7.0 TLS not available\r\n").expectDisconnect();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::StartTls));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY(summary.connectionError);
    QCOMPARE(summary.connectionError->category, Services::SmtpClientError::Category::Security);
    QVERIFY(!server.received().contains("MAIL"));
    QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), 5000);
    QCOMPARE(server.failure(), QString());
}

void TestSubmissionFake::plaintextInjectedAfterGoAhead()
{
    // The go-ahead and a forged reply in one write: a man in the middle hoping the client
    // reads "250" as coming from inside TLS (CVE-2011-0411).
    FakeServer server;
    greet(server, "250 STARTTLS\r\n").expect("STARTTLS").sendThenStartTls("220 go ahead\r\n250 injected\r\n");
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::StartTls));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY(summary.connectionError);
    QCOMPARE(summary.connectionError->category, Services::SmtpClientError::Category::Security);
    QVERIFY2(!server.received().contains("MAIL"), server.received().constData());
    QCOMPARE(onlyEntry().state, Store::OutboxState::Failed);
}

void TestSubmissionFake::startTlsUpgradeThenSends()
{
    FakeServer server;
    greet(server, "250 STARTTLS\r\n")
        .expect("STARTTLS")
        .sendThenStartTls("220 go ahead\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^EHLO ")))
        .send("250 fake.test\r\n")
        .expect("MAIL FROM:<alice@letterbox.test>")
        .send("250 2.1.0 ok\r\n")
        .expect("RCPT TO:<bob@letterbox.test>")
        .send("250 2.1.5 ok\r\n")
        .expect("DATA")
        .send("354 go\r\n");
    expectBody(server).send("250 2.0.0 queued as 1\r\n").expect("QUIT").send("221 bye\r\n").close();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::StartTls));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure() + server.log()));
    QVERIFY2(summary.allSent(), summary.connectionError ? qPrintable(summary.connectionError->text) : "");
    QCOMPARE(summary.reports.first().result, SendReport::Result::Sent);
    QVERIFY(server.isHandshakeDone());
    // Sent and gone from the outbox; a POP3 account's copy is in the local Sent folder.
    QCOMPARE(Store::Outbox(*m_database).entries().value().size(), 0);
    const auto sent = Store::FolderStore(*m_database).findByRole(Store::SpecialUse::Sent);
    QVERIFY(sent.ok() && sent.value());
    QCOMPARE(sent.value()->totalCount, 1);
}

void TestSubmissionFake::serviceClosingMidSession()
{
    FakeServer server;
    greet(server).expect("MAIL FROM:<alice@letterbox.test>").send("421 4.3.2 shutting down\r\n").close();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::None));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, SendReport::Result::WillRetry);
    QVERIFY(summary.reports.first().text.contains(QLatin1String("421"))
        || summary.connectionError->text.contains(QLatin1String("421")));
    const Store::OutboxEntry entry = onlyEntry();
    QCOMPARE(entry.state, Store::OutboxState::Failed);
    QVERIFY(entry.nextAttempt > QDateTime::currentDateTimeUtc());
}

void TestSubmissionFake::oneOfThreeRecipientsRefused()
{
    FakeServer server;
    greet(server)
        .expect("MAIL FROM:<alice@letterbox.test>")
        .send("250 ok\r\n")
        .expect("RCPT TO:<bob@letterbox.test>")
        .send("250 ok\r\n")
        .expect("RCPT TO:<nobody@letterbox.test>")
        .send("550 5.1.1 <nobody@letterbox.test>: Recipient address rejected: User unknown\r\n")
        .expect("RCPT TO:<carol@letterbox.test>")
        .send("250 ok\r\n")
        .expect("DATA")
        .send("354 go\r\n");
    expectBody(server).send("250 queued\r\n").expect("QUIT").send("221 bye\r\n").close();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::None));
    QVERIFY(service
                .enqueue(outgoing({QStringLiteral("bob@letterbox.test"), QStringLiteral("nobody@letterbox.test"),
                    QStringLiteral("carol@letterbox.test")}))
                .ok());
    const Services::FlushSummary summary = flush(service);
    QCOMPARE(summary.reports.size(), 1);
    const SendReport &report = summary.reports.first();
    QCOMPARE(report.result, SendReport::Result::PartlySent);
    QCOMPARE(report.refusedRecipients, QStringList {QStringLiteral("nobody@letterbox.test")});
    QVERIFY2(report.text.contains(QLatin1String("nobody@letterbox.test")), qPrintable(report.text));
    QVERIFY(report.text.contains(QLatin1String("User unknown")));
    QVERIFY(!summary.allSent());
}

void TestSubmissionFake::serverDownThenBack()
{
    // A port that was just free: nothing listens there while the server is "down".
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SubmissionService service(*m_database);
    service.setSettings(settings(port, Smtp::SmtpSecurity::None));
    QVERIFY(service.enqueue(outgoing()).ok());
    Services::FlushSummary summary = flush(service);
    QVERIFY(summary.connectionError);
    QCOMPARE(summary.connectionError->category, Services::SmtpClientError::Category::Network);
    QCOMPARE(summary.reports.first().result, SendReport::Result::WillRetry);
    QCOMPARE(onlyEntry().state, Store::OutboxState::Failed);
    QCOMPARE(onlyEntry().attempts, 1);

    // Not due yet: a plain flush leaves it alone.
    summary = flush(service);
    QVERIFY(summary.reports.isEmpty());

    FakeServer server;
    acceptEnvelope(server);
    expectBody(server);
    server.send("250 queued\r\n").expect("QUIT").send("221 bye\r\n").close();
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    summary = flush(service, SubmissionService::FlushMode::Everything);
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure() + server.log()));
    QVERIFY(summary.allSent());
    QVERIFY(Store::Outbox(*m_database).entries().value().isEmpty());
}

void TestSubmissionFake::connectionCutDuringData()
{
    FakeServer server;
    acceptEnvelope(server).expect("From: alice@letterbox.test").drop();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::None));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QCOMPARE(summary.reports.size(), 1);
    // The whole message went out before the drop (it is small), so the session cannot
    // know whether the server kept it: either answer is safe, losing it is not.
    const SendReport::Result result = summary.reports.first().result;
    QVERIFY(result == SendReport::Result::WillRetry || result == SendReport::Result::MaybeSent);
    const Store::OutboxEntry entry = onlyEntry();
    QVERIFY(entry.id != 0);
    QVERIFY(m_database->blobs().contains(entry.blobKey)); // the message is still there
}

void TestSubmissionFake::noReplyAfterFinalDot()
{
    FakeServer server;
    acceptEnvelope(server);
    expectBody(server);
    server.drop();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::None));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure()));
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, SendReport::Result::MaybeSent);
    QVERIFY(summary.reports.first().text.contains(QLatin1String("fake-1@letterbox.test")));
    const Store::OutboxEntry entry = onlyEntry();
    QCOMPARE(entry.state, Store::OutboxState::MaybeSent);
    // Not sent again by itself, not even by "send everything now".
    QVERIFY(flush(service, SubmissionService::FlushMode::Everything).reports.isEmpty());
    QCOMPARE(server.connectionCount(), 1);
}

void TestSubmissionFake::permanentRefusalKeepsServerWords()
{
    FakeServer server;
    greet(server)
        .expect("MAIL FROM:<alice@letterbox.test>")
        .send("553 5.7.1 <alice@letterbox.test>: Sender address rejected: not owned by user\r\n")
        .expect("RSET")
        .send("250 ok\r\n")
        .expect("QUIT")
        .send("221 bye\r\n")
        .close();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::None));
    QVERIFY(service.enqueue(outgoing()).ok());
    const Services::FlushSummary summary = flush(service);
    QCOMPARE(summary.reports.size(), 1);
    QCOMPARE(summary.reports.first().result, SendReport::Result::Failed);
    const Store::OutboxEntry entry = onlyEntry();
    QCOMPARE(entry.state, Store::OutboxState::Failed);
    QVERIFY2(entry.lastError.contains(QLatin1String("not owned by user")), qPrintable(entry.lastError));
    QVERIFY(!entry.nextAttempt.isValid() || entry.nextAttempt.toMSecsSinceEpoch() == 0);
}

void TestSubmissionFake::automaticRetrySendsWhatIsQueued()
{
    FakeServer server;
    acceptEnvelope(server);
    expectBody(server).send("250 queued\r\n").expect("QUIT").send("221 bye\r\n").close();
    QVERIFY(server.start());
    SubmissionService service(*m_database);
    service.setSettings(settings(server.port(), Smtp::SmtpSecurity::None));
    QVERIFY(service.enqueue(outgoing()).ok());
    QSignalSpy finished(&service, &SubmissionService::flushFinished);
    service.setAutomaticRetry(true); // the window's mode: nobody calls flush()
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().value<Services::FlushSummary>().allSent());
    QVERIFY(Store::Outbox(*m_database).entries().value().isEmpty());
}

void TestSubmissionFake::backoffDoublesToAnHour_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("first") << 1 << qint64(60);
    QTest::newRow("second") << 2 << qint64(120);
    QTest::newRow("fourth") << 4 << qint64(480);
    QTest::newRow("capped") << 7 << qint64(3600);
    QTest::newRow("far-capped") << 1000 << qint64(3600);
}

void TestSubmissionFake::backoffDoublesToAnHour()
{
    QFETCH(int, attempts);
    QFETCH(qint64, seconds);
    QCOMPARE(SubmissionService::backoffSeconds(attempts), seconds);
}

QTEST_GUILESS_MAIN(TestSubmissionFake)
#include "tst_submissionfake.moc"
