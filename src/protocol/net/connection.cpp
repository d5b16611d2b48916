#include "protocol/net/connection.h"

#include "protocol/net/netlog.h"

#include <QDateTime>
#include <QPointer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/types.h>
#endif

namespace Letterbox::Net {

namespace {

QString securityName(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::ImplicitTls:
        return Connection::tr("implicit TLS");
    case SecurityMode::StartTls:
        return Connection::tr("STARTTLS");
    case SecurityMode::None:
        break;
    }
    return Connection::tr("no encryption");
}

/// "TLSv1.3" (QSslCipher's spelling) as people write it: "TLS 1.3".
QString protocolName(const QSslCipher &cipher)
{
    QString name = cipher.protocolString();
    if (name.startsWith(QLatin1String("TLSv"))) {
        name = QStringLiteral("TLS ") + name.mid(4);
    }
    return name;
}

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
    for (QTimer *timer : {&m_connectTimer, &m_readTimer, &m_idleTimer}) {
        timer->setSingleShot(true);
    }
    connect(&m_connectTimer, &QTimer::timeout, this, &Connection::onConnectTimeout);
    connect(&m_readTimer, &QTimer::timeout, this, &Connection::onReadTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimeout);

    connect(m_socket, &QSslSocket::connected, this, &Connection::onSocketConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &Connection::onSocketEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &Connection::onSocketDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::onBytesWritten);
}

Connection::~Connection()
{
    // The socket is our child and would abort in its destructor, emitting into a
    // half-destroyed Connection; cut it off first.
    m_socket->disconnect(this);
    m_socket->abort();
}

void Connection::connectToServer(const Endpoint &endpoint, const TlsPolicy &policy, const Timeouts &timeouts)
{
    if (m_state != State::Idle) {
        qCWarning(lcNet) << "connectToServer() on a connection that is not new; make a new Connection";
        return;
    }
    m_endpoint = endpoint;
    m_policy = policy;
    m_timeouts = timeouts;
    m_state = State::Connecting;
    m_transcript.restartClock();
    m_transcript.recordInfo(tr("Connecting to %1 (%2)").arg(endpoint.toString(), securityName(policy.mode)));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!policy.extraCaCertificates.isEmpty()) {
        // setCaCertificates() replaces the system store, so it is named explicitly.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + policy.extraCaCertificates);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(endpoint.host);

    if (m_timeouts.connectMs > 0) {
        m_connectTimer.start(m_timeouts.connectMs);
    }
    const QString &target = m_address.isEmpty() ? endpoint.host : m_address;
    if (policy.mode == SecurityMode::ImplicitTls) {
        m_socket->connectToHostEncrypted(target, endpoint.port, endpoint.host);
    } else {
        m_socket->connectToHost(target, endpoint.port);
    }
}

void Connection::send(const Protocol::OutgoingData &data)
{
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
    case State::StartingTls:
        m_held.append(data);
        return;
    case State::Ready:
        write(data);
        return;
    case State::Closing:
    case State::Closed:
    case State::Failed:
        break;
    }
    qCDebug(lcNet) << "send() dropped" << data.bytes.size() << "bytes in state" << m_state;
}

void Connection::startTls()
{
    if (m_state != State::Ready || m_socket->isEncrypted()) {
        qCWarning(lcNet) << "startTls() needs a ready plaintext connection; state" << m_state;
        return;
    }
    if (hasUnreadBytes()) {
        QByteArray waiting = m_socket->peek(200);
#ifdef Q_OS_UNIX
        if (waiting.isEmpty()) {
            waiting.resize(200);
            const ssize_t n = ::recv(
                int(m_socket->socketDescriptor()), waiting.data(), size_t(waiting.size()), MSG_PEEK | MSG_DONTWAIT);
            waiting.resize(n > 0 ? qsizetype(n) : 0);
        }
#endif
        m_transcript.recordInfo(
            tr("Bytes waiting after the STARTTLS go-ahead: %1").arg(TranscriptTap::printable(waiting)));
        fail(NetError::security(m_endpoint,
            tr("the server sent data after its STARTTLS go-ahead and before the TLS handshake, "
               "which is how commands are injected into an encrypted session")));
        return;
    }
    m_state = State::StartingTls;
    m_readTimer.stop();
    m_idleTimer.stop();
    if (m_timeouts.connectMs > 0) {
        m_connectTimer.start(m_timeouts.connectMs);
    }
    m_transcript.recordInfo(tr("Starting the TLS handshake"));
    m_socket->startClientEncryption();
}

