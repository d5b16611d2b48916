#pragma once

#include "services/autoconfig/autoconfigoptions.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QObject>
#include <QTimer>

#include <optional>

namespace Letterbox::Services {

/**
 * @short One DNS question (SRV, MX or A) for autoconfiguration, bounded in time and
 * asked of AutoconfigOptions::nameserver when one is set.
 *
 * finished() comes exactly once, after the answer, an error or the timeout; records()
 * then holds the answer (empty on anything else) and errorString() why not.
 */
class DnsQuery : public QObject
{
    Q_OBJECT

public:
    DnsQuery(QDnsLookup::Type type, const QString &name, const AutoconfigOptions &options, QObject *parent = nullptr);

    void start();

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] const QList<QDnsServiceRecord> &serviceRecords() const { return m_services; }
    [[nodiscard]] const QList<QDnsMailExchangeRecord> &mailExchangeRecords() const { return m_mailExchanges; }
    [[nodiscard]] const QList<QDnsHostAddressRecord> &hostAddressRecords() const { return m_addresses; }

    /**
     * The SRV record to use (RFC 2782): the lowest priority, and of those the highest
     * weight (the RFC's weighted random choice, made deterministic: autoconfiguration
     * asks once, and a proposal should not change from one run to the next). Nothing
     * when there is no record or the chosen one has the target "." (RFC 2782: the
     * service is decidedly not offered).
     */
    [[nodiscard]] static std::optional<QDnsServiceRecord> preferredService(const QList<QDnsServiceRecord> &records);
    /// The MX host with the lowest preference, lower-cased, without a final dot.
    [[nodiscard]] static QString preferredMailExchange(const QList<QDnsMailExchangeRecord> &records);

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void onTimeout();

    QDnsLookup m_lookup;
    QTimer m_timer;
    QString m_name;
    QString m_error;
    QList<QDnsServiceRecord> m_services;
    QList<QDnsMailExchangeRecord> m_mailExchanges;
    QList<QDnsHostAddressRecord> m_addresses;
    int m_timeoutMs = 0;
    bool m_succeeded = false;
    bool m_done = false;
};

} // namespace Letterbox::Services
