#include "services/autoconfig/dnsquery.h"

namespace Letterbox::Services {

DnsQuery::DnsQuery(QDnsLookup::Type type, const QString &name, const AutoconfigOptions &options, QObject *parent)
    : QObject(parent)
    , m_lookup(type, name)
    , m_name(name)
    , m_timeoutMs(options.sourceTimeoutMs)
{
    if (!options.nameserver.isNull()) {
        m_lookup.setNameserver(options.nameserver);
    }
    m_timer.setSingleShot(true);
    connect(&m_lookup, &QDnsLookup::finished, this, &DnsQuery::onFinished);
    connect(&m_timer, &QTimer::timeout, this, &DnsQuery::onTimeout);
}

void DnsQuery::start()
{
    if (m_timeoutMs > 0) {
        m_timer.start(m_timeoutMs);
    }
    m_lookup.lookup();
}

void DnsQuery::onFinished()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    if (m_lookup.error() == QDnsLookup::NoError) {
        m_succeeded = true;
        m_services = m_lookup.serviceRecords();
        m_mailExchanges = m_lookup.mailExchangeRecords();
        m_addresses = m_lookup.hostAddressRecords();
    } else if (m_lookup.error() == QDnsLookup::NotFoundError) {
        m_error = tr("%1 has no such DNS record").arg(m_name);
    } else {
        m_error = tr("the DNS look-up of %1 failed: %2").arg(m_name, m_lookup.errorString());
    }
    Q_EMIT finished();
}

void DnsQuery::onTimeout()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_lookup.abort();
    m_error = tr("the DNS look-up of %1 took longer than %2 s").arg(m_name).arg(m_timeoutMs / 1000.0);
    Q_EMIT finished();
}

std::optional<QDnsServiceRecord> DnsQuery::preferredService(const QList<QDnsServiceRecord> &records)
{
    std::optional<QDnsServiceRecord> best;
    for (const QDnsServiceRecord &record : records) {
        if (!best || record.priority() < best->priority()
            || (record.priority() == best->priority() && record.weight() > best->weight())) {
            best = record;
        }
    }
    if (best && (best->target().isEmpty() || best->target() == QLatin1String("."))) {
        return std::nullopt;
    }
    return best;
}

QString DnsQuery::preferredMailExchange(const QList<QDnsMailExchangeRecord> &records)
{
    std::optional<QDnsMailExchangeRecord> best;
    for (const QDnsMailExchangeRecord &record : records) {
        if (!best || record.preference() < best->preference()) {
            best = record;
        }
    }
    if (!best) {
        return {};
    }
    QString host = best->exchange().toLower();
    while (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }
    return host;
}

} // namespace Letterbox::Services
