#pragma once

#include "protocol/net/connection.h"
#include "protocol/pop3/pop3session.h"
#include "services/retrieval/syncreport.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Letterbox::Services {

/**
 * @short Drives one Pop3::Pop3Session over one Net::Connection (the POP3 twin of
 * ImapClient and SmtpClient): bytes from the socket into the session, the session's
 * writes, the STLS upgrade, and its events back out as signals.
 *
 * Commands (stat(), list(), uidl(), top(), retr(), dele(), …) may be submitted at once;
 * the session holds them until it is Ready and pipelines them when the server offers
 * PIPELINING. Every command's final event (and RetrStarted / RetrData before a RetrDone)
 * comes through commandEvent(). deletions() comes once per session that logged in, before
 * the end. Exactly one finished() (after QUIT, or after failed()) ends the client.
 */
class Pop3Client : public QObject
{
    Q_OBJECT

public:
    explicit Pop3Client(QObject *parent = nullptr);
    ~Pop3Client() override;

    /// The account this connection serves, as the protocol inspector names it (call before start()).
    void setAccountName(const QString &name) { m_accountName = name; }
    void start(const Net::Endpoint &endpoint, const Net::TlsPolicy &policy, const Pop3::Pop3SessionConfig &config,
        const Net::Timeouts &timeouts = {});

    void stat(quint64 token);
    void list(quint64 token);
    void uidl(quint64 token);
    void top(quint64 token, int number, int lines);
    void retr(quint64 token, int number);
    void dele(quint64 token, int number);
    /// QUIT once everything submitted is answered (the UPDATE state deletes what DELE marked).
    void quit();
    /// Drops the connection now; commands not answered fail, nothing marked is deleted.
    void abort();

    [[nodiscard]] Net::Connection &connection() { return *m_connection; }
    [[nodiscard]] const Pop3::Pop3Session *session() const { return m_session.get(); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void ready(const Letterbox::Pop3::Pop3Capabilities &capabilities);
    /// Nothing queued and nothing in flight.
    void idle();
    /// One of StatResult, ListResult, UidlResult, RetrStarted, RetrData, RetrDone,
    /// DeleResult, CommandOk, CommandFailed.
    void commandEvent(const Letterbox::Pop3::Pop3Event &event);
    void deletions(const Letterbox::Pop3::DeletionsResult &result);
    void failed(const Letterbox::Services::RetrievalError &error);
    void finished();

private:
    template<class Call> void submit(Call call);
    void drain();
    void onConnectionFailed(const Net::NetError &error);
    void onConnectionClosed();
    void fail(const RetrievalError &error);
    void finish();

    Net::Connection *m_connection = nullptr;
    QString m_accountName;
    std::unique_ptr<Pop3::Pop3Session> m_session;
    Net::Endpoint m_endpoint;
    std::optional<RetrievalError> m_pendingError;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace Letterbox::Services
