// Autoconfiguration end to end: a private dnsmasq and HTTPS server on a loopback
// address (AutoconfigLab) answer the DNS and HTTPS sources; the lab's real Dovecot and
// Postfix answer the capability checks. Each source is tried, their order holds (an
// earlier answer stops the rest, a failing one falls through), the proposal is never
// weaker than what the servers offer, and `letterbox-cli account autoconfig` shows it.
#include "autoconfiglab.h"
#include "fakeserver.h"
#include "labenvironment.h"

#include "services/autoconfig/autoconfigjob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Letterbox;
using Accounts::AutoconfigProposal;
using Accounts::AutoconfigSource;
using Accounts::Security;
using Services::AutoconfigJob;
using Services::AutoconfigOptions;

namespace {

constexpr int s_jobWaitMs = 60'000;

QByteArray document(const QString &incomingType, const QString &host, quint16 port, const QString &socketType,
    const QString &smtpHost = {}, quint16 smtpPort = 0, const QString &smtpSocketType = {})
{
    QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"t\">"
                                 "<incomingServer type=\"%1\"><hostname>%2</hostname><port>%3</port>"
                                 "<socketType>%4</socketType><username>%EMAILADDRESS%</username>"
                                 "<authentication>password-cleartext</authentication></incomingServer>")
                      .arg(incomingType, host)
                      .arg(port)
                      .arg(socketType);
    if (!smtpHost.isEmpty()) {
        xml += QStringLiteral("<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>%2</port>"
                              "<socketType>%3</socketType><username>%EMAILADDRESS%</username></outgoingServer>")
                   .arg(smtpHost)
                   .arg(smtpPort)
                   .arg(smtpSocketType);
    }
    xml += QStringLiteral("</emailProvider></clientConfig>\n");
    return xml.toUtf8();
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA_DIR "/autoconfig/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList sourcesOf(const QList<Accounts::AutoconfigAttempt> &attempts)
{
    QStringList sources;
    for (const Accounts::AutoconfigAttempt &attempt : attempts) {
        sources.append(toString(attempt.source));
    }
    return sources;
}

QStringList names(std::initializer_list<AutoconfigSource> sources)
{
    QStringList result;
    for (const AutoconfigSource source : sources) {
        result.append(toString(source));
    }
    return result;
}

} // namespace

class TestAutoconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void configServerAnswersFirstAndStopsTheRest();
    void wellKnownWhenNoConfigServer();
    void untrustedHttpsDoesNotCount();
    void hostileDocumentFallsThroughToSrv();
    void mxHostDomain();
    void probeChecksCapabilities();
    void plaintextIsUpgradedToOfferedStartTls();
    void plaintextStaysWithAWarning();
    void nothingFoundTriesEverySourceInOrder();
    void addressWithoutDomainIsRefused();
    void cliJson();
    void cliTextShowsThePlaintextWarning();
    void cliNothingFound();

private:
    std::optional<AutoconfigProposal> run(const QString &email, AutoconfigJob **keep = nullptr);
    AutoconfigOptions options() const;
    struct CliRun
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    CliRun cli(const QStringList &arguments) const;

    LabEnvironment m_lab;
    quint16 m_base = 0;
    std::unique_ptr<AutoconfigLab> m_dns;
    FakeServer m_plainPop3;
    std::unique_ptr<AutoconfigJob> m_job;
    QStringList m_progress;
};

