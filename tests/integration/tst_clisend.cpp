// `letterbox-cli send`, `send --raw` and `outbox` end to end: the real binary, a profile
// of its own, an account added with `account add`, and the lab's Postfix. The exit code
// is the contract: 0 only when every message is known to be accepted for every recipient.
#include "labenvironment.h"
#include "lineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendComposedMessage();
    void sendRawFilesOverOneConnection();
    void refusedRecipientExitsNonZero();
    void untrustedCertificateIsASecurityRefusal();
    void serverDownKeepsTheMessageInTheOutbox();

private:
    Run cli(const QStringList &arguments) const;
    bool inAlicesSent(const QString &subject) const;
    void addAccount(const QString &name, const QStringList &extra);

    LabEnvironment m_lab;
    QTemporaryDir m_profile;
    QTemporaryDir m_files;
};

Run TestCliSend::cli(const QStringList &arguments) const
{
    QProcess process;
    process.start(
        QStringLiteral(LETTERBOX_CLI_PATH), QStringList {QStringLiteral("--profile"), m_profile.path()} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

// Whether alice's Sent folder on the server holds a message with @p subject: what a second
// device would see.
bool TestCliSend::inAlicesSent(const QString &subject) const
{
    LineClient client({QSslCertificate::fromPath(m_lab.caFile)});
    if (!client.connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        return false;
    }
    client.readLine();
    client.imapCommand("a1", "LOGIN alice \"" + m_lab.password(QStringLiteral("alice")).toUtf8() + '"');
    if (!client.imapCommand("a2", "SELECT Sent").last().startsWith("a2 OK")) {
        return false;
    }
    bool found = false;
    for (const QByteArray &line : client.imapCommand("a3", "UID SEARCH SUBJECT \"" + subject.toUtf8() + '"')) {
        found = found || (line.startsWith("* SEARCH ") && line.size() > 9);
    }
    client.imapCommand("a4", "LOGOUT");
    return found;
}

void TestCliSend::addAccount(const QString &name, const QStringList &extra)
{
    const QString password = m_lab.password(QStringLiteral("alice"));
    const Run added = cli(
        QStringList {QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"),
            QStringLiteral("alice@") + m_lab.domain, QStringLiteral("--incoming"), QStringLiteral("imap"),
            QStringLiteral("--host"), m_lab.host, QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("imaps"))), QStringLiteral("--user"), QStringLiteral("alice"),
            QStringLiteral("--password-command"), QStringLiteral("printf '%s\\n' '%1'").arg(password)}
        + extra);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliSend::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    const QString submission = QString::number(m_lab.port(QStringLiteral("submission")));
    addAccount(QStringLiteral("lab"),
        {QStringLiteral("--smtp-port"), submission, QStringLiteral("--smtp-security"), QStringLiteral("starttls"),
            QStringLiteral("--ca-file"), m_lab.caFile});
}

void TestCliSend::sendComposedMessage()
{
    const QString subject = QStringLiteral("CLI %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const Run run = cli({QStringLiteral("send"), QStringLiteral("lab"), QStringLiteral("--to"),
        QStringLiteral("bob@") + m_lab.domain, QStringLiteral("--subject"), subject, QStringLiteral("--body"),
        QStringLiteral("Hello from the command line.")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    QVERIFY(run.out.contains("Sent to bob@"));
    QVERIFY2(run.out.contains("Filed in Sent"), run.out.constData());
    QVERIFY(inAlicesSent(subject)); // by IMAP APPEND: a second device sees it
    const Run outbox = cli({QStringLiteral("outbox"), QStringLiteral("lab"), QStringLiteral("--json")});
    QCOMPARE(outbox.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(outbox.out).object().value(QStringLiteral("messages")).toArray().isEmpty());
}

void TestCliSend::sendRawFilesOverOneConnection()
{
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        const QString path = m_files.filePath(QStringLiteral("raw-%1.eml").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: alice@" + m_lab.domain.toUtf8() + "\nTo: bob@" + m_lab.domain.toUtf8() + "\nBcc: carol@"
            + m_lab.domain.toUtf8() + "\nSubject: raw " + QByteArray::number(i) + "\n\nbody\n");
        files.append(path);
    }
    const Run run = cli(QStringList {QStringLiteral("send"), QStringLiteral("lab"), QStringLiteral("--raw")} + files);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
    QCOMPARE(run.out.count("Sent to"), 3);
    QVERIFY(run.out.contains("carol@")); // the Bcc recipient got it too
}

void TestCliSend::refusedRecipientExitsNonZero()
{
    // The lab relays for its own domain only: a foreign recipient is refused at RCPT.
    const Run run = cli({QStringLiteral("send"), QStringLiteral("lab"), QStringLiteral("--to"),
        QStringLiteral("bob@") + m_lab.domain, QStringLiteral("--to"), QStringLiteral("someone@elsewhere.invalid"),
        QStringLiteral("--subject"), QStringLiteral("partly"), QStringLiteral("--body"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("someone@elsewhere.invalid"), run.out.constData());
    QVERIFY(run.out.contains("Sent to bob@"));
}

void TestCliSend::untrustedCertificateIsASecurityRefusal()
{
    addAccount(QStringLiteral("no-ca"),
        {QStringLiteral("--smtp-port"), QString::number(m_lab.port(QStringLiteral("submissions"))),
            QStringLiteral("--smtp-security"), QStringLiteral("tls")});
    const Run run = cli(
        {QStringLiteral("send"), QStringLiteral("no-ca"), QStringLiteral("--to"), QStringLiteral("bob@") + m_lab.domain,
            QStringLiteral("--subject"), QStringLiteral("untrusted"), QStringLiteral("--body"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QString::number(m_lab.port(QStringLiteral("submissions")))), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("SHA-256 fingerprint: ")), qPrintable(run.err)); // to decide on a pin
    const Run outbox = cli({QStringLiteral("outbox"), QStringLiteral("no-ca"), QStringLiteral("--json")});
    const QJsonArray messages
        = QJsonDocument::fromJson(outbox.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
}

void TestCliSend::serverDownKeepsTheMessageInTheOutbox()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    addAccount(QStringLiteral("down"),
        {QStringLiteral("--smtp-port"), QString::number(port), QStringLiteral("--smtp-security"),
            QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_lab.caFile});
    const Run run = cli(
        {QStringLiteral("send"), QStringLiteral("down"), QStringLiteral("--to"), QStringLiteral("bob@") + m_lab.domain,
            QStringLiteral("--subject"), QStringLiteral("later"), QStringLiteral("--body"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("outbox"), run.out.constData());
    const Run outbox = cli({QStringLiteral("outbox"), QStringLiteral("down"), QStringLiteral("--json")});
    const QJsonArray messages
        = QJsonDocument::fromJson(outbox.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("retrying"));
    QCOMPARE(messages.first().toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("later"));
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
