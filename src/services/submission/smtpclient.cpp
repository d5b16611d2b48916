#include "services/submission/smtpclient.h"

#include "services/inspect/connectionregistry.h"

#include "services/common/overloaded.h"

namespace Letterbox::Services {

namespace {

Net::SecurityMode securityMode(Smtp::SmtpSecurity security)
{
    switch (security) {
    case Smtp::SmtpSecurity::ImplicitTls:
        return Net::SecurityMode::ImplicitTls;
    case Smtp::SmtpSecurity::StartTls:
        return Net::SecurityMode::StartTls;
    case Smtp::SmtpSecurity::None:
        return Net::SecurityMode::None;
    }
    return Net::SecurityMode::ImplicitTls;
}

SmtpClientError fromSession(const Smtp::SessionFailed &failure)
{
    SmtpClientError error;
    error.text = failure.text;
    switch (failure.kind) {
    case Smtp::SmtpErrorKind::Security:
        error.category = SmtpClientError::Category::Security;
        error.temporary = false;
        break;
    case Smtp::SmtpErrorKind::Authentication:
        error.category = SmtpClientError::Category::Authentication;
        // 454 4.7.0 is "temporary authentication failure" (RFC 4954 section 6).
        error.temporary = failure.reply && failure.reply->code() / 100 == 4;
        break;
    case Smtp::SmtpErrorKind::Protocol:
    case Smtp::SmtpErrorKind::Permanent:
        error.category = SmtpClientError::Category::Server;
        error.temporary = false;
        break;
    case Smtp::SmtpErrorKind::ServiceClosing:
    case Smtp::SmtpErrorKind::Temporary:
        error.category = SmtpClientError::Category::Server;
        error.temporary = true;
        break;
    case Smtp::SmtpErrorKind::ConnectionLost:
        error.category = SmtpClientError::Category::Network;
        error.temporary = true;
        break;
    }
    return error;
}

SmtpClientError fromNet(const Net::NetError &netError)
{
    SmtpClientError error;
    error.text = netError.message;
    error.certificate = netError.certificate;
    error.category
        = netError.isSecurityRefusal() ? SmtpClientError::Category::Security : SmtpClientError::Category::Network;
    error.temporary = !netError.isSecurityRefusal() && netError.kind != Net::NetError::Kind::Cancelled;
    return error;
}

} // namespace

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
    , m_connection(new Net::Connection(this))
{
    connect(m_connection, &Net::Connection::dataReceived, this, &SmtpClient::onData);
    connect(m_connection, &Net::Connection::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_connection, &Net::Connection::failed, this, &SmtpClient::onConnectionFailed);
    connect(m_connection, &Net::Connection::closed, this, &SmtpClient::onConnectionClosed);
}

SmtpClient::~SmtpClient() = default;

void SmtpClient::start(const Net::Endpoint &endpoint, const Net::TlsPolicy &policy,
    const Smtp::SmtpSessionConfig &config, const Net::Timeouts &timeouts)
{
    m_endpoint = endpoint;
    Smtp::SmtpSessionConfig sessionConfig = config;
    if (sessionConfig.serverHost.isEmpty()) {
        sessionConfig.serverHost = endpoint.host;
        sessionConfig.serverPort = endpoint.port;
    }
    // The session keeps what was submitted before start() (none, by construction here).
    m_session = std::make_unique<Smtp::SmtpSession>(sessionConfig);
    Net::TlsPolicy connectionPolicy = policy;
    connectionPolicy.mode = securityMode(config.security);
    connectionPolicy.plaintextAllowed = config.plaintextAllowed;
    ConnectionRegistry::instance()->track(m_connection, m_accountName, InspectedProtocol::Smtp);
    m_connection->connectToServer(endpoint, connectionPolicy, timeouts);
}

void SmtpClient::submit(const Smtp::SmtpEnvelope &envelope, const QByteArray &message, quint64 token)
{
    Q_ASSERT(m_session);
    m_session->submit(envelope, message, token);
    drain();
}

void SmtpClient::quit()
{
    if (m_session && !m_finished) {
        m_session->quit();
        drain();
    }
}

void SmtpClient::abort()
{
    if (!m_finished) {
        m_connection->abort(); // failed(Cancelled) comes back synchronously
    }
}

void SmtpClient::onData(const QByteArray &data)
{
    if (m_finished || !m_session) {
        return;
    }
    m_session->receive(data);
    drain();
    if (m_session && m_session->state() != Smtp::SmtpSession::State::Ready && !m_finished) {
        // A reply has started to come: keep the read timeout on for the rest of it.
        m_connection->awaitMoreData();
    }
}

void SmtpClient::onEncrypted()
{
    if (m_finished || !m_session) {
        return;
    }
    m_session->tlsEstablished();
    drain();
}

void SmtpClient::drain()
{
    while (m_session && !m_finished) {
        std::optional<Smtp::SmtpEvent> event = m_session->nextEvent();
        if (!event) {
            return;
        }
        std::visit(Overloaded {
                       [this](const Smtp::SendData &send) { m_connection->send(send.data); },
                       [this](const Smtp::StartTls &) { m_connection->startTls(); },
                       [this](const Smtp::Ready &ready) { Q_EMIT this->ready(ready.capabilities); },
                       [this](const Smtp::Idle &) { Q_EMIT idle(); },
                       [this](const Smtp::MessageResult &result) { Q_EMIT messageFinished(result); },
                       [this](const Smtp::SessionFailed &failure) {
                           // Report once the socket is down, so nothing of ours is still in flight.
                           m_pendingError = fromSession(failure);
                           m_closing = true;
                           m_connection->close();
                       },
                       [this](const Smtp::Closed &) {
                           m_closing = true;
                           m_connection->close();
                       },
                   },
            *event);
    }
}

void SmtpClient::onConnectionFailed(const Net::NetError &error)
{
    if (m_finished) {
        return;
    }
    // The session's own reason wins when it had one before the socket went (a 421, a
    // refused STARTTLS); otherwise the connection's is the real cause (an untrusted
    // certificate, a refused connection), not the "connection lost" the session sees.
    const bool sessionHadReason = m_pendingError.has_value();
    const bool wasClosing = m_closing;
    if (m_session) {
        // Every message still pending gets its result (TemporaryFailure or MaybeSent).
        m_session->connectionLost();
        drain();
    }
    if (!sessionHadReason && !wasClosing) {
        m_pendingError = fromNet(error);
    }
    if (m_pendingError) {
        fail(*m_pendingError);
    } else {
        finish(); // the server went away after QUIT was answered: nothing was lost
    }
}

void SmtpClient::onConnectionClosed()
{
    if (m_finished) {
        return;
    }
    if (m_session && m_session->pendingMessages() > 0) {
        m_session->connectionLost();
        drain();
    }
    if (m_pendingError) {
        fail(*m_pendingError);
    } else if (!m_closing) {
        SmtpClientError error;
        error.category = SmtpClientError::Category::Network;
        error.text = Net::NetError::remoteClosed(m_endpoint).message;
        fail(error);
    } else {
        finish();
    }
}

void SmtpClient::fail(const SmtpClientError &error)
{
    if (m_finished) {
        return;
    }
    Q_EMIT failed(error);
    finish();
}

void SmtpClient::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Letterbox::Services
