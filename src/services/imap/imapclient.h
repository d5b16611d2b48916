#pragma once

#include "protocol/imap/imapsession.h"
#include "protocol/net/connection.h"
#include "services/retrieval/syncreport.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Letterbox::Services {

/// Why an IMAP connection ended early: the same error as every retrieval run's, so the
/// engines and `account test` pass it on as it is.
using ImapClientError = RetrievalError;

/**
 * @short Drives one Imap::ImapSession over one Net::Connection (the IMAP twin of
 * SmtpClient): bytes from the socket into the session, the session's writes, STARTTLS
 * upgrade and events back out as signals.
 *
 * Commands may be submitted at once; the session holds them until it is Ready. Exactly
 * one of finished() (after logout, or after failed()) ends the client.
 */
class ImapClient : public QObject
{
    Q_OBJECT

public:
    explicit ImapClient(QObject *parent = nullptr);
    ~ImapClient() override;

    /// The account this connection serves, as the protocol inspector names it (call before start()).
    void setAccountName(const QString &name) { m_accountName = name; }
    void start(const Net::Endpoint &endpoint, const Net::TlsPolicy &policy, const Imap::ImapSessionConfig &config,
        const Net::Timeouts &timeouts = {});
    void submit(Imap::ImapCommandBuilder builder, quint64 token);
    void logout();
    void abort();
    /// IDLE (RFC 2177) as command @p token: idleStarted() with the "+", commandFinished() after done().
    void idle(quint64 token);
    /// Ends IDLE (DONE).
    void done();

    [[nodiscard]] Net::Connection &connection() { return *m_connection; }
    [[nodiscard]] Imap::ImapSession *session() { return m_session.get(); }

Q_SIGNALS:
    void ready();
    void untagged(const Letterbox::Imap::ImapResponse &response);
    /// A command ended: its tagged reply, or (aborted) no reply with the reason in @p text.
    void commandFinished(quint64 token, bool ok, const Letterbox::Imap::ImapStatusResponse &reply, const QString &text);
    void failed(const Letterbox::Services::ImapClientError &error);
    void finished();
    void idleStarted(quint64 token);

private:
    void drain();
    void onConnectionFailed(const Net::NetError &error);
    void onConnectionClosed();
    void fail(const ImapClientError &error);
    void finish();

    Net::Connection *m_connection = nullptr;
    QString m_accountName;
    std::unique_ptr<Imap::ImapSession> m_session;
    Net::Endpoint m_endpoint;
    std::optional<ImapClientError> m_pendingError;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace Letterbox::Services
