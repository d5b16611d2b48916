#pragma once

#include "accounts/account.h"
#include "services/retrieval/syncreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Letterbox::Services {

/// The certificate a server showed, as `account test` reports it.
struct CertificateSummary
{
    QString subject;
    QString issuer;
    QString fingerprint; ///< SHA-256, "AB:CD:…"
    QByteArray sha256; ///< the same, raw: what Accounts::ServerSettings::pinnedCertificate holds
    QDateTime notBefore;
    QDateTime notAfter;
    bool trusted = false; ///< verified by the CAs or a pin; false: see errors
    QStringList errors; ///< as Qt/OpenSSL word them
    QStringList plainErrors; ///< the same in plain words (CertificateWords)
};

/// What one server (incoming or outgoing) said when `account test` knocked.
struct ConnectionProbe
{
    QString role; ///< "incoming" or "outgoing"
    QString protocol; ///< "imap", "pop3" or "smtp"
    QString endpoint; ///< host:port
    QString security; ///< "tls", "starttls" or "none"
    bool connected = false; ///< TCP (and TLS, where asked) reached the protocol
    QString tlsProtocol; ///< e.g. "TLS 1.3"; empty while unencrypted
    QString tlsCipher;
    std::optional<CertificateSummary> certificate;
    QStringList capabilities; ///< as the server named them, before login
    QStringList authMechanisms; ///< SASL mechanisms offered (AUTH=, SMTP AUTH, POP3 SASL)
    bool loginTried = false;
    bool loginOk = false;
    std::optional<RetrievalError> error;
    double seconds = 0;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

struct ConnectionTestReport
{
    QString account;
    QList<ConnectionProbe> servers;

    [[nodiscard]] bool ok() const
    {
        return std::all_of(servers.cbegin(), servers.cend(), [](const ConnectionProbe &probe) { return probe.ok(); });
    }
    [[nodiscard]] bool securityRefused() const
    {
        return std::any_of(servers.cbegin(), servers.cend(),
            [](const ConnectionProbe &probe) { return probe.error && probe.error->security; });
    }
};

/**
 * @short `account test` (issue 7): connects to the account's incoming and outgoing servers
 * one after the other, logs in, and reports in plain words what each offered: TLS version
 * and cipher, the certificate, capabilities, login mechanisms, and whether the login
 * worked. Nothing is fetched, sent or changed on either server.
 *
 * It uses the same clients and the same ServerPolicy as sync and send, so a test that
 * passes means the real thing connects the same way (no separate, laxer code path: a
 * certificate the engines would refuse is refused here too, and reported).
 */
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Tests @p account with @p password (empty: no login is tried); finished() follows.
    void run(const Accounts::Account &account, const QString &password);

    /// Several plain-text lines per server for a terminal.
    [[nodiscard]] static QStringList toText(const ConnectionTestReport &report);

Q_SIGNALS:
    void finished(const Letterbox::Services::ConnectionTestReport &report);

private:
    void probeIncoming();
    void probeOutgoing();
    void probeImap();
    void probeSmtp();
    void probePop3();
    void probeDone(ConnectionProbe probe);

    Accounts::Account m_account;
    QString m_password;
    ConnectionTestReport m_report;
    QPointer<QObject> m_client;
    std::function<void()> m_next;
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::ConnectionTestReport)