void TestAutoconfig::initTestCase()
{
    if (::geteuid() != 0) {
        QSKIP("dnsmasq must bind port 53 (QDnsLookup asks no other): run as root");
    }
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    m_base = quint16(m_lab.port(QStringLiteral("imaps")) - 993);
    const quint16 submission = m_lab.port(QStringLiteral("submission"));
    const QString loopback = QStringLiteral("127.0.0.1");

    // A POP3 server without STLS: no real server of the lab will do that.
    m_plainPop3.send("+OK plain fake\r\n")
        .expect("CAPA")
        .send("+OK\r\nUSER\r\nUIDL\r\n.\r\n")
        .expect("QUIT")
        .send("+OK bye\r\n")
        .close();
    QVERIFY(m_plainPop3.start());

    m_dns = std::make_unique<AutoconfigLab>(AutoconfigLab::addressForPortBase(m_base));
    AutoconfigLab &dns = *m_dns;
    // first.test: every source would answer; only the first may be asked.
    dns.addDocument(QStringLiteral("autoconfig.first.test"), QStringLiteral("/mail/config-v1.1.xml"),
        document(QStringLiteral("imap"), QStringLiteral("imap.first.test"), 993, QStringLiteral("SSL"),
            QStringLiteral("smtp.first.test"), 465, QStringLiteral("SSL")));
    dns.addDocument(QStringLiteral("first.test"), QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"),
        document(QStringLiteral("imap"), QStringLiteral("wrong.first.test"), 993, QStringLiteral("SSL")));
    dns.addSrv(QStringLiteral("_imaps._tcp.first.test"), QStringLiteral("srv.first.test"), 993);
    // second.test: no autoconfig host, a .well-known document.
    dns.addDocument(QStringLiteral("second.test"), QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"),
        document(QStringLiteral("pop3"), QStringLiteral("pop.second.test"), 995, QStringLiteral("SSL"),
            QStringLiteral("smtp.second.test"), 465, QStringLiteral("SSL")));
    // badcert.test: autoconfig.badcert.test answers with a certificate that does not name it.
    dns.addHost(QStringLiteral("autoconfig.badcert.test"), dns.address().toString());
    dns.addDocument(QStringLiteral("badcert.test"), QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"),
        document(QStringLiteral("imap"), QStringLiteral("imap.badcert.test"), 993, QStringLiteral("SSL")));
    // broken.test: a hostile document, a 404, then SRV records.
    dns.addDocument(QStringLiteral("autoconfig.broken.test"), QStringLiteral("/mail/config-v1.1.xml"),
        fixture("billion-laughs.xml"));
    dns.addDocument(QStringLiteral("broken.test"), QStringLiteral("/index.html"), "not here");
    dns.addSrv(QStringLiteral("_imaps._tcp.broken.test"), QStringLiteral("imap-b.broken.test"), 993, 20, 0);
    dns.addSrv(QStringLiteral("_imaps._tcp.broken.test"), QStringLiteral("imap-a.broken.test"), 993, 10, 5);
    dns.addSrv(QStringLiteral("_imaps._tcp.broken.test"), QStringLiteral("imap-c.broken.test"), 993, 10, 1);
    dns.addSrv(QStringLiteral("_pop3._tcp.broken.test"), QStringLiteral("pop.broken.test"), 110);
    dns.addSrv(QStringLiteral("_submissions._tcp.broken.test"), QString(), 0); // "." : not offered
    dns.addSrv(QStringLiteral("_submission._tcp.broken.test"), QStringLiteral("smtp.broken.test"), submission);
    dns.addHost(QStringLiteral("smtp.broken.test"), loopback);
    // mxonly.test: only an MX record, whose domain has a document.
    dns.addMx(QStringLiteral("mxonly.test"), QStringLiteral("mx1.provider.test"));
    dns.addDocument(QStringLiteral("autoconfig.provider.test"), QStringLiteral("/mail/config-v1.1.xml"),
        document(QStringLiteral("imap"), QStringLiteral("imap.provider.test"), 993, QStringLiteral("SSL"),
            QStringLiteral("smtp.provider.test"), 465, QStringLiteral("SSL")));
    // probe.test: only A records of the usual names, pointing at the real lab.
    dns.addHost(QStringLiteral("imap.probe.test"), loopback);
    dns.addHost(QStringLiteral("smtp.probe.test"), loopback);
    // plain.test: a document that says "plain" for servers that offer STARTTLS.
    dns.addDocument(QStringLiteral("autoconfig.plain.test"), QStringLiteral("/mail/config-v1.1.xml"),
        document(QStringLiteral("imap"), QStringLiteral("imap.plain.test"), m_lab.port(QStringLiteral("imap")),
            QStringLiteral("plain"), QStringLiteral("smtp.plain.test"), submission, QStringLiteral("plain")));
    dns.addHost(QStringLiteral("imap.plain.test"), loopback);
    dns.addHost(QStringLiteral("smtp.plain.test"), loopback);
    // nostls.test: "plain", and the server indeed offers nothing better.
    dns.addDocument(QStringLiteral("autoconfig.nostls.test"), QStringLiteral("/mail/config-v1.1.xml"),
        document(QStringLiteral("pop3"), QStringLiteral("pop.nostls.test"), m_plainPop3.serverPort(),
            QStringLiteral("plain")));
    dns.addHost(QStringLiteral("pop.nostls.test"), loopback);
    QVERIFY2(dns.start(&error), qPrintable(error));
}

