// `letterbox-cli account test` against the lab: the real binary, a profile of its own, and
// the lab's Dovecot and Postfix. What it reports must be what the servers did: the TLS in
// use, the certificate, the login methods offered, and whether the login worked.
#include "clirun.h"
#include "labenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliTest::Run;

QJsonObject server(const QJsonObject &report, const QString &role)
{
    for (const QJsonValue &value : report.value(QStringLiteral("servers")).toArray()) {
        if (value.toObject().value(QStringLiteral("role")).toString() == role) {
            return value.toObject();
        }
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

} // namespace

class TestCliAccountTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsBothServers_data();
    void reportsBothServers();
    void wrongPasswordIsALoginRefusal();
    void untrustedCertificateIsASecurityRefusal();
    void acceptedCertificateIsPinnedForItsServer();
    void textOutputNamesTheFindings();

private:
    Run cli(const QStringList &arguments) const;
    void addAccount(const QString &name, const QString &password, const QStringList &extra);

    LabEnvironment m_lab;
    QTemporaryDir m_profile;
};

Run TestCliAccountTest::cli(const QStringList &arguments) const
{
    return CliTest::runCliIn(m_profile.path(), arguments);
}

void TestCliAccountTest::addAccount(const QString &name, const QString &password, const QStringList &extra)
{
    const Run added = cli(QStringList {QStringLiteral("account"), QStringLiteral("add"), name,
                              QStringLiteral("--email"), QStringLiteral("alice@") + m_lab.domain,
                              QStringLiteral("--host"), m_lab.host, QStringLiteral("--user"), QStringLiteral("alice"),
                              QStringLiteral("--password-command"), QStringLiteral("printf '%s\\n' '%1'").arg(password)}
        + extra);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliAccountTest::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    QVERIFY(m_profile.isValid());
    const QString alice = m_lab.password(QStringLiteral("alice"));
    const QString submission = QString::number(m_lab.port(QStringLiteral("submission")));
    const QString submissions = QString::number(m_lab.port(QStringLiteral("submissions")));
    addAccount(QStringLiteral("imap-starttls"), alice,
        {QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("imap"))), QStringLiteral("--security"),
            QStringLiteral("starttls"), QStringLiteral("--smtp-port"), submission, QStringLiteral("--smtp-security"),
            QStringLiteral("starttls"), QStringLiteral("--ca-file"), m_lab.caFile});
    addAccount(QStringLiteral("imaps"), alice,
        {QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("imaps"))), QStringLiteral("--smtp-port"), submissions,
            QStringLiteral("--ca-file"), m_lab.caFile});
    addAccount(QStringLiteral("pop3s"), alice,
        {QStringLiteral("--incoming"), QStringLiteral("pop3"), QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("pop3s"))), QStringLiteral("--smtp-port"), submissions,
            QStringLiteral("--ca-file"), m_lab.caFile});
    addAccount(QStringLiteral("wrong-password"), QStringLiteral("not-the-password"),
        {QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("imaps"))), QStringLiteral("--smtp-port"), submissions,
            QStringLiteral("--ca-file"), m_lab.caFile});
    addAccount(QStringLiteral("no-ca"), alice,
        {QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("imaps"))), QStringLiteral("--smtp-port"), submissions});
}

void TestCliAccountTest::reportsBothServers_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<QString>("capability"); ///< one the lab's server names before login
    QTest::newRow("imap over starttls, submission over starttls")
        << QStringLiteral("imap-starttls") << QStringLiteral("imap") << QStringLiteral("IMAP4rev1");
    QTest::newRow("imap over tls, submissions")
        << QStringLiteral("imaps") << QStringLiteral("imap") << QStringLiteral("IMAP4rev1");
    QTest::newRow("pop3 over tls, submissions")
        << QStringLiteral("pop3s") << QStringLiteral("pop3") << QStringLiteral("UIDL");
}

void TestCliAccountTest::reportsBothServers()
{
    QFETCH(QString, account);
    QFETCH(QString, incoming);
    QFETCH(QString, capability);
    const Run run = cli({QStringLiteral("account"), QStringLiteral("test"), account, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("account")).toString(), account);
    QVERIFY(report.value(QStringLiteral("ok")).toBool());
    for (const QString &role : {QStringLiteral("incoming"), QStringLiteral("outgoing")}) {
        const QJsonObject probe = server(report, role);
        QVERIFY2(!probe.isEmpty(), qPrintable(role));
        QCOMPARE(probe.value(QStringLiteral("protocol")).toString(),
            role == QLatin1String("incoming") ? incoming : QStringLiteral("smtp"));
        QVERIFY(probe.value(QStringLiteral("connected")).toBool());
        QVERIFY2(probe.value(QStringLiteral("tls_protocol")).toString().startsWith(QLatin1String("TLS")),
            qPrintable(probe.value(QStringLiteral("tls_protocol")).toString()));
        const QJsonObject certificate = probe.value(QStringLiteral("certificate")).toObject();
        QVERIFY(certificate.value(QStringLiteral("trusted")).toBool());
        QCOMPARE(certificate.value(QStringLiteral("sha256")).toString().count(QLatin1Char(':')), 31);
        QVERIFY(certificate.value(QStringLiteral("subject")).toString().contains(QLatin1String("localhost")));
        QVERIFY2(strings(probe.value(QStringLiteral("auth_mechanisms"))).contains(QLatin1String("PLAIN")),
            qPrintable(run.out));
        QVERIFY(probe.value(QStringLiteral("login_tried")).toBool());
        QVERIFY(probe.value(QStringLiteral("login_ok")).toBool());
    }
    QVERIFY2(strings(server(report, QStringLiteral("incoming")).value(QStringLiteral("capabilities")))
                 .contains(capability, Qt::CaseInsensitive),
        qPrintable(run.out));
}

