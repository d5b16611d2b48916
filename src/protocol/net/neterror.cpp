#include "protocol/net/neterror.h"

namespace Letterbox::Net {

namespace {

NetError make(NetError::Kind kind, const Endpoint &endpoint, const QString &message)
{
    NetError error;
    error.kind = kind;
    error.endpoint = endpoint;
    error.message = message;
    return error;
}

/// Qt's socket error strings end without a full stop; ours are sentences.
QString withoutFullStop(QString detail)
{
    while (detail.endsWith(QLatin1Char('.'))) {
        detail.chop(1);
    }
    return detail;
}

} // namespace

NetError NetError::hostNotFound(const Endpoint &endpoint, const QString &detail)
{
    return make(Kind::HostNotFound, endpoint,
        tr("The server %1 could not be found: %2.").arg(endpoint.toString(), withoutFullStop(detail)));
}

NetError NetError::connectionRefused(const Endpoint &endpoint)
{
    return make(Kind::ConnectionRefused, endpoint,
        tr("%1 refused the connection: no server is listening on that port.").arg(endpoint.toString()));
}

NetError NetError::timeout(const Endpoint &endpoint, const QString &what, int milliseconds)
{
    // Seconds with one decimal at most: "30", "0.2".
    const QString seconds = QString::number(milliseconds / 1000.0, 'g', 3);
    return make(
        Kind::Timeout, endpoint, tr("%1 timed out after %2 s while %3.").arg(endpoint.toString(), seconds, what));
}

NetError NetError::certificateRejected(const Endpoint &endpoint, const CertificateReport &report)
{
    NetError error = make(Kind::Certificate, endpoint,
        tr("The certificate of %1 is not trusted: %2.")
            .arg(endpoint.toString(),
                withoutFullStop(
                    report.errors.isEmpty() ? tr("verification failed") : report.errors.join(QStringLiteral("; ")))));
    error.certificate = report;
    return error;
}

NetError NetError::pinnedCertificateChanged(
    const Endpoint &endpoint, const CertificateReport &report, const QString &pinnedFingerprint)
{
    NetError error = make(Kind::Certificate, endpoint,
        tr("The certificate of %1 has CHANGED since it was accepted: the server now shows SHA-256 %2, not the "
           "accepted %3, and the new one is not trusted (%4). Someone may be intercepting the connection; nothing "
           "was sent.")
            .arg(endpoint.toString(), report.fingerprint, pinnedFingerprint,
                withoutFullStop(
                    report.errors.isEmpty() ? tr("verification failed") : report.errors.join(QStringLiteral("; ")))));
    error.certificate = report;
    return error;
}

NetError NetError::tls(const Endpoint &endpoint, const QString &detail)
{
    return make(Kind::Tls, endpoint,
        tr("The TLS handshake with %1 failed: %2.").arg(endpoint.toString(), withoutFullStop(detail)));
}

NetError NetError::security(const Endpoint &endpoint, const QString &detail)
{
    return make(Kind::Security, endpoint,
        tr("The connection to %1 was refused for security: %2.").arg(endpoint.toString(), withoutFullStop(detail)));
}

NetError NetError::remoteClosed(const Endpoint &endpoint)
{
    return make(Kind::RemoteClosed, endpoint, tr("%1 closed the connection.").arg(endpoint.toString()));
}

NetError NetError::network(const Endpoint &endpoint, const QString &detail)
{
    return make(Kind::Network, endpoint,
        tr("The connection to %1 failed: %2.").arg(endpoint.toString(), withoutFullStop(detail)));
}

NetError NetError::cancelled(const Endpoint &endpoint)
{
    return make(Kind::Cancelled, endpoint, tr("The connection to %1 was cancelled.").arg(endpoint.toString()));
}

} // namespace Letterbox::Net
