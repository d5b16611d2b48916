#pragma once

#include "accounts/autoconfigxml.h"
#include "protocol/net/certificatereport.h"
#include "services/autoconfig/autoconfigoptions.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Letterbox::Net {
class Connection;
struct NetError;
} // namespace Letterbox::Net

namespace Letterbox::Services {

/// What one capability check found.
struct ProbeResult
{
    bool answered = false; ///< the server greeted and answered the capability command
    /// The security this server offers on that port: Tls when the handshake ran (even
    /// with a certificate we do not trust: TLS is spoken there), StartTls when the
    /// capabilities offer it, None otherwise. Meaningful only when answered.
    Accounts::Security offered = Accounts::Security::None;
    std::optional<Net::CertificateReport> untrustedCertificate; ///< implicit TLS with a refused certificate
    QString error; ///< translated, when not answered
};

/**
 * @short Connects to one host and port as IMAP, POP3 or SMTP and asks what it can do:
 * IMAP CAPABILITY, POP3 CAPA, SMTP EHLO — is STARTTLS (STLS) offered?
 *
 * Only the greeting, the capability reply and a polite goodbye (LOGOUT, QUIT) cross
 * the wire; no login is tried and nothing is sent that carries a secret. A port
 * probed with Security::Tls is a TLS handshake first: a certificate that does not
 * verify still shows the port speaks TLS, so the result says Tls and carries the
 * certificate report (the person decides later, at `account test`); the capability
 * command is then not sent, as no byte goes to an unverified peer. Bounded by
 * AutoconfigOptions::probeTimeoutMs from start to finished(), the name look-up included.
 *
 * The replies are read with the protocol layer's own parsers (ImapFramer/ImapParser,
 * Pop3ReplyParser/Pop3Capabilities, SmtpReplyParser/SmtpCapabilities), not a second
 * reading of the protocols.
 */
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    ServerProbe(Accounts::AutoconfigServerType type, const QString &host, quint16 port, Accounts::Security security,
        const AutoconfigOptions &options, QObject *parent = nullptr);
    ~ServerProbe() override;

    /// Resolves the host (through AutoconfigOptions::nameserver when set, else the
    /// system resolver) and runs the check.
    void start();

    [[nodiscard]] Accounts::AutoconfigServerType type() const { return m_type; }
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] Accounts::Security security() const { return m_security; }
    [[nodiscard]] const ProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    struct Parsers;

    void connectTo(const QString &address);
    void onData(const QByteArray &data);
    void onFailed(const Net::NetError &error);
    void answer(bool startTlsOffered);
    void refuse(const QString &why);
    void finish();

    Accounts::AutoconfigServerType m_type;
    QString m_host;
    quint16 m_port;
    Accounts::Security m_security;
    AutoconfigOptions m_options;
    Net::Connection *m_connection = nullptr;
    std::unique_ptr<Parsers> m_parsers;
    QTimer m_timer;
    ProbeResult m_result;
    int m_step = 0; ///< 0: waiting for the greeting, 1: for the capabilities, 2: done
    bool m_done = false;
};

} // namespace Letterbox::Services