void TestAutoconfig::cleanupTestCase()
{
    m_job.reset();
    if (m_dns) {
        m_dns->stop();
    }
}

AutoconfigOptions TestAutoconfig::options() const
{
    AutoconfigOptions options;
    options.nameserver = m_dns->address();
    options.extraCaCertificates = m_dns->caCertificates();
    options.probePortOffset = m_base;
    options.sourceTimeoutMs = 5000;
    options.probeTimeoutMs = 5000;
    return options;
}

std::optional<AutoconfigProposal> TestAutoconfig::run(const QString &email, AutoconfigJob **keep)
{
    m_job = std::make_unique<AutoconfigJob>(options());
    m_progress.clear();
    connect(m_job.get(), &AutoconfigJob::progress, this, [this](const QString &text) { m_progress.append(text); });
    QSignalSpy finished(m_job.get(), &AutoconfigJob::finished);
    m_job->start(email);
    if (finished.isEmpty() && !finished.wait(s_jobWaitMs)) {
        qWarning() << "autoconfig did not finish; DNS log:" << m_dns->dnsLog();
        return std::nullopt;
    }
    if (keep) {
        *keep = m_job.get();
    }
    return m_job->proposal();
}

void TestAutoconfig::configServerAnswersFirstAndStopsTheRest()
{
    const auto proposal = run(QStringLiteral("alice@first.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::ConfigServer));
    QCOMPARE(proposal->incoming.host, QStringLiteral("imap.first.test"));
    QVERIFY(proposal->incoming.security == Security::Tls);
    QCOMPARE(proposal->incoming.user, QStringLiteral("alice@first.test"));
    QCOMPARE(proposal->attempts.size(), 1);
    const QStringList requests = m_dns->requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY2(
        requests.first().startsWith(QStringLiteral("autoconfig.first.test /mail/config-v1.1.xml?emailaddress=alice")),
        qPrintable(requests.first()));
    QVERIFY(!m_progress.isEmpty());
}

void TestAutoconfig::wellKnownWhenNoConfigServer()
{
    const auto proposal = run(QStringLiteral("bob@second.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::WellKnown));
    QVERIFY(proposal->incoming.type == Accounts::AutoconfigServerType::Pop3);
    QCOMPARE(proposal->incoming.host, QStringLiteral("pop.second.test"));
    QCOMPARE(sourcesOf(proposal->attempts), names({AutoconfigSource::ConfigServer, AutoconfigSource::WellKnown}));
    QVERIFY(!proposal->attempts.first().answered);
    QVERIFY(m_dns->requests().contains(QStringLiteral("second.test /.well-known/autoconfig/mail/config-v1.1.xml")));
}

void TestAutoconfig::untrustedHttpsDoesNotCount()
{
    const auto proposal = run(QStringLiteral("hank@badcert.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::WellKnown));
    QVERIFY(!proposal->attempts.first().answered);
    // The TLS handshake failed, so no request reached the server for that name.
    for (const QString &request : m_dns->requests()) {
        QVERIFY2(!request.startsWith(QStringLiteral("autoconfig.badcert.test")), qPrintable(request));
    }
    QCOMPARE(proposal->incoming.host, QStringLiteral("imap.badcert.test"));
}

void TestAutoconfig::hostileDocumentFallsThroughToSrv()
{
    const auto proposal = run(QStringLiteral("carol@broken.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::Srv));
    QCOMPARE(sourcesOf(proposal->attempts),
        names({AutoconfigSource::ConfigServer, AutoconfigSource::WellKnown, AutoconfigSource::Srv}));
    QVERIFY2(proposal->attempts.at(0).outcome.contains(QStringLiteral("DOCTYPE")),
        qPrintable(proposal->attempts.at(0).outcome));
    QVERIFY2(
        proposal->attempts.at(1).outcome.contains(QStringLiteral("404")), qPrintable(proposal->attempts.at(1).outcome));
    // Lowest priority, then highest weight; IMAPS over a STARTTLS POP3 record.
    QCOMPARE(proposal->incoming.host, QStringLiteral("imap-a.broken.test"));
    QVERIFY(proposal->incoming.security == Security::Tls);
    // _submissions is "." (not offered), so _submission; the real Postfix confirms STARTTLS.
    QVERIFY(proposal->smtp);
    QCOMPARE(proposal->smtp->host, QStringLiteral("smtp.broken.test"));
    QCOMPARE(proposal->smtp->port, m_lab.port(QStringLiteral("submission")));
    QVERIFY(proposal->smtp->security == Security::StartTls);
    QVERIFY2(proposal->warnings.isEmpty(), qPrintable(proposal->warnings.join(QLatin1Char('\n'))));
}

void TestAutoconfig::mxHostDomain()
{
    const auto proposal = run(QStringLiteral("dave@mxonly.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::MxDomain));
    QVERIFY2(proposal->sourceDetail.startsWith(QStringLiteral("https://autoconfig.provider.test/")),
        qPrintable(proposal->sourceDetail));
    QCOMPARE(proposal->incoming.host, QStringLiteral("imap.provider.test"));
    QCOMPARE(sourcesOf(proposal->attempts),
        names({AutoconfigSource::ConfigServer, AutoconfigSource::WellKnown, AutoconfigSource::Srv,
            AutoconfigSource::MxDomain}));
}

void TestAutoconfig::probeChecksCapabilities()
{
    const auto proposal = run(QStringLiteral("erin@probe.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::Probe));
    // Implicit TLS before STARTTLS: both answer on the lab, 993 wins.
    QCOMPARE(proposal->incoming.host, QStringLiteral("imap.probe.test"));
    QCOMPARE(proposal->incoming.port, m_lab.port(QStringLiteral("imaps")));
    QVERIFY(proposal->incoming.security == Security::Tls);
    QVERIFY(proposal->smtp);
    QCOMPARE(proposal->smtp->port, m_lab.port(QStringLiteral("submissions")));
    QVERIFY(proposal->smtp->security == Security::Tls);
    // The lab's certificate names localhost, not imap.probe.test: said, not hidden.
    QVERIFY2(proposal->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("not trusted")),
        qPrintable(proposal->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(toString(proposal->attempts.last().source), toString(AutoconfigSource::Probe));
    QVERIFY(proposal->attempts.last().answered);
}

void TestAutoconfig::plaintextIsUpgradedToOfferedStartTls()
{
    const auto proposal = run(QStringLiteral("frank@plain.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QCOMPARE(toString(proposal->source), toString(AutoconfigSource::ConfigServer));
    QVERIFY(proposal->incoming.security == Security::StartTls);
    QVERIFY(proposal->smtp && proposal->smtp->security == Security::StartTls);
    QVERIFY(!proposal->needsPlaintextConsent());
    QVERIFY2(proposal->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("offers STARTTLS")),
        qPrintable(proposal->warnings.join(QLatin1Char('\n'))));
}

void TestAutoconfig::plaintextStaysWithAWarning()
{
    const auto proposal = run(QStringLiteral("gina@nostls.test"));
    QVERIFY2(proposal, qPrintable(m_job->errorString()));
    QVERIFY(proposal->incoming.security == Security::None);
    QVERIFY(proposal->needsPlaintextConsent());
    QVERIFY2(proposal->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("offers no encryption")),
        qPrintable(proposal->warnings.join(QLatin1Char('\n'))));
    QVERIFY2(!proposal->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("could not be checked")),
        qPrintable(proposal->warnings.join(QLatin1Char('\n'))));
    QVERIFY(proposal->accountAddArguments(QStringLiteral("x")).contains(QStringLiteral("--allow-plaintext")));
    QTRY_VERIFY_WITH_TIMEOUT(m_plainPop3.received().contains("CAPA"), 5000);
}

void TestAutoconfig::nothingFoundTriesEverySourceInOrder()
{
    const auto proposal = run(QStringLiteral("nobody@nothing.test"));
    QVERIFY(!proposal);
    QVERIFY(!m_job->errorString().isEmpty());
    QCOMPARE(sourcesOf(m_job->attempts()),
        names({AutoconfigSource::ConfigServer, AutoconfigSource::WellKnown, AutoconfigSource::Srv,
            AutoconfigSource::MxDomain, AutoconfigSource::Probe}));
    for (const Accounts::AutoconfigAttempt &attempt : m_job->attempts()) {
        QVERIFY(!attempt.answered);
    }
}

void TestAutoconfig::addressWithoutDomainIsRefused()
{
    QVERIFY(!run(QStringLiteral("no-at-sign")));
    QVERIFY(m_job->attempts().isEmpty());
    QVERIFY(!run(QStringLiteral("a@b/c")));
}

TestAutoconfig::CliRun TestAutoconfig::cli(const QStringList &arguments) const
{
    QProcess process;
    // Waited for with the event loop running: the FakeServer of nostls.test lives in
    // this process and must answer the CLI's capability check meanwhile.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(LETTERBOX_CLI_PATH),
        QStringList {QStringLiteral("account"), QStringLiteral("autoconfig")} + arguments
            + QStringList {QStringLiteral("--nameserver"), m_dns->address().toString(), QStringLiteral("--ca-file"),
                m_dns->caFile()});
    process.closeWriteChannel();
    if (!finished.wait(s_jobWaitMs * 2)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning("letterbox-cli ended abnormally: %s", qPrintable(process.errorString()));
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestAutoconfig::cliJson()
{
    const CliRun result = cli({QStringLiteral("alice@first.test"), QStringLiteral("--json")});
    // A crash (-1) is reported with what the command said before it.
    QVERIFY2(result.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("found")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("autoconfig"));
    const QJsonObject incoming = json.value(QStringLiteral("incoming")).toObject();
    QCOMPARE(incoming.value(QStringLiteral("type")).toString(), QStringLiteral("imap"));
    QCOMPARE(incoming.value(QStringLiteral("host")).toString(), QStringLiteral("imap.first.test"));
    QCOMPARE(incoming.value(QStringLiteral("port")).toInt(), 993);
    QCOMPARE(incoming.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(json.value(QStringLiteral("plaintext")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("tried")).toArray().size(), 1);
    QVERIFY(result.err.contains(QStringLiteral("autoconfig.first.test"))); // progress on stderr
}

void TestAutoconfig::cliTextShowsThePlaintextWarning()
{
    const CliRun result = cli({QStringLiteral("gina@nostls.test")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Warning: POP3 server pop.nostls.test")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--allow-plaintext")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Nothing is saved")), qPrintable(result.out));
    // The plaintext server was really asked (CAPA without STLS), not given up on.
    QVERIFY2(!result.out.contains(QStringLiteral("could not be checked")), qPrintable(result.out));
}

void TestAutoconfig::cliNothingFound()
{
    const CliRun result = cli({QStringLiteral("nobody@nothing.test"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("found")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("tried")).toArray().size(), 5);
    QCOMPARE(cli({QStringLiteral("not-an-address")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
