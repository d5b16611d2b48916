#include "services/ingest/messageingest.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::MessageIngest;
using Services::RawMessage;

class TestMessageIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesBlobAndRow();
    void malformedMessageStillGetsARow();
    void failedInsertLeavesNoBlob();
    void snippet_data();
    void snippet();

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
    qint64 m_folder = 0;
};

namespace {

const QByteArray s_mail = "From: =?UTF-8?Q?Zo=C3=AB?= <zoe@example.org>\r\n"
                          "To: Bob <bob@example.org>, carol@example.org\r\n"
                          "Subject: Lunch on Friday\r\n"
                          "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
                          "Message-ID: <lunch-1@example.org>\r\n"
                          "References: <a@x> <b@x>\r\n"
                          "In-Reply-To: <b@x>\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n"
                          "\r\n"
                          "Shall we try   the\r\nnew ramen place?\r\n";

} // namespace

void TestMessageIngest::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
    Store::NewFolder inbox;
    inbox.path = QStringLiteral("Inbox");
    inbox.localOnly = true;
    const Store::Result<qint64> folder = Store::FolderStore(*m_database).create(inbox);
    QVERIFY2(folder.ok(), qPrintable(folder.message()));
    m_folder = folder.value();
}

void TestMessageIngest::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

void TestMessageIngest::storesBlobAndRow()
{
    RawMessage raw;
    raw.bytes = s_mail;
    raw.uidl = "uidl-1";
    raw.flags = Store::MessageFlag::Seen;
    const Store::Result<QList<qint64>> ids = MessageIngest(*m_database).store(m_folder, {raw});
    QVERIFY2(ids.ok(), qPrintable(ids.message()));
    QCOMPARE(ids.value().size(), 1);

    Store::MessageQuery query(*m_database);
    const auto record = query.record(ids.value().first());
    QVERIFY(record.ok() && record.value().has_value());
    const Store::MessageRecord &row = *record.value();
    QCOMPARE(row.subject, QStringLiteral("Lunch on Friday"));
    QCOMPARE(row.fromName, QString::fromUtf8("Zoë"));
    QCOMPARE(row.fromAddress, QStringLiteral("zoe@example.org"));
    QVERIFY(row.toSummary.contains(QStringLiteral("carol@example.org")));
    QCOMPARE(row.messageId, QStringLiteral("lunch-1@example.org"));
    QCOMPARE(row.references, (QStringList {QStringLiteral("a@x"), QStringLiteral("b@x")}));
    QCOMPARE(row.snippet, QStringLiteral("Shall we try the new ramen place?"));
    QCOMPARE(row.uidl, QByteArray("uidl-1"));
    QVERIFY(row.flags.testFlag(Store::MessageFlag::Seen));
    QCOMPARE(row.bodyState, Store::BodyState::Full);
    QCOMPARE(row.size, qint64(s_mail.size()));
    QVERIFY(row.internalDate.isValid());

    const Store::Result<QByteArray> blob = m_database->blobs().read(row.blobKey);
    QVERIFY(blob.ok());
    QCOMPARE(blob.value(), s_mail);

    const auto hits = query.search(QStringLiteral("ramen"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits.value().size(), 1);
}

void TestMessageIngest::malformedMessageStillGetsARow()
{
    RawMessage raw;
    raw.bytes = QByteArray("Subject: broken\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n\0\0\0", 70);
    const Store::Result<QList<qint64>> ids = MessageIngest(*m_database).store(m_folder, {raw});
    QVERIFY2(ids.ok(), qPrintable(ids.message()));
    const auto record = Store::MessageQuery(*m_database).record(ids.value().first());
    QVERIFY(record.ok() && record.value().has_value());
    QCOMPARE(record.value()->subject, QStringLiteral("broken"));
    QCOMPARE(record.value()->bodyState, Store::BodyState::Full);
}

void TestMessageIngest::failedInsertLeavesNoBlob()
{
    RawMessage raw;
    raw.bytes = s_mail;
    const qint64 noSuchFolder = m_folder + 1000;
    const Store::Result<QList<qint64>> ids = MessageIngest(*m_database).store(noSuchFolder, {raw, raw});
    QVERIFY(!ids.ok());
    const Store::Result<QStringList> keys = m_database->blobs().keys();
    QVERIFY(keys.ok());
    QVERIFY2(keys.value().isEmpty(), "a blob without a row was left behind");
}

void TestMessageIngest::snippet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("leading-and-inner-space")
        << QStringLiteral("\n\n  Hi\tthere\n\nBob  ") << QStringLiteral("Hi there Bob");
    QTest::newRow("cut-at-160") << QString(400, QLatin1Char('a')) << QString(160, QLatin1Char('a'));
}

void TestMessageIngest::snippet()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MessageIngest::snippetOf(text), expected);
}

QTEST_GUILESS_MAIN(TestMessageIngest)
#include "tst_messageingest.moc"
