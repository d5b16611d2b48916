// `folders`, `list`, `read` and `search` (CLI.md "Mail") on the real binary, over a
// cache filled beforehand: they read the local cache only. The account points at a
// port nothing listens on, so a command that tried the network would fail.
#include "accounts/account.h"
#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "services/ingest/messageingest.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QByteArray mail(int n, const QByteArray &subject, const QByteArray &body, bool attachment = false)
{
    QByteArray text = "From: Bob Builder <bob@letterbox.test>\r\n"
                      "To: alice@letterbox.test\r\n"
                      "Subject: "
        + subject + "\r\nDate: Tue, 0" + QByteArray::number(n) + " Dec 2026 10:00:00 +0000\r\nMessage-ID: <m"
        + QByteArray::number(n) + "@letterbox.test>\r\nMIME-Version: 1.0\r\n";
    if (!attachment) {
        return text + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
    }
    return text + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" + body
        + "\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=plan.pdf\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";
}

} // namespace

class TestOfflineCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldersJson();
    void listJsonNewestFirst();
    void listLimitAndTextForm();
    void readTextJsonAndRaw();
    void readHeadersOnlyMessageFails();
    void searchFindsBodyWords();
    void unknownAccountOrFolderIsUsageError();

private:
    Run cli(const QStringList &arguments) const;

    QTemporaryDir m_profile;
    QByteArray m_third;
};

Run TestOfflineCommands::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(
        QStringLiteral(LETTERBOX_CLI_PATH), QStringList {QStringLiteral("--profile"), m_profile.path()} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestOfflineCommands::initTestCase()
{
    QVERIFY(m_profile.isValid());
    const Accounts::Profile profile = Accounts::Profile::atDirectory(m_profile.path());
    QVERIFY(profile.ensureExists(nullptr));
    Accounts::Account account;
    account.name = QStringLiteral("lab");
    account.email = QStringLiteral("alice@letterbox.test");
    account.protocol = Accounts::IncomingProtocol::Imap;
    for (Accounts::ServerSettings *server : {&account.incoming, &account.smtp}) {
        server->host = QStringLiteral("127.0.0.1");
        server->port = 9; // discard: nothing listens there
        server->security = Accounts::Security::Tls;
        server->user = QStringLiteral("alice");
    }
    Accounts::AccountStore accounts(profile);
    const Accounts::AccountResult added = accounts.add(account);
    QVERIFY2(added.ok(), qPrintable(added.message));

    Store::Database database(profile.accountDataDirectory(QStringLiteral("lab")));
    QVERIFY(database.open().ok());
    Store::NewFolder inbox;
    inbox.path = QStringLiteral("INBOX");
    inbox.role = Store::SpecialUse::Inbox;
    inbox.uidValidity = 7;
    const Store::Result<qint64> inboxId = Store::FolderStore(database).create(inbox);
    Store::NewFolder archive;
    archive.path = QStringLiteral("Archive");
    archive.role = Store::SpecialUse::Archive;
    archive.uidValidity = 8;
    QVERIFY(Store::FolderStore(database).create(archive).ok());
    QVERIFY(inboxId.ok());

    m_third = mail(3, "Plans", "The blueprint for the new bridge is attached.", true);
    QList<Services::RawMessage> messages;
    const QList<QByteArray> bodies {
        mail(1, "Hello", "First note about concrete."), mail(2, "Lunch", "Shall we try the ramen place?"), m_third};
    for (int i = 0; i < bodies.size(); ++i) {
        Services::RawMessage raw;
        raw.bytes = bodies.at(i);
        raw.uid = quint32(101 + i);
        raw.flags = i == 0 ? Store::MessageFlags(Store::MessageFlag::Seen) : Store::MessageFlags();
        raw.internalDate = QDateTime(QDate(2026, 12, 1 + i), QTime(10, 0), Qt::UTC);
        messages.append(raw);
    }
    const Store::Result<QList<qint64>> stored = Services::MessageIngest(database).store(inboxId.value(), messages);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));

    // A header-only row, as an IMAP header sync leaves it.
    Store::NewMessage headersOnly;
    headersOnly.size = 500;
    headersOnly.uid = 200;
    headersOnly.subject = QStringLiteral("Not downloaded");
    headersOnly.internalDate = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(Store::MessageStore(database).insert(inboxId.value(), {headersOnly}).ok());
}