void Connection::close()
{
    switch (m_state) {
    case State::Idle:
    case State::Closing:
    case State::Closed:
    case State::Failed:
        return;
    case State::Connecting:
    case State::StartingTls:
        // Nothing was said yet that a graceful close would finish.
        m_held.clear();
        m_socket->disconnect(this);
        m_socket->abort();
        finishClosed();
        return;
    case State::Ready:
        break;
    }
    m_state = State::Closing;
    m_held.clear();
    m_idleTimer.stop();
    m_readTimer.stop();
    m_transcript.recordInfo(tr("Closing the connection"));
    // The read timeout bounds a close whose last bytes the server does not take.
    if (m_timeouts.readMs > 0) {
        m_readTimer.start(m_timeouts.readMs);
    }
    m_socket->disconnectFromHost();
    if (m_state == State::Closing && m_socket->state() == QAbstractSocket::UnconnectedState) {
        finishClosed();
    }
}

void Connection::abort()
{
    if (m_state == State::Idle || m_state == State::Closed || m_state == State::Failed) {
        return;
    }
    fail(NetError::cancelled(m_endpoint));
}

void Connection::setTimeouts(const Timeouts &timeouts)
{
    m_timeouts = timeouts;
    if (m_state == State::Ready) {
        restartIdleTimer();
        if (m_readTimer.isActive()) {
            armReadTimer();
        }
    }
}

void Connection::awaitMoreData()
{
    if (m_state == State::Ready) {
        armReadTimer();
    }
}

bool Connection::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QSslCertificate Connection::peerCertificate() const
{
    return m_socket->peerCertificate();
}

bool Connection::hasUnreadBytes() const
{
    if (m_socket->bytesAvailable() > 0) {
        return true;
    }
#ifdef Q_OS_UNIX
    // Bytes the kernel holds that Qt has not read yet: after a go-ahead, the TLS engine
    // would otherwise take them for the server's handshake and the attack would look
    // like a mere TLS failure.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        char byte = 0;
        return ::recv(int(descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
    }
#endif
    return false;
}

void Connection::onSocketConnected()
{
    m_counters.connectedAt = QDateTime::currentDateTimeUtc();
    // Sessions write a whole pipelined flight at once; Nagle's algorithm would only hold
    // its tail back until the server ACKs the previous flight (a delayed ACK away).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_transcript.recordInfo(tr("TCP connection established to %1 port %2")
                                .arg(m_socket->peerAddress().toString(), QString::number(m_socket->peerPort())));
    if (m_policy.mode == SecurityMode::ImplicitTls) {
        m_transcript.recordInfo(tr("Starting the TLS handshake"));
        return; // connected() waits for the verified handshake
    }
    becomeReady();
    QPointer<Connection> guard(this);
    Q_EMIT connected();
    if (guard) {
        deliverAvailable();
    }
}

