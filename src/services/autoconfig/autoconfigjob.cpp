#include "services/autoconfig/autoconfigjob.h"

#include "services/autoconfig/configfetcher.h"
#include "services/autoconfig/dnsquery.h"
#include "services/autoconfig/serverprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUrlQuery>

namespace Letterbox::Services {

using namespace Accounts;

namespace {

/// The SRV services of RFC 6186 / RFC 8314 in the order the never-weaker rule ranks
/// them within their security; the security is what the service name promises.
struct SrvService
{
    const char *prefix;
    AutoconfigServerType type;
    Security security;
};

constexpr SrvService s_srvServices[] = {
    {"_imaps._tcp.", AutoconfigServerType::Imap, Security::Tls},
    {"_imap._tcp.", AutoconfigServerType::Imap, Security::StartTls},
    {"_pop3s._tcp.", AutoconfigServerType::Pop3, Security::Tls},
    {"_pop3._tcp.", AutoconfigServerType::Pop3, Security::StartTls},
    {"_submissions._tcp.", AutoconfigServerType::Smtp, Security::Tls},
    {"_submission._tcp.", AutoconfigServerType::Smtp, Security::StartTls},
};

/// The guesses of source 5: host prefix, type, port, the security that port means.
struct ProbeGuess
{
    const char *prefix;
    AutoconfigServerType type;
    quint16 port;
    Security security;
};

constexpr ProbeGuess s_probeGuesses[] = {
    {"imap.", AutoconfigServerType::Imap, 993, Security::Tls},
    {"imap.", AutoconfigServerType::Imap, 143, Security::StartTls},
    {"mail.", AutoconfigServerType::Imap, 993, Security::Tls},
    {"mail.", AutoconfigServerType::Imap, 143, Security::StartTls},
    {"pop3.", AutoconfigServerType::Pop3, 995, Security::Tls},
    {"pop3.", AutoconfigServerType::Pop3, 110, Security::StartTls},
    {"pop.", AutoconfigServerType::Pop3, 995, Security::Tls},
    {"pop.", AutoconfigServerType::Pop3, 110, Security::StartTls},
    {"mail.", AutoconfigServerType::Pop3, 995, Security::Tls},
    {"mail.", AutoconfigServerType::Pop3, 110, Security::StartTls},
    {"smtp.", AutoconfigServerType::Smtp, 465, Security::Tls},
    {"smtp.", AutoconfigServerType::Smtp, 587, Security::StartTls},
    {"mail.", AutoconfigServerType::Smtp, 465, Security::Tls},
    {"mail.", AutoconfigServerType::Smtp, 587, Security::StartTls},
};

QString withoutFinalDot(QString host)
{
    while (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }
    return host.toLower();
}

} // namespace

AutoconfigJob::AutoconfigJob(const AutoconfigOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_manager(new QNetworkAccessManager(this))
{
    if (!m_options.nameserver.isNull()) {
        // Requests go to the addresses our own look-ups found; a proxy would resolve again.
        m_manager->setProxy(QNetworkProxy::NoProxy);
    }
}

AutoconfigJob::~AutoconfigJob() = default;

void AutoconfigJob::start(const QString &email)
{
    m_email = email.trimmed();
    const qsizetype at = m_email.lastIndexOf(QLatin1Char('@'));
    const QString domain = at > 0 ? QString::fromLatin1(QUrl::toAce(m_email.mid(at + 1))).toLower() : QString();
    if (domain.isEmpty() || !AutoconfigXml::isPlainHostName(domain) || !domain.contains(QLatin1Char('.'))) {
        fail(tr("%1 is not an e-mail address with a domain autoconfiguration can look up.").arg(email));
        return;
    }
    m_domain = domain;
    m_stage = Stage::ConfigServer;
    runNext();
}

void AutoconfigJob::runNext()
{
    if (m_done) {
        return;
    }
    switch (m_stage) {
    case Stage::ConfigServer:
        m_stage = Stage::WellKnown;
        fetchDocument(AutoconfigSource::ConfigServer, configServerUrl(m_domain, m_email));
        return;
    case Stage::WellKnown:
        m_stage = Stage::Srv;
        fetchDocument(AutoconfigSource::WellKnown, wellKnownUrl(m_domain));
        return;
    case Stage::Srv:
        m_stage = Stage::Mx;
        askSrv();
        return;
    case Stage::Mx:
        m_stage = Stage::MxDocuments;
        askMx();
        return;
    case Stage::MxDocuments:
        if (!m_mxDomains.isEmpty()) {
            const QString domain = m_mxDomains.first();
            if (!m_mxWellKnownNext) {
                m_mxWellKnownNext = true;
                fetchDocument(AutoconfigSource::MxDomain, configServerUrl(domain, m_email));
            } else {
                m_mxWellKnownNext = false;
                m_mxDomains.removeFirst();
                fetchDocument(AutoconfigSource::MxDomain, wellKnownUrl(domain));
            }
            return;
        }
        m_stage = Stage::Probe;
        runNext();
        return;
    case Stage::Probe:
        m_stage = Stage::Done;
        if (m_options.probe) {
            probe();
            return;
        }
        record(AutoconfigSource::Probe, m_domain, false, tr("not tried (probing is off)"));
        runNext();
        return;
    case Stage::Done:
        fail(tr("No configuration was found for %1; enter the servers by hand (account add).").arg(m_email));
        return;
    }
}

void AutoconfigJob::fetchDocument(AutoconfigSource source, const QUrl &url)
{
    Q_EMIT progress(tr("Asking %1").arg(url.toDisplayString()));
    auto *fetcher = new ConfigFetcher(m_manager, m_options, this);
    connect(fetcher, &ConfigFetcher::finished, this, [this, fetcher, source] { onDocumentFetched(fetcher, source); });
    fetcher->fetch(url);
}

void AutoconfigJob::onDocumentFetched(ConfigFetcher *fetcher, AutoconfigSource source)
{
    fetcher->deleteLater();
    const QString detail = fetcher->url().toDisplayString();
    if (!fetcher->succeeded()) {
        record(source, detail, false, fetcher->errorString());
        runNext();
        return;
    }
    const AutoconfigParseResult parsed = AutoconfigXml::parse(fetcher->body(), m_email);
    std::optional<AutoconfigProposal> proposal
        = parsed.document ? AutoconfigProposal::fromDocument(*parsed.document, m_email, source, detail) : std::nullopt;
    if (!proposal) {
        record(source, detail, false, parsed.error);
        runNext();
        return;
    }
    record(source, detail, true, tr("a configuration for %1").arg(proposal->incoming.host));
    m_proposal = std::move(proposal);
    confirm();
}

void AutoconfigJob::askSrv()
{
    Q_EMIT progress(tr("Looking up the SRV records of %1").arg(m_domain));
    m_pending = 0;
    for (const SrvService &service : s_srvServices) {
        auto *query = new DnsQuery(QDnsLookup::SRV, QLatin1String(service.prefix) + m_domain, m_options, this);
        m_queries.append(query);
        ++m_pending;
        connect(query, &DnsQuery::finished, this, [this] {
            if (--m_pending == 0) {
                onSrvAnswered();
            }
        });
    }
    // Started after all are counted, over a copy: a query that finished at once could
    // end the stage and empty m_queries under the loop.
    const QList<DnsQuery *> queries = m_queries;
    for (DnsQuery *query : queries) {
        query->start();
    }
}

void AutoconfigJob::onSrvAnswered()
{
    QList<AutoconfigServer> incoming;
    QList<AutoconfigServer> outgoing;
    QStringList found;
    for (qsizetype i = 0; i < m_queries.size(); ++i) {
        const SrvService &service = s_srvServices[i];
        const std::optional<QDnsServiceRecord> record = DnsQuery::preferredService(m_queries.at(i)->serviceRecords());
        const QString target = record ? withoutFinalDot(record->target()) : QString();
        if (!record || record->port() == 0 || !AutoconfigXml::isPlainHostName(target)) {
            continue;
        }
        AutoconfigServer server {service.type, target, record->port(), service.security, m_email, {}};
        (service.type == AutoconfigServerType::Smtp ? outgoing : incoming).append(server);
        found.append(m_queries.at(i)->name());
    }
    // Deleted later: the last one is still emitting the signal that brought us here.
    for (QObject *object : std::as_const(m_queries)) {
        object->deleteLater();
    }
    m_queries.clear();
    const QString detail = QStringLiteral("_*._tcp.") + m_domain;
    AutoconfigDocument document;
    document.incoming = incoming;
    document.outgoing = outgoing;
    std::optional<AutoconfigProposal> proposal
        = AutoconfigProposal::fromDocument(document, m_email, AutoconfigSource::Srv, detail);
    if (!proposal) {
        record(AutoconfigSource::Srv, detail, false,
            found.isEmpty() ? tr("no SRV record for a mail service") : tr("no SRV record for IMAP or POP3"));
        runNext();
        return;
    }
    record(AutoconfigSource::Srv, detail, true, found.join(QLatin1String(", ")));
    m_proposal = std::move(proposal);
    confirm();
}

void AutoconfigJob::askMx()
{
    Q_EMIT progress(tr("Looking up the MX record of %1").arg(m_domain));
    auto *query = new DnsQuery(QDnsLookup::MX, m_domain, m_options, this);
    connect(query, &DnsQuery::finished, this, [this, query] {
        query->deleteLater();
        const QString exchange = DnsQuery::preferredMailExchange(query->mailExchangeRecords());
        const QStringList labels = exchange.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        m_mxDomains.clear();
        if (labels.size() >= 3) {
            m_mxDomains.append(labels.mid(1).join(QLatin1Char('.')));
            const QString lastTwo = labels.mid(labels.size() - 2).join(QLatin1Char('.'));
            if (!m_mxDomains.contains(lastTwo)) {
                m_mxDomains.append(lastTwo);
            }
        }
        m_mxDomains.removeAll(m_domain);
        if (m_mxDomains.isEmpty()) {
            record(AutoconfigSource::MxDomain, m_domain, false,
                exchange.isEmpty() ? query->errorString() : tr("the MX host %1 names no other domain").arg(exchange));
        }
        runNext();
    });
    query->start();
}

void AutoconfigJob::probe()
{
    Q_EMIT progress(tr("Trying the usual server names of %1").arg(m_domain));
    m_pending = 0;
    for (const ProbeGuess &guess : s_probeGuesses) {
        auto *probe = new ServerProbe(guess.type, QLatin1String(guess.prefix) + m_domain,
            quint16(guess.port + m_options.probePortOffset), guess.security, m_options, this);
        m_probes.append(probe);
        ++m_pending;
        connect(probe, &ServerProbe::finished, this, [this] {
            if (--m_pending == 0) {
                onProbesFinished();
            }
        });
    }
    // Over a copy, as in askSrv().
    const QList<ServerProbe *> probes = m_probes;
    for (ServerProbe *probe : probes) {
        probe->start();
    }
}

void AutoconfigJob::onProbesFinished()
{
    AutoconfigDocument document;
    QStringList answered;
    QStringList certificateWarnings;
    for (ServerProbe *probe : std::as_const(m_probes)) {
        const ProbeResult &result = probe->result();
        if (!result.answered) {
            continue;
        }
        AutoconfigServer server {probe->type(), probe->host(), probe->port(), result.offered, m_email, {}};
        (probe->type() == AutoconfigServerType::Smtp ? document.outgoing : document.incoming).append(server);
        answered.append(probe->host() + QLatin1Char(':') + QString::number(probe->port()));
        if (result.untrustedCertificate) {
            certificateWarnings.append(tr("%1:%2 speaks TLS with a certificate that is not trusted (%3; SHA-256 %4); "
                                          "'account test' shows it for a decision.")
                                           .arg(probe->host())
                                           .arg(probe->port())
                                           .arg(result.untrustedCertificate->errors.join(QLatin1String("; ")),
                                               result.untrustedCertificate->fingerprint));
        }
    }
    // Deleted later: the last one is still emitting the signal that brought us here.
    for (QObject *object : std::as_const(m_probes)) {
        object->deleteLater();
    }
    m_probes.clear();
    std::optional<AutoconfigProposal> proposal
        = AutoconfigProposal::fromDocument(document, m_email, AutoconfigSource::Probe, m_domain);
    if (!proposal) {
        record(AutoconfigSource::Probe, m_domain, false, tr("no usual server name answered as IMAP or POP3"));
        runNext();
        return;
    }
    record(AutoconfigSource::Probe, m_domain, true, answered.join(QLatin1String(", ")));
    const auto concerns = [&proposal](const QString &warning) {
        return warning.startsWith(proposal->incoming.host + QLatin1Char(':') + QString::number(proposal->incoming.port))
            || (proposal->smtp
                && warning.startsWith(proposal->smtp->host + QLatin1Char(':') + QString::number(proposal->smtp->port)));
    };
    for (const QString &warning : std::as_const(certificateWarnings)) {
        if (concerns(warning)) {
            proposal->warnings.append(warning);
        }
    }
    m_proposal = std::move(proposal);
    // The probes have just checked every server on the wire: nothing left to confirm.
    onConfirmed();
}

void AutoconfigJob::confirm()
{
    m_pending = 0;
    QList<AutoconfigServer> toCheck;
    if (m_proposal->incoming.security != Security::Tls) {
        toCheck.append(m_proposal->incoming);
    }
    if (m_proposal->smtp && m_proposal->smtp->security != Security::Tls) {
        toCheck.append(*m_proposal->smtp);
    }
    if (toCheck.isEmpty()) {
        onConfirmed();
        return;
    }
    for (const AutoconfigServer &server : toCheck) {
        Q_EMIT progress(tr("Checking whether %1:%2 offers STARTTLS").arg(server.host).arg(server.port));
        // A plain connection: the question is what the server offers before any TLS.
        auto *probe = new ServerProbe(server.type, server.host, server.port, Security::None, m_options, this);
        m_probes.append(probe);
        ++m_pending;
        connect(probe, &ServerProbe::finished, this, [this, probe] {
            AutoconfigServer &server
                = probe->type() == AutoconfigServerType::Smtp ? *m_proposal->smtp : m_proposal->incoming;
            const ProbeResult &result = probe->result();
            const QString where = server.host + QLatin1Char(':') + QString::number(server.port);
            if (!result.answered) {
                m_proposal->warnings.append(tr("%1 could not be checked for STARTTLS: %2").arg(where, result.error));
            } else if (result.offered == Security::StartTls && server.security == Security::None) {
                server.security = Security::StartTls;
                m_proposal->warnings.append(
                    tr("%1 was configured without encryption but offers STARTTLS: STARTTLS is proposed.").arg(where));
            } else if (result.offered == Security::None && server.security == Security::StartTls) {
                m_proposal->warnings.append(tr("%1 did not offer STARTTLS when checked; connecting will fail unless it "
                                               "does (someone on the network may be removing it).")
                                                .arg(where));
            }
            if (--m_pending == 0) {
                // Deleted later: the last one is still emitting the signal that brought us here.
                for (QObject *object : std::as_const(m_probes)) {
                    object->deleteLater();
                }
                m_probes.clear();
                onConfirmed();
            }
        });
    }
    // Over a copy, as in askSrv().
    const QList<ServerProbe *> probes = m_probes;
    for (ServerProbe *probe : probes) {
        probe->start();
    }
}

void AutoconfigJob::onConfirmed()
{
    m_proposal->addPlaintextWarnings();
    finish();
}

void AutoconfigJob::record(AutoconfigSource source, const QString &detail, bool answered, const QString &outcome)
{
    m_attempts.append({source, detail, answered, outcome});
}

void AutoconfigJob::fail(const QString &error)
{
    m_error = error;
    m_proposal.reset();
    finish();
}

void AutoconfigJob::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_proposal) {
        m_proposal->attempts = m_attempts;
    }
    Q_EMIT finished();
}

QUrl AutoconfigJob::configServerUrl(const QString &domain, const QString &email)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("autoconfig.") + domain);
    url.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), email);
    url.setQuery(query);
    return url;
}

QUrl AutoconfigJob::wellKnownUrl(const QString &domain)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(domain);
    url.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    return url;
}

} // namespace Letterbox::Services
