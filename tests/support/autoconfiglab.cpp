#include "autoconfiglab.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDnsLookup>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <csignal>

#include <sys/prctl.h>

namespace {

constexpr int s_waitMs = 10'000;

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(s_waitMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(s_waitMs);
        *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(" failed: ")
            + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

} // namespace

AutoconfigLab::AutoconfigLab(const QHostAddress &address)
    : m_address(address)
{
    // If the test dies (a crash, the watchdog), its servers go with it instead of
    // holding port 53 and 443 for the next run.
    for (QProcess *process : {&m_dns, &m_https}) {
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    }
}

AutoconfigLab::~AutoconfigLab()
{
    stop();
}

QHostAddress AutoconfigLab::addressForPortBase(int portBase)
{
    return QHostAddress(QStringLiteral("127.%1.0.53").arg(qBound(1, portBase / 1000, 254)));
}

void AutoconfigLab::addHost(const QString &name, const QString &ip)
{
    m_dnsLines.append(QStringLiteral("host-record=%1,%2").arg(name, ip));
}

void AutoconfigLab::addSrv(const QString &service, const QString &target, quint16 port, int priority, int weight)
{
    if (target.isEmpty()) {
        m_dnsLines.append(QStringLiteral("srv-host=%1").arg(service));
    } else {
        m_dnsLines.append(
            QStringLiteral("srv-host=%1,%2,%3,%4,%5").arg(service, target).arg(port).arg(priority).arg(weight));
    }
}

void AutoconfigLab::addMx(const QString &domain, const QString &exchange, int preference)
{
    m_dnsLines.append(QStringLiteral("mx-host=%1,%2,%3").arg(domain, exchange).arg(preference));
}

void AutoconfigLab::addDocument(const QString &host, const QString &path, const QByteArray &content)
{
    if (!m_documentHosts.contains(host)) {
        m_documentHosts.append(host);
        addHost(host, m_address.toString());
    }
    writeFile(m_dir.filePath(QStringLiteral("docroot/") + host + path), content);
}

bool AutoconfigLab::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    return makeCertificates(error) && startDns(error) && startHttps(error);
}

bool AutoconfigLab::makeCertificates(QString *error)
{
    const QString dir = m_dir.path();
    const QString ca = dir + QStringLiteral("/ca");
    const QString leaf = dir + QStringLiteral("/https");
    QStringList names;
    for (const QString &host : std::as_const(m_documentHosts)) {
        names.append(QStringLiteral("DNS:") + host);
    }
    if (names.isEmpty()) {
        names.append(QStringLiteral("DNS:unused.test"));
    }
    const QString openssl = QStringLiteral("openssl");
    return run(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), ca + QStringLiteral(".key"),
                   QStringLiteral("-out"), ca + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Letterbox Autoconfig Test CA"),
                   QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                   QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")},
               error)
        && run(openssl,
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), leaf + QStringLiteral(".key"), QStringLiteral("-out"),
                leaf + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=autoconfig test")},
            error)
        && writeFile(leaf + QStringLiteral(".ext"),
            (QStringLiteral("subjectAltName=") + names.join(QLatin1Char(','))
                + QStringLiteral("\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"))
                .toUtf8())
        && run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), leaf + QStringLiteral(".csr"),
                QStringLiteral("-CA"), ca + QStringLiteral(".crt"), QStringLiteral("-CAkey"),
                ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                leaf + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                leaf + QStringLiteral(".ext")},
            error);
}

bool AutoconfigLab::startDns(QString *error)
{
    QStringList config {
        QStringLiteral("port=53"),
        QStringLiteral("listen-address=") + m_address.toString(),
        QStringLiteral("bind-interfaces"),
        QStringLiteral("no-resolv"),
        QStringLiteral("no-hosts"),
        QStringLiteral("no-poll"),
        QStringLiteral("no-negcache"),
        QStringLiteral("local=/test/"),
        QStringLiteral("user=root"),
        QStringLiteral("log-queries"),
        QStringLiteral("log-facility=") + m_dir.filePath(QStringLiteral("dnsmasq.log")),
        QStringLiteral("host-record=ready.test,127.0.0.1"),
    };
    config += m_dnsLines;
    const QString configFile = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
    if (!writeFile(configFile, (config.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8())) {
        *error = QStringLiteral("cannot write ") + configFile;
        return false;
    }
    m_dns.setProcessChannelMode(QProcess::MergedChannels);
    m_dns.start(QStringLiteral("dnsmasq"),
        {QStringLiteral("--keep-in-foreground"), QStringLiteral("--pid-file"),
            QStringLiteral("--conf-file=") + configFile});
    if (!m_dns.waitForStarted(s_waitMs)) {
        *error = QStringLiteral("dnsmasq did not start (install dnsmasq-base): ") + m_dns.errorString();
        return false;
    }
    // Ready when it answers; bounded.
    const QDeadlineTimer deadline(s_waitMs);
    while (!deadline.hasExpired()) {
        if (m_dns.state() != QProcess::Running) {
            *error = QStringLiteral("dnsmasq stopped: ") + QString::fromLocal8Bit(m_dns.readAll());
            return false;
        }
        QDnsLookup lookup(QDnsLookup::A, QStringLiteral("ready.test"), m_address);
        QEventLoop loop;
        QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        lookup.lookup();
        loop.exec();
        if (lookup.isFinished() && lookup.error() == QDnsLookup::NoError) {
            return true;
        }
        lookup.abort();
        QThread::msleep(100);
    }
    *error = QStringLiteral("dnsmasq on %1:53 did not answer").arg(m_address.toString());
    return false;
}

bool AutoconfigLab::startHttps(QString *error)
{
    m_https.setProcessChannelMode(QProcess::MergedChannels);
    m_https.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral(LETTERBOX_TEST_SUPPORT_DIR "/autoconfig-https.py"), m_dir.filePath(QStringLiteral("docroot")),
            m_address.toString(), QStringLiteral("443"), m_dir.filePath(QStringLiteral("https.crt")),
            m_dir.filePath(QStringLiteral("https.key")), m_dir.filePath(QStringLiteral("requests.log"))});
    QDir().mkpath(m_dir.filePath(QStringLiteral("docroot")));
    const QDeadlineTimer deadline(s_waitMs);
    QByteArray output;
    while (!deadline.hasExpired() && m_https.state() != QProcess::NotRunning) {
        m_https.waitForReadyRead(100);
        output += m_https.readAll();
        if (output.contains("ready\n")) {
            return true;
        }
    }
    output += m_https.readAll();
    *error = QStringLiteral("the HTTPS server did not start: ") + QString::fromLocal8Bit(output);
    return false;
}

void AutoconfigLab::stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.terminate(); // SIGTERM to exactly this PID
    if (!process.waitForFinished(s_waitMs)) {
        process.kill();
        process.waitForFinished(s_waitMs);
    }
}

void AutoconfigLab::stop()
{
    stopProcess(m_https);
    stopProcess(m_dns);
}

QList<QSslCertificate> AutoconfigLab::caCertificates() const
{
    return QSslCertificate::fromPath(caFile());
}

QString AutoconfigLab::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.crt"));
}

QStringList AutoconfigLab::requests() const
{
    QFile file(m_dir.filePath(QStringLiteral("requests.log")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString AutoconfigLab::dnsLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("dnsmasq.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
}