void Connection::onSocketEncrypted()
{
    const State before = m_state;
    recordTlsSession();
    becomeReady();
    QPointer<Connection> guard(this);
    if (before == State::StartingTls) {
        Q_EMIT encrypted();
    } else {
        Q_EMIT connected();
    }
    if (guard) {
        deliverAvailable();
    }
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    if (!m_policy.pinnedSha256.isEmpty() && !leaf.isNull() && TlsPolicy::fingerprintOf(leaf) == m_policy.pinnedSha256) {
        QStringList texts;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
        }
        m_transcript.recordInfo(tr("Certificate accepted by its pinned SHA-256 fingerprint despite: %1")
                                    .arg(texts.join(QStringLiteral("; "))));
        m_socket->ignoreSslErrors();
        return;
    }
    const QSslCertificate shown = leaf.isNull() && !errors.isEmpty() ? errors.constFirst().certificate() : leaf;
    const CertificateReport report = CertificateReport::fromCertificate(shown, errors);
    m_transcript.recordInfo(tr("Certificate rejected: %1, SHA-256 %2").arg(report.subject, report.fingerprint));
    if (!m_policy.pinnedSha256.isEmpty()) {
        fail(NetError::pinnedCertificateChanged(
            m_endpoint, report, TlsPolicy::formatFingerprint(m_policy.pinnedSha256)));
        return;
    }
    fail(NetError::certificateRejected(m_endpoint, report));
}

void Connection::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString detail = m_socket->errorString();
    qCDebug(lcNet) << "socket error" << error << detail << "in state" << m_state;
    const bool handshaking = m_state == State::StartingTls
        || (m_state == State::Connecting && m_policy.mode == SecurityMode::ImplicitTls
            && m_socket->state() == QAbstractSocket::ConnectedState);

    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onSocketDisconnected();
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(NetError::hostNotFound(m_endpoint, detail));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(NetError::connectionRefused(m_endpoint));
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(NetError::timeout(m_endpoint, tr("connecting"), m_timeouts.connectMs));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(NetError::tls(m_endpoint, detail));
        return;
    default:
        break;
    }
    if (handshaking) {
        fail(NetError::tls(m_endpoint, detail));
    } else if (m_state == State::Closing) {
        finishClosed(); // an error while closing still ends it as closed
    } else {
        fail(NetError::network(m_endpoint, detail));
    }
}

void Connection::onSocketDisconnected()
{
    switch (m_state) {
    case State::Closing:
        finishClosed();
        return;
    case State::Ready: {
        // What the server said before it hung up is still the session's to read.
        QPointer<Connection> guard(this);
        deliverAvailable();
        if (guard && m_state == State::Ready) {
            fail(NetError::remoteClosed(m_endpoint));
        }
        return;
    }
    case State::Connecting:
    case State::StartingTls:
        if (m_policy.mode == SecurityMode::ImplicitTls || m_state == State::StartingTls) {
            fail(NetError::tls(m_endpoint, tr("the server closed the connection during the handshake")));
        } else {
            fail(NetError::remoteClosed(m_endpoint));
        }
        return;
    case State::Idle:
    case State::Closed:
    case State::Failed:
        return;
    }
}

void Connection::onReadyRead()
{
    acknowledgeAtOnce();
    if (m_state == State::Ready && !m_delivering) {
        deliverAvailable();
    }
}

