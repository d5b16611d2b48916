#include "services/account/connectiontest.h"

#include "protocol/common/sasl.h"
#include "protocol/net/tlspolicy.h"
#include "services/account/certificaterefusal.h"
#include "services/account/serverpolicy.h"
#include "services/imap/imapclient.h"
#include "services/pop3/pop3client.h"
#include "services/submission/smtpclient.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSslCertificate>

#include <memory>

namespace Letterbox::Services {

namespace {

QString securityName(Accounts::Security security)
{
    switch (security) {
    case Accounts::Security::Tls:
        return QStringLiteral("tls");
    case Accounts::Security::StartTls:
        return QStringLiteral("starttls");
    case Accounts::Security::None:
        return QStringLiteral("none");
    }
    return QString();
}

CertificateSummary summaryOf(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    summary.subject = certificate.subjectDisplayName();
    summary.issuer = certificate.issuerDisplayName();
    summary.sha256 = Net::TlsPolicy::fingerprintOf(certificate);
    summary.fingerprint = Net::TlsPolicy::formatFingerprint(summary.sha256);
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    summary.trusted = true;
    return summary;
}

CertificateSummary summaryOf(const Net::CertificateReport &report)
{
    return CertificateWords::summaryOf(report);
}

QStringList toStrings(const QList<QByteArray> &names)
{
    QStringList strings;
    strings.reserve(names.size());
    for (const QByteArray &name : names) {
        strings.append(QString::fromLatin1(name));
    }
    return strings;
}

/// What every probe records from its connection once it is over.
void recordConnection(ConnectionProbe &probe, const Net::Connection &connection)
{
    probe.tlsProtocol = connection.counters().tlsProtocol;
    probe.tlsCipher = connection.counters().tlsCipher;
}

/// The certificate, taken while the link is up: once it closes, the socket forgets it.
void watchCertificate(QObject *context, Net::Connection &connection, const std::shared_ptr<ConnectionProbe> &probe)
{
    const auto take = [&connection, probe] {
        if (!probe->certificate && connection.isEncrypted()) {
            probe->certificate = summaryOf(connection.peerCertificate());
        }
    };
    // Implicit TLS reports connected() once the handshake is verified; STARTTLS encrypted().
    QObject::connect(&connection, &Net::Connection::connected, context, take);
    QObject::connect(&connection, &Net::Connection::encrypted, context, take);
}

void recordCertificateRefusal(ConnectionProbe &probe, const std::optional<Net::CertificateReport> &report)
{
    if (report) {
        probe.certificate = summaryOf(*report);
    }
}

std::shared_ptr<ConnectionProbe> newProbe(
    const QString &role, const QString &protocol, const Accounts::ServerSettings &server)
{
    auto probe = std::make_shared<ConnectionProbe>();
    probe->role = role;
    probe->protocol = protocol;
    probe->endpoint = ServerPolicy::endpoint(server).toString();
    probe->security = securityName(server.security);
    return probe;
}

/// What every probe does around its protocol: notes that the server spoke, takes the
/// certificate, times the run, and once the client is finished records the TLS in use,
/// lets @p complete add what is protocol-specific, and hands the probe on to @p done.
template<class Client, class Settings>
void drive(QObject *context, Client *client, const Settings &settings, const std::shared_ptr<ConnectionProbe> &probe,
    const std::function<void()> &complete, const std::function<void(ConnectionProbe)> &done)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(
        &client->connection(), &Net::Connection::dataReceived, context, [probe] { probe->connected = true; });
    watchCertificate(context, client->connection(), probe);
    QObject::connect(client, &Client::finished, context, [client, probe, timer, complete, done] {
        recordConnection(*probe, client->connection());
        if (complete) {
            complete();
        }
        probe->seconds = timer->elapsed() / 1000.0;
        done(*probe);
    });
    client->setAccountName(settings.accountName);
    client->start(settings.endpoint, settings.tls, settings.session, settings.timeouts);
}

} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{ }

ConnectionTest::~ConnectionTest()
{
    delete m_client.data();
}

void ConnectionTest::run(const Accounts::Account &account, const QString &password)
{
    m_account = account;
    m_password = password;
    m_report = ConnectionTestReport();
    m_report.account = account.name;
    m_next = [this] { probeOutgoing(); };
    probeIncoming();
}

