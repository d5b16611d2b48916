#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/net/connectioncounters.h"
#include "protocol/net/endpoint.h"
#include "protocol/net/neterror.h"
#include "protocol/net/timeouts.h"
#include "protocol/net/tlspolicy.h"
#include "protocol/net/transcripttap.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace Letterbox::Net {

/**
 * @short One TCP connection to an IMAP, POP3 or SMTP server: TLS, verification,
 * timeouts, the transcript and the counters. The bytes mean nothing to it.
 *
 * A driver (services/) joins it to a sans-I/O session: dataReceived() goes into the
 * session, the session's OutgoingData comes back through send(), and when the session
 * sees the STARTTLS go-ahead (SMTP 220 after STARTTLS, IMAP OK, POP3 +OK after STLS) the
 * driver calls startTls().
 *
 * Life: connectToServer() → connected() [→ startTls() → encrypted()] → … → close() →
 * closed(). Exactly one of closed() and failed() ends it, and nothing is emitted after
 * either; one object serves one connection (make a new one to reconnect).
 *
 * Security rules it enforces:
 * - The certificate is verified against the system CAs plus TlsPolicy's extra CAs, with
 *   the Endpoint's host name, unless it is exactly the pinned one. A failure aborts the
 *   connection with NetError::Kind::Certificate and a CertificateReport; the TLS
 *   handshake has then run at the wire level, but no protocol byte was written (send()
 *   holds data until the connection is usable) and no server byte was delivered.
 * - dataReceived() never carries a byte read before an implicit-TLS handshake is
 *   verified, and never a byte from the plaintext phase after startTls().
 * - startTls() refuses (NetError::Kind::Security) when any byte is waiting, in Qt's
 *   buffer or the kernel's, when it is called: a server (or a man in the middle) that
 *   sends after its go-ahead is trying to inject plaintext commands into the encrypted
 *   session (CVE-2011-0411 and its IMAP and POP3 cousins). Bytes the driver already got
 *   in the same read as the go-ahead are beyond its sight: the session must refuse when
 *   its framer holds anything after the go-ahead.
 * - dataReceived() is never re-entered: if the receiver spins an event loop, bytes that
 *   arrive meanwhile stay in the socket (so startTls() sees them) and are delivered after
 *   the slot returns.
 *
 * Limits: no proxy support; a host name resolving to several addresses is tried as
 * QAbstractSocket does (first address); no client certificates.
 */
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, ///< before connectToServer()
        Connecting, ///< TCP connect, and the handshake for implicit TLS
        Ready, ///< usable: send() writes, dataReceived() flows
        StartingTls, ///< startTls() called, handshake running
        Closing, ///< close() called, waiting for the socket to close
        Closed, ///< closed() emitted
        Failed, ///< failed() emitted
    };
    Q_ENUM(State)

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void connectToServer(const Endpoint &endpoint, const TlsPolicy &policy, const Timeouts &timeouts = {});

    /// Call before connectToServer() to dial the IP @p address instead of resolving the
    /// endpoint's host, for a caller that resolved it itself (autoconfiguration, through
    /// its own name server). The certificate is still checked against the host name.
    void setAddress(const QString &address) { m_address = address; }

    /// Writes @p data, records it in the transcript and counts it. Before the connection
    /// is usable (connecting, verifying, a STARTTLS handshake) the data is held and written
    /// in order once it is; after close(), abort() or a failure it is dropped.
    void send(const Protocol::OutgoingData &data);

    /// Upgrades a plaintext connection after the session saw the go-ahead; see the class
    /// comment for the injection check. encrypted() or failed() follows.
    void startTls();

    /// Graceful: written data is flushed, TLS close_notify sent, then closed(). Bounded by
    /// the read timeout; closed() may come before close() returns.
    void close();

    /// Cancellation: the socket is dropped at once, failed() is emitted with
    /// NetError::Kind::Cancelled before abort() returns, and nothing after it.
    void abort();

    /// Changes the timeouts of a live connection (e.g. an IMAP engine entering IDLE).
    void setTimeouts(const Timeouts &timeouts);
    /// Arms the read timeout again: the session is waiting for the rest of a reply that
    /// has started to arrive (otherwise only the idle timeout would catch a stall).
    void awaitMoreData();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] const TlsPolicy &policy() const { return m_policy; }
    [[nodiscard]] const Timeouts &timeouts() const { return m_timeouts; }
    [[nodiscard]] const ConnectionCounters &counters() const { return m_counters; }
    /// The error failed() carried, if it did.
    [[nodiscard]] const std::optional<NetError> &error() const { return m_error; }
    /// The server's leaf certificate once a handshake has run.
    [[nodiscard]] QSslCertificate peerCertificate() const;
    /// True when bytes wait unread in Qt's buffer or in the kernel's receive queue.
    [[nodiscard]] bool hasUnreadBytes() const;

    [[nodiscard]] TranscriptTap &transcript() { return m_transcript; }
    [[nodiscard]] const TranscriptTap &transcript() const { return m_transcript; }

Q_SIGNALS:
    /// TCP is up; for implicit TLS, the handshake is also verified.
    void connected();
    /// The STARTTLS handshake is done and verified.
    void encrypted();
    void dataReceived(const QByteArray &data);
    void failed(const Letterbox::Net::NetError &error);
    void closed();

private:
    void onSocketConnected();
    void onSocketEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onSocketDisconnected();
    void onReadyRead();
    void acknowledgeAtOnce();
    void onBytesWritten();
    void onConnectTimeout();
    void onReadTimeout();
    void onIdleTimeout();

    void becomeReady();
    void deliverAvailable();
    void write(const Protocol::OutgoingData &data);
    void restartIdleTimer();
    void armReadTimer();
    void fail(const NetError &error);
    void finishClosed();
    void recordTlsSession();

    QSslSocket *m_socket = nullptr;
    TranscriptTap m_transcript;
    State m_state = State::Idle;
    Endpoint m_endpoint;
    QString m_address;
    TlsPolicy m_policy;
    Timeouts m_timeouts;
    ConnectionCounters m_counters;
    std::optional<NetError> m_error;
    QList<Protocol::OutgoingData> m_held;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QTimer m_idleTimer;
    bool m_wroteSinceArrival = false;
    bool m_delivering = false;
};

} // namespace Letterbox::Net
