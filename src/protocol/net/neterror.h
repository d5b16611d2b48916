#pragma once

#include "protocol/net/certificatereport.h"
#include "protocol/net/endpoint.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Letterbox::Net {

/**
 * @short Why a Connection failed, in one plain sentence (CLI.md: it names host:port and
 * what the server or the network said).
 *
 * Certificate, Tls and Security are security refusals (the CLI's exit code 3); the
 * others are ordinary failures (exit code 1) that a submission worker may retry.
 */
struct NetError
{
    Q_DECLARE_TR_FUNCTIONS(NetError)

public:
    enum class Kind {
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Certificate, ///< verification failed; certificate holds the report
        Tls, ///< the handshake failed for another reason (protocol, alert, cut during it)
        Security, ///< a STARTTLS injection, or TLS missing where it is required
        RemoteClosed, ///< the server closed the connection while it was in use
        Network, ///< any other socket error
        Cancelled, ///< Connection::abort()
    };

    Kind kind = Kind::Network;
    Endpoint endpoint;
    QString message; ///< translated, one sentence, for a person
    std::optional<CertificateReport> certificate;

    [[nodiscard]] bool isSecurityRefusal() const
    {
        return kind == Kind::Certificate || kind == Kind::Security || kind == Kind::Tls;
    }

    // One builder per kind, so the sentences live in one place (and in one tr context).
    [[nodiscard]] static NetError hostNotFound(const Endpoint &endpoint, const QString &detail);
    [[nodiscard]] static NetError connectionRefused(const Endpoint &endpoint);
    /// @p what says what timed out: Connection passes connecting, the TLS handshake,
    /// waiting for a reply or idle.
    [[nodiscard]] static NetError timeout(const Endpoint &endpoint, const QString &what, int milliseconds);
    [[nodiscard]] static NetError certificateRejected(const Endpoint &endpoint, const CertificateReport &report);
    /// A pin was set for this host and port and the server shows another certificate that
    /// does not verify either: the loud case of issue 7 (a changed pin is never accepted).
    [[nodiscard]] static NetError pinnedCertificateChanged(
        const Endpoint &endpoint, const CertificateReport &report, const QString &pinnedFingerprint);
    [[nodiscard]] static NetError tls(const Endpoint &endpoint, const QString &detail);
    [[nodiscard]] static NetError security(const Endpoint &endpoint, const QString &detail);
    [[nodiscard]] static NetError remoteClosed(const Endpoint &endpoint);
    [[nodiscard]] static NetError network(const Endpoint &endpoint, const QString &detail);
    [[nodiscard]] static NetError cancelled(const Endpoint &endpoint);
};

} // namespace Letterbox::Net

Q_DECLARE_METATYPE(Letterbox::Net::NetError)