void ConnectionTest::probeIncoming()
{
    if (m_account.protocol == Accounts::IncomingProtocol::Imap) {
        probeImap();
    } else {
        probePop3();
    }
}

void ConnectionTest::probeOutgoing()
{
    m_next = [this] { Q_EMIT finished(m_report); };
    probeSmtp();
}

void ConnectionTest::probeDone(ConnectionProbe probe)
{
    m_report.servers.append(std::move(probe));
    if (m_client) {
        m_client->deleteLater();
    }
    // Not from inside the finished client's own signal: the next step may start at once.
    QMetaObject::invokeMethod(
        this, [next = m_next] { next(); }, Qt::QueuedConnection);
}

void ConnectionTest::probeImap()
{
    const auto probe = newProbe(QStringLiteral("incoming"), QStringLiteral("imap"), m_account.incoming);
    QString error;
    const std::optional<ImapServerSettings> settings = ServerPolicy::imap(m_account, m_password, &error);
    if (!settings) {
        probe->error = RetrievalError {false, false, false, error, {}};
        probeDone(*probe);
        return;
    }
    auto *client = new ImapClient(this);
    m_client = client;
    connect(client, &ImapClient::ready, this, [client, probe] {
        probe->loginTried = true;
        probe->loginOk = true;
        const QList<QByteArray> &before = client->session()->loginCapabilities();
        probe->capabilities = toStrings(before.isEmpty() ? client->session()->capabilities() : before);
        client->logout();
    });
    connect(client, &ImapClient::failed, this, [client, probe](const ImapClientError &failure) {
        probe->error = failure;
        probe->loginTried = failure.authentication;
        recordCertificateRefusal(*probe, failure.certificate);
        if (client->session()) {
            probe->capabilities = toStrings(client->session()->loginCapabilities());
        }
    });
    const auto mechanisms = [probe] {
        for (const QString &capability : std::as_const(probe->capabilities)) {
            if (capability.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive)) {
                probe->authMechanisms.append(capability.mid(5));
            }
        }
        // LOGIN is a command, not an AUTH= capability (RFC 9051 6.2.3).
        if (!probe->capabilities.isEmpty()
            && !probe->capabilities.contains(QLatin1String("LOGINDISABLED"), Qt::CaseInsensitive)) {
            probe->authMechanisms.append(QStringLiteral("LOGIN"));
        }
        probe->authMechanisms.removeDuplicates();
    };
    drive(this, client, *settings, probe, mechanisms, [this](ConnectionProbe done) { probeDone(std::move(done)); });
}

void ConnectionTest::probeSmtp()
{
    const auto probe = newProbe(QStringLiteral("outgoing"), QStringLiteral("smtp"), m_account.smtp);
    QString error;
    const std::optional<SubmissionSettings> settings = ServerPolicy::submission(m_account, m_password, &error);
    if (!settings) {
        probe->error = RetrievalError {false, false, false, error, {}};
        probeDone(*probe);
        return;
    }
    auto *client = new SmtpClient(this);
    m_client = client;
    const bool withLogin = settings->session.credentials.has_value();
    connect(client, &SmtpClient::ready, this, [client, probe, withLogin](const Smtp::SmtpCapabilities &capabilities) {
        probe->loginTried = withLogin;
        probe->loginOk = withLogin;
        probe->capabilities = toStrings(capabilities.keywords());
        probe->authMechanisms = toStrings(capabilities.authMechanismNames());
        client->quit();
    });
    connect(client, &SmtpClient::failed, this, [client, probe](const SmtpClientError &failure) {
        using Category = SmtpClientError::Category;
        probe->error = RetrievalError {failure.category == Category::Security,
            failure.category == Category::Authentication, failure.temporary, failure.text, failure.certificate};
        probe->loginTried = failure.category == Category::Authentication;
        recordCertificateRefusal(*probe, failure.certificate);
        if (const Smtp::SmtpSession *session = client->session()) {
            probe->capabilities = toStrings(session->capabilities().keywords());
            probe->authMechanisms = toStrings(session->capabilities().authMechanismNames());
        }
    });
    drive(this, client, *settings, probe, {}, [this](ConnectionProbe done) { probeDone(std::move(done)); });
}

