// Pop3Retrieval against the lab's real Dovecot POP3, over STLS and over implicit TLS:
// every message downloaded intact, a second sync downloads nothing, and each retention
// policy leaves the server as it says, checked over an independent POP3S connection.
// The user dave belongs to this test; each test function empties and refills his INBOX.
#include "pop3labmailbox.h"

#include "services/pop3/pop3retrieval.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/pop3ledger.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Accounts::Pop3Retention;
using Services::Pop3Retrieval;
using Services::SyncReport;

namespace {

constexpr int s_messages = 6;

QString failureOf(const SyncReport &report)
{
    return report.error ? report.error->text : QString();
}

} // namespace

class TestPop3Lab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void downloadsIntact_data();
    void downloadsIntact();
    void secondSyncDownloadsNothing();
    void retention_data();
    void retention();

private:
    SyncReport run(const Services::Pop3ServerSettings &settings, const QDateTime &now = {});
    qint64 inboxId();
    QList<QByteArray> serverUidls();

    std::optional<LabEnvironment> m_lab;
    std::unique_ptr<Pop3LabMailbox> m_mailbox;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
};

void TestPop3Lab::initTestCase()
{
    QString error;
    m_lab = LabEnvironment::load(&error);
    QVERIFY2(m_lab, qPrintable(error));
    m_mailbox = std::make_unique<Pop3LabMailbox>(*m_lab, QStringLiteral("dave"));
}

void TestPop3Lab::init()
{
    QString error;
    QVERIFY2(m_mailbox->clear(&error), qPrintable(error));
    QVERIFY2(m_mailbox->fill(s_messages, &error), qPrintable(error));
    QCOMPARE(serverUidls().size(), s_messages);
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
}

void TestPop3Lab::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

SyncReport TestPop3Lab::run(const Services::Pop3ServerSettings &settings, const QDateTime &now)
{
    Pop3Retrieval engine(*m_database);
    engine.setSettings(settings);
    if (now.isValid()) {
        engine.setClock([now] { return now; });
    }
    QSignalSpy finished(&engine, &Pop3Retrieval::finished);
    if (!engine.sync({}) || (finished.isEmpty() && !finished.wait(60000))) {
        SyncReport none;
        none.error = Services::RetrievalError {false, false, true, QStringLiteral("no finished()"), {}};
        return none;
    }
    return finished.first().first().value<SyncReport>();
}

qint64 TestPop3Lab::inboxId()
{
    const auto inbox = Store::FolderStore(*m_database).findByRole(Store::SpecialUse::Inbox);
    return inbox.ok() && inbox.value() ? inbox.value()->id : 0;
}

QList<QByteArray> TestPop3Lab::serverUidls()
{
    QString error;
    const std::optional<QList<QByteArray>> uidls = m_mailbox->uidls(&error);
    if (!uidls) {
        qWarning("%s", qPrintable(error));
    }
    return uidls.value_or(QList<QByteArray> {});
}

void TestPop3Lab::downloadsIntact_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("stls") << false;
    QTest::newRow("pop3s") << true;
}

void TestPop3Lab::downloadsIntact()
{
    QFETCH(bool, implicitTls);
    const QList<QByteArray> uidls = serverUidls();
    const SyncReport report = run(m_mailbox->settings(implicitTls, Pop3Retention::Keep));
    QVERIFY2(report.ok(), qPrintable(failureOf(report)));
    QCOMPARE(report.protocol, QStringLiteral("pop3"));
    QCOMPARE(report.folders.size(), 1);
    QCOMPARE(report.folders.first().newMessages, s_messages);
    QCOMPARE(report.folders.first().bodiesFetched, s_messages);
    QVERIFY(report.bytesIn > 0 && report.bytesOut > 0 && report.roundTrips > 0);
    // Every message, byte for byte as an independent RETR sees it, under its UIDL.
    const qint64 inbox = inboxId();
    for (int i = 0; i < uidls.size(); ++i) {
        const auto id = Store::MessageStore(*m_database).idForUidl(inbox, uidls.at(i));
        QVERIFY2(id.ok() && id.value(), uidls.at(i).constData());
        const auto record = Store::MessageQuery(*m_database).record(*id.value());
        QVERIFY(record.ok() && record.value());
        const auto bytes = m_database->blobs().read(record.value()->blobKey);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes.value(), m_mailbox->retrieve(i + 1));
        QVERIFY(Store::Pop3Ledger(*m_database).entry(uidls.at(i)).value()->stored);
    }
    // The local folders of a POP3 account exist.
    for (const Store::SpecialUse role :
        {Store::SpecialUse::Inbox, Store::SpecialUse::Sent, Store::SpecialUse::Drafts, Store::SpecialUse::Trash}) {
        const auto folder = Store::FolderStore(*m_database).findByRole(role);
        QVERIFY(folder.ok() && folder.value() && folder.value()->localOnly);
    }
    QCOMPARE(serverUidls(), uidls); // leave on server
}

