// SentCopyUploader against a scripted IMAP server: the APPEND that needs its folder
// created first (NO [TRYCREATE]), and an APPEND the server refuses for good.
#include "fakeimapsettings.h"
#include "fakeserver.h"

#include "services/imap/sentcopyuploader.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/offlinejournal.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

namespace {

const QByteArray s_message = "From: alice@letterbox.test\r\nSubject: sent\r\n\r\nhello\r\n";

// Login and LIST as the session sends them (tags are A1, A2, … in sending order).
FakeServer &loginAndList(FakeServer &server)
{
    return server.send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] fake ready\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A1 AUTHENTICATE PLAIN ")))
        .send("A1 OK [CAPABILITY IMAP4rev1 LITERAL+ SPECIAL-USE] logged in\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A2 LIST \"\" \"?\\*\"? RETURN \\(SPECIAL-USE\\)$")))
        .send("* LIST (\\HasNoChildren) \"/\" INBOX\r\nA2 OK listed\r\n");
}

FakeServer &expectAppend(FakeServer &server, const QByteArray &tag)
{
    return server
        .expectMatch(QRegularExpression(QStringLiteral("^%1 APPEND \"?Sent\"? \\(\\\\Seen\\) \\{%2\\+\\}$")
                                            .arg(QString::fromLatin1(tag))
                                            .arg(s_message.size())))
        .expect("From: alice@letterbox.test")
        .expect("Subject: sent")
        .expect("")
        .expect("hello")
        .expect("");
}

} // namespace

class TestSentUploadFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsTheFolderOnTryCreate();
    void refusedAppendIsKeptAsFailed();

private:
    qint64 journalCopy();
    Services::SentUploadSummary upload(quint16 port);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
};

void TestSentUploadFake::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
}

void TestSentUploadFake::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

qint64 TestSentUploadFake::journalCopy()
{
    Store::NewJournalEntry entry;
    entry.kind = Store::JournalKind::Append;
    entry.folderPath = QStringLiteral("Sent");
    entry.args = QJsonObject {{QStringLiteral("role"), QStringLiteral("sent")}};
    entry.blobKey = m_database->blobs().write(s_message).value().key;
    return Store::OfflineJournal(*m_database).append(entry).value();
}

Services::SentUploadSummary TestSentUploadFake::upload(quint16 port)
{
    Services::SentCopyUploader uploader(*m_database);
    uploader.setSettings(fakeImapSettings(port));
    QSignalSpy finished(&uploader, &Services::SentCopyUploader::finished);
    if (!uploader.run() || (finished.isEmpty() && !finished.wait(15000))) {
        return {};
    }
    return finished.first().first().value<Services::SentUploadSummary>();
}

void TestSentUploadFake::createsTheFolderOnTryCreate()
{
    const qint64 id = journalCopy();
    FakeServer server;
    loginAndList(server);
    expectAppend(server, "A3").send("A3 NO [TRYCREATE] Mailbox doesn't exist: Sent\r\n");
    server.expectMatch(QRegularExpression(QStringLiteral("^A4 CREATE \"?Sent\"?$"))).send("A4 OK created\r\n");
    expectAppend(server, "A5")
        .send("A5 OK [APPENDUID 7 1] appended\r\n")
        .expect("A6 LOGOUT")
        .send("* BYE bye\r\nA6 OK done\r\n")
        .close();
    QVERIFY(server.start());
    const Services::SentUploadSummary summary = upload(server.port());
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure() + server.log()));
    QCOMPARE(summary.uploaded, 1);
    QCOMPARE(summary.failed, 0);
    QVERIFY(Store::OfflineJournal(*m_database).pending().value().isEmpty());
    Q_UNUSED(id);
}

void TestSentUploadFake::refusedAppendIsKeptAsFailed()
{
    const qint64 id = journalCopy();
    FakeServer server;
    loginAndList(server);
    expectAppend(server, "A3")
        .send("A3 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\r\n")
        .expect("A4 LOGOUT")
        .send("* BYE bye\r\nA4 OK done\r\n")
        .close();
    QVERIFY(server.start());
    const Services::SentUploadSummary summary = upload(server.port());
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure() + server.log()));
    QCOMPARE(summary.uploaded, 0);
    QCOMPARE(summary.failed, 1);
    QVERIFY(summary.problems.value(0).contains(QLatin1String("Quota exceeded")));
    const auto failed = Store::OfflineJournal(*m_database).failed();
    QCOMPARE(failed.value().size(), 1);
    QCOMPARE(failed.value().first().id, id);
}

QTEST_GUILESS_MAIN(TestSentUploadFake)
#include "tst_sentuploadfake.moc"