void ConnectionTest::probePop3()
{
    const auto probe = newProbe(QStringLiteral("incoming"), QStringLiteral("pop3"), m_account.incoming);
    QString error;
    const std::optional<Pop3ServerSettings> settings = ServerPolicy::pop3(m_account, m_password, &error);
    if (!settings) {
        probe->error = RetrievalError {false, false, false, error, {}};
        probeDone(*probe);
        return;
    }
    auto *client = new Pop3Client(this);
    m_client = client;
    const auto record = [probe](const Pop3::Pop3Capabilities &capabilities) {
        probe->capabilities.clear();
        for (const QByteArray &line : capabilities.lines()) {
            probe->capabilities.append(QString::fromLatin1(line.split(' ').constFirst()));
        }
        probe->authMechanisms = toStrings(capabilities.saslMechanismNames());
        if (capabilities.hasUser() || !capabilities.isKnown()) {
            probe->authMechanisms.append(QStringLiteral("USER"));
        }
    };
    connect(client, &Pop3Client::ready, this, [client, probe, record](const Pop3::Pop3Capabilities &capabilities) {
        probe->loginTried = true;
        probe->loginOk = true;
        record(capabilities);
        client->quit();
    });
    connect(client, &Pop3Client::failed, this, [client, probe, record](const RetrievalError &failure) {
        probe->error = failure;
        probe->loginTried = failure.authentication;
        recordCertificateRefusal(*probe, failure.certificate);
        if (const Pop3::Pop3Session *session = client->session()) {
            record(session->capabilities());
        }
    });
    drive(this, client, *settings, probe, {}, [this](ConnectionProbe done) { probeDone(std::move(done)); });
}

QStringList ConnectionTest::toText(const ConnectionTestReport &report)
{
    QStringList lines;
    for (const ConnectionProbe &probe : report.servers) {
        const QString role = probe.role == QLatin1String("incoming") ? tr("Incoming") : tr("Outgoing");
        lines.append(
            tr("%1 (%2) %3, security %4:").arg(role, probe.protocol.toUpper(), probe.endpoint, probe.security));
        if (!probe.connected && probe.error) {
            lines.append(tr("  not reached: %1").arg(probe.error->text));
        } else if (!probe.connected) {
            lines.append(tr("  not reached"));
        }
        if (!probe.tlsProtocol.isEmpty()) {
            lines.append(tr("  encrypted with %1 (%2)").arg(probe.tlsProtocol, probe.tlsCipher));
        } else if (probe.connected) {
            lines.append(tr("  not encrypted"));
        }
        if (probe.certificate) {
            const CertificateSummary &certificate = *probe.certificate;
            lines.append(tr("  certificate: %1, issued by %2").arg(certificate.subject, certificate.issuer));
            lines.append(tr("  valid from %1 to %2")
                             .arg(QLocale().toString(certificate.notBefore, QLocale::ShortFormat),
                                 QLocale().toString(certificate.notAfter, QLocale::ShortFormat)));
            lines.append(tr("  SHA-256 fingerprint %1").arg(certificate.fingerprint));
            lines.append(certificate.trusted ? tr("  trusted") : tr("  NOT trusted:"));
            for (const QString &problem : certificate.errors) {
                lines.append(QStringLiteral("    ") + problem);
            }
        }
        if (!probe.capabilities.isEmpty()) {
            lines.append(tr("  capabilities: %1").arg(probe.capabilities.join(QLatin1Char(' '))));
        }
        if (!probe.authMechanisms.isEmpty()) {
            lines.append(tr("  login methods offered: %1").arg(probe.authMechanisms.join(QLatin1Char(' '))));
        }
        if (probe.loginOk) {
            lines.append(tr("  login worked"));
        } else if (probe.loginTried) {
            lines.append(tr("  login refused: %1").arg(probe.error ? probe.error->text : QString()));
        } else if (probe.connected && probe.error) {
            lines.append(tr("  failed: %1").arg(probe.error->text));
        } else if (probe.connected) {
            lines.append(tr("  no login tried (no password stored)"));
        }
        lines.append(tr("  %1 s").arg(QLocale().toString(probe.seconds, 'f', 2)));
    }
    return lines;
}

} // namespace Letterbox::Services
