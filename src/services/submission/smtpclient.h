#pragma once

#include "protocol/net/connection.h"
#include "protocol/smtp/smtpevent.h"
#include "protocol/smtp/smtpsession.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Letterbox::Services {

/// Why an SMTP connection ended early, in the words a person (and the CLI) needs.
struct SmtpClientError
{
    enum class Category {
        Security, ///< certificate, TLS, STARTTLS missing/refused/injected, plaintext password refused
        Authentication, ///< the server refused the login
        Network, ///< unreachable, refused, timed out, dropped: try again later
        Server, ///< the server said no (4xx/5xx outside a message, or broke the protocol)
    };
    Category category = Category::Network;
    bool temporary = true; ///< worth retrying later without changing anything
    QString text; ///< one sentence naming host:port and what was said
    std::optional<Net::CertificateReport> certificate;
};

/**
 * @short Drives one Smtp::SmtpSession over one Net::Connection: the only place where the
 * sans-I/O SMTP core meets a socket (STYLE.md's "connection adapter").
 *
 * Bytes from the connection go into the session; the session's events come back as
 * writes, a STARTTLS upgrade, or the signals below. Messages may be submitted before the
 * session is ready; the session queues and pipelines them. Exactly one of finished()
 * (after QUIT, or after failed()) ends the client; every submitted message gets exactly one
 * messageFinished() before it.
 */
class SmtpClient : public QObject
{
    Q_OBJECT

public:
    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    /// The account this connection serves, as the protocol inspector names it (call before start()).
    void setAccountName(const QString &name) { m_accountName = name; }
    void start(const Net::Endpoint &endpoint, const Net::TlsPolicy &policy, const Smtp::SmtpSessionConfig &config,
        const Net::Timeouts &timeouts = {});
    void submit(const Smtp::SmtpEnvelope &envelope, const QByteArray &message, quint64 token);
    /// QUIT once every submitted message is reported.
    void quit();
    /// Drops the connection now; unreported messages are reported (TemporaryFailure or MaybeSent).
    void abort();

    [[nodiscard]] Net::Connection &connection() { return *m_connection; }
    [[nodiscard]] const Smtp::SmtpSession *session() const { return m_session.get(); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void ready(const Letterbox::Smtp::SmtpCapabilities &capabilities);
    /// Nothing queued or in flight.
    void idle();
    void messageFinished(const Letterbox::Smtp::MessageResult &result);
    void failed(const Letterbox::Services::SmtpClientError &error);
    void finished();

private:
    void onData(const QByteArray &data);
    void onEncrypted();
    void onConnectionFailed(const Net::NetError &error);
    void onConnectionClosed();
    void drain();
    void fail(const SmtpClientError &error);
    void finish();

    Net::Connection *m_connection = nullptr;
    QString m_accountName;
    std::unique_ptr<Smtp::SmtpSession> m_session;
    Net::Endpoint m_endpoint;
    std::optional<SmtpClientError> m_pendingError; ///< the session's reason, reported when the socket is gone
    bool m_finished = false;
    bool m_closing = false;
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::SmtpClientError)