void Connection::acknowledgeAtOnce()
{
#ifdef TCP_QUICKACK
    // A pipelining client often has nothing to send until a whole group of replies is in,
    // so the kernel delays its ACK (up to 40 ms) while the server's Nagle algorithm holds
    // the rest of the group back until that ACK: Postfix answering pipelined BDATs stalled
    // 40-90 ms per group this way. Linux resets TCP_QUICKACK by itself, hence every read.
    const int on = 1;
    if (m_socket && m_socket->socketDescriptor() >= 0) {
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
}

void Connection::onBytesWritten()
{
    // Progress of a long upload is not silence.
    if (m_state == State::Ready) {
        restartIdleTimer();
        if (m_readTimer.isActive()) {
            armReadTimer();
        }
    }
}

void Connection::onConnectTimeout()
{
    const bool handshake = m_state == State::StartingTls
        || (m_policy.mode == SecurityMode::ImplicitTls && m_socket->state() == QAbstractSocket::ConnectedState);
    if (m_state == State::Connecting || m_state == State::StartingTls) {
        fail(NetError::timeout(
            m_endpoint, handshake ? tr("doing the TLS handshake") : tr("connecting"), m_timeouts.connectMs));
    }
}

void Connection::onReadTimeout()
{
    if (m_state == State::Closing) {
        m_socket->disconnect(this);
        m_socket->abort();
        finishClosed();
        return;
    }
    if (m_state == State::Ready) {
        fail(NetError::timeout(m_endpoint, tr("waiting for a reply"), m_timeouts.readMs));
    }
}

void Connection::onIdleTimeout()
{
    if (m_state == State::Ready) {
        fail(NetError::timeout(m_endpoint, tr("idle with no data in either direction"), m_timeouts.idleMs));
    }
}

void Connection::becomeReady()
{
    m_state = State::Ready;
    m_connectTimer.stop();
    restartIdleTimer();
    // Held data goes out first, before anything the signal's receivers send.
    const QList<Protocol::OutgoingData> held = std::exchange(m_held, {});
    for (const Protocol::OutgoingData &data : held) {
        write(data);
    }
}

void Connection::deliverAvailable()
{
    QPointer<Connection> guard(this);
    while (m_state == State::Ready && !m_delivering && m_socket->bytesAvailable() > 0) {
        const QByteArray data = m_socket->readAll();
        m_counters.bytesIn += data.size();
        if (m_wroteSinceArrival) {
            ++m_counters.roundTrips;
            m_wroteSinceArrival = false;
        }
        m_readTimer.stop();
        restartIdleTimer();
        m_transcript.recordServer(data);
        m_delivering = true;
        Q_EMIT dataReceived(data);
        if (!guard) {
            return;
        }
        m_delivering = false;
    }
}

void Connection::write(const Protocol::OutgoingData &data)
{
    if (data.bytes.isEmpty()) {
        return;
    }
    m_socket->write(data.bytes);
    m_counters.bytesOut += data.bytes.size();
    m_transcript.recordClient(data);
    m_wroteSinceArrival = true;
    armReadTimer();
    restartIdleTimer();
}

void Connection::restartIdleTimer()
{
    if (m_timeouts.idleMs > 0 && m_state == State::Ready) {
        m_idleTimer.start(m_timeouts.idleMs);
    } else {
        m_idleTimer.stop();
    }
}

void Connection::armReadTimer()
{
    if (m_timeouts.readMs > 0) {
        m_readTimer.start(m_timeouts.readMs);
    }
}

void Connection::fail(const NetError &error)
{
    if (m_state == State::Failed || m_state == State::Closed) {
        return;
    }
    m_state = State::Failed;
    m_error = error;
    m_held.clear();
    m_connectTimer.stop();
    m_readTimer.stop();
    m_idleTimer.stop();
    m_transcript.recordInfo(error.message);
    qCDebug(lcNet) << "failed:" << error.message;
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT failed(error);
}

void Connection::finishClosed()
{
    m_state = State::Closed;
    m_connectTimer.stop();
    m_readTimer.stop();
    m_idleTimer.stop();
    m_socket->disconnect(this);
    m_transcript.recordInfo(tr("Connection closed"));
    Q_EMIT closed();
}

void Connection::recordTlsSession()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    m_counters.tlsProtocol = protocolName(cipher);
    m_counters.tlsCipher = cipher.name();
    m_counters.encryptedAt = QDateTime::currentDateTimeUtc();
    const QSslCertificate leaf = m_socket->peerCertificate();
    m_transcript.recordInfo(tr("%1 established, cipher %2; server certificate %3, SHA-256 %4")
                                .arg(m_counters.tlsProtocol, m_counters.tlsCipher, leaf.subjectDisplayName(),
                                    TlsPolicy::formatFingerprint(TlsPolicy::fingerprintOf(leaf))));
}

} // namespace Letterbox::Net