void TestCliAccountTest::wrongPasswordIsALoginRefusal()
{
    const Run run = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("wrong-password"),
        QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject incoming = server(QJsonDocument::fromJson(run.out.toUtf8()).object(), QStringLiteral("incoming"));
    QVERIFY(incoming.value(QStringLiteral("connected")).toBool());
    QVERIFY(incoming.value(QStringLiteral("login_tried")).toBool());
    QVERIFY(!incoming.value(QStringLiteral("login_ok")).toBool());
    QVERIFY(!incoming.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY2(run.err.contains(QLatin1String("wrong-password")), qPrintable(run.err)); // names the account
}

void TestCliAccountTest::untrustedCertificateIsASecurityRefusal()
{
    const Run run
        = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("no-ca"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject incoming = server(QJsonDocument::fromJson(run.out.toUtf8()).object(), QStringLiteral("incoming"));
    QVERIFY(!incoming.value(QStringLiteral("login_tried")).toBool()); // nothing was sent
    const QJsonObject certificate = incoming.value(QStringLiteral("certificate")).toObject();
    QVERIFY(!certificate.value(QStringLiteral("trusted")).toBool());
    QVERIFY(!certificate.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(certificate.value(QStringLiteral("sha256")).toString().count(QLatin1Char(':')), 31);
}

void TestCliAccountTest::acceptedCertificateIsPinnedForItsServer()
{
    const QString alice = m_lab.password(QStringLiteral("alice"));
    addAccount(QStringLiteral("pinned"), alice,
        {QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--port"),
            QString::number(m_lab.port(QStringLiteral("imaps"))), QStringLiteral("--smtp-port"),
            QString::number(m_lab.port(QStringLiteral("submissions")))});
    const auto test = [this] {
        return cli(
            {QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("pinned"), QStringLiteral("--json")});
    };
    const Run refused = test();
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QLatin1String("account set pinned pin-certificate")), qPrintable(refused.err));
    const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    const QString incoming = server(report, QStringLiteral("incoming"))
                                 .value(QStringLiteral("certificate"))
                                 .toObject()
                                 .value(QStringLiteral("sha256"))
                                 .toString();
    const QString outgoing = server(report, QStringLiteral("outgoing"))
                                 .value(QStringLiteral("certificate"))
                                 .toObject()
                                 .value(QStringLiteral("sha256"))
                                 .toString();
    QVERIFY(!incoming.isEmpty() && !outgoing.isEmpty());

    // The person accepts the incoming server's certificate: only that server is trusted.
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("pinned"),
                     QStringLiteral("pin-certificate"), incoming})
                 .exitCode,
        0);
    const Run half = test();
    QCOMPARE(half.exitCode, 3);
    const QJsonObject halfReport = QJsonDocument::fromJson(half.out.toUtf8()).object();
    QVERIFY(server(halfReport, QStringLiteral("incoming")).value(QStringLiteral("login_ok")).toBool());
    QVERIFY(!server(halfReport, QStringLiteral("outgoing")).value(QStringLiteral("login_ok")).toBool());
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("pinned"),
                     QStringLiteral("smtp-pin-certificate"), outgoing})
                 .exitCode,
        0);
    QCOMPARE(test().exitCode, 0);

    // A pin that no longer matches what the server shows is refused, loudly.
    QString other = incoming;
    other.replace(0, 2, other.startsWith(QLatin1String("00")) ? QStringLiteral("11") : QStringLiteral("00"));
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("pinned"),
                     QStringLiteral("pin-certificate"), other})
                 .exitCode,
        0);
    const Run changed = test();
    QCOMPARE(changed.exitCode, 3);
    QVERIFY2(changed.err.contains(QLatin1String("CHANGED")), qPrintable(changed.err));
    QVERIFY(changed.err.contains(other));

    // A typo is not a pin.
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("pinned"),
                     QStringLiteral("pin-certificate"), QStringLiteral("AB:CD")})
                 .exitCode,
        2);
}

void TestCliAccountTest::textOutputNamesTheFindings()
{
    const Run run = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("imaps")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString &text = run.out;
    QVERIFY2(text.contains(QLatin1String("encrypted with TLS")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("SHA-256 fingerprint")));
    QCOMPARE(text.count(QLatin1String("login worked")), 2);
}

QTEST_GUILESS_MAIN(TestCliAccountTest)
#include "tst_cliaccounttest.moc"