void TestOfflineCommands::foldersJson()
{
    const Run run = cli({QStringLiteral("folders"), QStringLiteral("lab"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("account")).toString(), QStringLiteral("lab"));
    const QJsonArray folders = json.value(QStringLiteral("folders")).toArray();
    QCOMPARE(folders.size(), 2);
    QJsonObject inbox;
    for (const QJsonValue &folder : folders) {
        if (folder.toObject().value(QStringLiteral("path")).toString() == QLatin1String("INBOX")) {
            inbox = folder.toObject();
        }
    }
    QCOMPARE(inbox.value(QStringLiteral("role")).toString(), QStringLiteral("inbox"));
    QCOMPARE(inbox.value(QStringLiteral("messages")).toInt(), 4);
    QCOMPARE(inbox.value(QStringLiteral("unread")).toInt(), 3);
}

void TestOfflineCommands::listJsonNewestFirst()
{
    const Run run = cli({QStringLiteral("list"), QStringLiteral("lab"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray messages = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    const QJsonObject newest = messages.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("uid")).toInt(), 103);
    QCOMPARE(newest.value(QStringLiteral("subject")).toString(), QStringLiteral("Plans"));
    QCOMPARE(newest.value(QStringLiteral("from")).toString(), QStringLiteral("Bob Builder <bob@letterbox.test>"));
    QCOMPARE(newest.value(QStringLiteral("to")).toString(), QStringLiteral("alice@letterbox.test"));
    QVERIFY(newest.value(QStringLiteral("has_attachments")).toBool());
    QVERIFY(newest.value(QStringLiteral("date")).toString().startsWith(QLatin1String("2026-12-03")));
    QVERIFY(newest.value(QStringLiteral("size")).toInt() > 0);
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("flags")).toArray(), QJsonArray {QStringLiteral("\\Seen")});
    QCOMPARE(messages.last().toObject().value(QStringLiteral("uid")).toInt(), 200);
}

void TestOfflineCommands::listLimitAndTextForm()
{
    const Run run
        = cli({QStringLiteral("list"), QStringLiteral("lab"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QLatin1String("103")) && lines.at(0).contains(QLatin1String("Plans")));
    QVERIFY(lines.at(1).contains(QLatin1String("Lunch")));
    QCOMPARE(
        cli({QStringLiteral("list"), QStringLiteral("lab"), QStringLiteral("--limit"), QStringLiteral("x")}).exitCode,
        2);
    const Run archive
        = cli({QStringLiteral("list"), QStringLiteral("lab"), QStringLiteral("--folder"), QStringLiteral("Archive")});
    QCOMPARE(archive.exitCode, 0);
    QVERIFY(QString::fromUtf8(archive.out).contains(QLatin1String("no messages")));
}

void TestOfflineCommands::readTextJsonAndRaw()
{
    const QStringList base {QStringLiteral("read"), QStringLiteral("lab"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QStringLiteral("103")};
    const Run text = cli(base);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Subject: Plans"));
    QVERIFY(text.out.contains("blueprint for the new bridge"));
    QVERIFY(text.out.contains("plan.pdf"));

    const Run json = cli(base + QStringList {QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QStringLiteral("subject")).toString(), QStringLiteral("Plans"));
    QCOMPARE(object.value(QStringLiteral("uid")).toInt(), 103);
    QVERIFY(object.value(QStringLiteral("text")).toString().contains(QLatin1String("blueprint")));

    const Run raw = cli(base + QStringList {QStringLiteral("--raw")});
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.out, m_third);

    QCOMPARE(cli(base + QStringList {QStringLiteral("--raw"), QStringLiteral("--json")}).exitCode, 2);
}

void TestOfflineCommands::readHeadersOnlyMessageFails()
{
    const Run run = cli({QStringLiteral("read"), QStringLiteral("lab"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QStringLiteral("200")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("--bodies")), qPrintable(run.err));
    const Run missing = cli({QStringLiteral("read"), QStringLiteral("lab"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QStringLiteral("999")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("999")));
}

void TestOfflineCommands::searchFindsBodyWords()
{
    const Run run
        = cli({QStringLiteral("search"), QStringLiteral("lab"), QStringLiteral("ramen"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray messages = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("Lunch"));
    QCOMPARE(messages.first().toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX"));

    const Run byName = cli({QStringLiteral("search"), QStringLiteral("lab"), QStringLiteral("builder")});
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(QString::fromUtf8(byName.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);

    const Run none = cli({QStringLiteral("search"), QStringLiteral("lab"), QStringLiteral("zeppelin")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains("No message"));
}

void TestOfflineCommands::unknownAccountOrFolderIsUsageError()
{
    const Run account = cli({QStringLiteral("list"), QStringLiteral("nobody")});
    QCOMPARE(account.exitCode, 2);
    QVERIFY(account.err.contains(QLatin1String("nobody")));
    const Run folder
        = cli({QStringLiteral("list"), QStringLiteral("lab"), QStringLiteral("--folder"), QStringLiteral("Nope")});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY(folder.err.contains(QLatin1String("Nope")));
    QCOMPARE(cli({QStringLiteral("folders")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestOfflineCommands)
#include "tst_offlinecommands.moc"