void TestPop3Lab::secondSyncDownloadsNothing()
{
    const SyncReport first = run(m_mailbox->settings(false, Pop3Retention::Keep));
    QVERIFY2(first.ok(), qPrintable(failureOf(first)));
    const SyncReport second = run(m_mailbox->settings(true, Pop3Retention::Keep));
    QVERIFY2(second.ok(), qPrintable(failureOf(second)));
    QCOMPARE(second.folders.first().newMessages, 0);
    QCOMPARE(second.folders.first().bodiesFetched, 0);
    QVERIFY(second.bytesIn < first.bytesIn / 2);
    QCOMPARE(Store::FolderStore(*m_database).folder(inboxId()).value()->totalCount, s_messages);
    QCOMPARE(m_database->blobs().keys().value().size(), s_messages);
}

void TestPop3Lab::retention_data()
{
    QTest::addColumn<Pop3Retention>("retention");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<int>("afterFirst"); ///< messages on the server after the first run
    QTest::addColumn<int>("afterSecond"); ///< ... after the second (two rows deleted locally, clock +3 days)
    QTest::newRow("keep") << Pop3Retention::Keep << 0 << s_messages << s_messages;
    QTest::newRow("delete-after-download") << Pop3Retention::DeleteAfterDownload << 0 << 0 << 0;
    QTest::newRow("keep-2-days") << Pop3Retention::KeepDays << 2 << s_messages << 0;
    QTest::newRow("delete-with-local") << Pop3Retention::DeleteWithLocal << 0 << s_messages << s_messages - 2;
}

void TestPop3Lab::retention()
{
    QFETCH(Pop3Retention, retention);
    QFETCH(int, keepDays);
    QFETCH(int, afterFirst);
    QFETCH(int, afterSecond);
    const QList<QByteArray> uidls = serverUidls();
    const SyncReport first = run(m_mailbox->settings(true, retention, keepDays));
    QVERIFY2(first.ok(), qPrintable(failureOf(first)));
    QCOMPARE(first.folders.first().newMessages, s_messages);
    QCOMPARE(serverUidls().size(), afterFirst);

    // Two messages deleted here: moved to Trash (still here), then removed from it.
    const qint64 inbox = inboxId();
    const auto trash = Store::FolderStore(*m_database).findByRole(Store::SpecialUse::Trash).value();
    QVERIFY(trash);
    QList<qint64> removed;
    for (const QByteArray &uidl : uidls.first(2)) {
        removed.append(*Store::MessageStore(*m_database).idForUidl(inbox, uidl).value());
    }
    QVERIFY(Store::MessageStore(*m_database).move(removed, trash->id).ok());
    const SyncReport moved = run(m_mailbox->settings(false, retention, keepDays));
    QVERIFY2(moved.ok(), qPrintable(failureOf(moved)));
    QCOMPARE(serverUidls().size(), afterFirst); // in Trash is not deleted
    QVERIFY(Store::MessageStore(*m_database).remove(removed).ok());

    const SyncReport second
        = run(m_mailbox->settings(false, retention, keepDays), QDateTime::currentDateTimeUtc().addDays(3));
    QVERIFY2(second.ok(), qPrintable(failureOf(second)));
    QCOMPARE(second.folders.first().newMessages, 0);
    const QList<QByteArray> left = serverUidls();
    QCOMPARE(left.size(), afterSecond);
    if (retention == Pop3Retention::DeleteWithLocal) {
        QCOMPARE(left, uidls.mid(2));
    }
    // Whatever went from the server is in the cache (or was deleted here on purpose).
    const qint64 rows = Store::FolderStore(*m_database).folder(inbox).value()->totalCount;
    QCOMPARE(rows, s_messages - 2);
    // The ledger marks as deleted exactly what QUIT's +OK removed.
    int notDeleted = 0;
    for (const Store::Pop3LedgerEntry &entry : Store::Pop3Ledger(*m_database).entries().value()) {
        QVERIFY(entry.stored);
        notDeleted += entry.deletedOnServer ? 0 : 1;
    }
    QCOMPARE(notDeleted, afterSecond);
}

QTEST_GUILESS_MAIN(TestPop3Lab)
#include "tst_pop3lab.moc"
