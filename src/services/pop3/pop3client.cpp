#include "services/pop3/pop3client.h"

#include "services/inspect/connectionregistry.h"

#include "services/common/overloaded.h"
#include "services/common/securitymode.h"

namespace Letterbox::Services {

namespace {

RetrievalError fromSession(const Pop3::SessionFailed &failure)
{
    RetrievalError error;
    error.text = failure.text;
    error.security = failure.kind == Pop3::Pop3ErrorKind::Security;
    error.authentication = failure.kind == Pop3::Pop3ErrorKind::Authentication;
    error.temporary
        = failure.kind == Pop3::Pop3ErrorKind::Temporary || failure.kind == Pop3::Pop3ErrorKind::ConnectionLost;
    return error;
}

} // namespace

Pop3Client::Pop3Client(QObject *parent)
    : QObject(parent)
    , m_connection(new Net::Connection(this))
{
    connect(m_connection, &Net::Connection::dataReceived, this, [this](const QByteArray &data) {
        if (m_session && !m_finished) {
            m_session->receive(data);
            drain();
        }
    });
    connect(m_connection, &Net::Connection::encrypted, this, [this] {
        if (m_session && !m_finished) {
            m_session->tlsEstablished();
            drain();
        }
    });
    connect(m_connection, &Net::Connection::failed, this, &Pop3Client::onConnectionFailed);
    connect(m_connection, &Net::Connection::closed, this, &Pop3Client::onConnectionClosed);
}

Pop3Client::~Pop3Client() = default;

void Pop3Client::start(const Net::Endpoint &endpoint, const Net::TlsPolicy &policy,
    const Pop3::Pop3SessionConfig &config, const Net::Timeouts &timeouts)
{
    m_endpoint = endpoint;
    m_session = std::make_unique<Pop3::Pop3Session>(config);
    Net::TlsPolicy connectionPolicy = policy;
    connectionPolicy.mode = toSecurityMode(config.security);
    connectionPolicy.plaintextAllowed = config.plaintextAllowed;
    ConnectionRegistry::instance()->track(m_connection, m_accountName, InspectedProtocol::Pop3);
    m_connection->connectToServer(endpoint, connectionPolicy, timeouts);
}

template<class Call> void Pop3Client::submit(Call call)
{
    if (m_session) {
        call(*m_session);
        drain();
    }
}

void Pop3Client::stat(quint64 token)
{
    submit([token](Pop3::Pop3Session &session) { session.stat(token); });
}

void Pop3Client::list(quint64 token)
{
    submit([token](Pop3::Pop3Session &session) { session.list(token); });
}

void Pop3Client::uidl(quint64 token)
{
    submit([token](Pop3::Pop3Session &session) { session.uidl(token); });
}

void Pop3Client::top(quint64 token, int number, int lines)
{
    submit([=](Pop3::Pop3Session &session) { session.top(token, number, lines); });
}

void Pop3Client::retr(quint64 token, int number)
{
    submit([=](Pop3::Pop3Session &session) { session.retr(token, number); });
}

void Pop3Client::dele(quint64 token, int number)
{
    submit([=](Pop3::Pop3Session &session) { session.dele(token, number); });
}

void Pop3Client::quit()
{
    if (!m_finished) {
        submit([](Pop3::Pop3Session &session) { session.quit(); });
    }
}

void Pop3Client::abort()
{
    if (!m_finished) {
        m_connection->abort();
    }
}

void Pop3Client::drain()
{
    while (m_session && !m_finished) {
        std::optional<Pop3::Pop3Event> event = m_session->nextEvent();
        if (!event) {
            return;
        }
        std::visit(Overloaded {
                       [this](const Pop3::SendData &send) { m_connection->send(send.data); },
                       [this](const Pop3::StartTls &) { m_connection->startTls(); },
                       [this](const Pop3::Ready &ready) { Q_EMIT this->ready(ready.capabilities); },
                       [this](const Pop3::Idle &) { Q_EMIT idle(); },
                       [this](const Pop3::DeletionsResult &result) { Q_EMIT deletions(result); },
                       [this](const Pop3::SessionFailed &failure) {
                           m_pendingError = fromSession(failure);
                           m_closing = true;
                           m_connection->close();
                       },
                       [this](const Pop3::Closed &) {
                           m_closing = true;
                           m_connection->close();
                       },
                       [this, &event](const auto &) { Q_EMIT commandEvent(*event); },
                   },
            *event);
    }
}

void Pop3Client::onConnectionFailed(const Net::NetError &netError)
{
    if (m_finished) {
        return;
    }
    const bool sessionHadReason = m_pendingError.has_value();
    const bool wasClosing = m_closing;
    if (m_session) {
        m_session->connectionLost();
        drain();
    }
    if (!sessionHadReason && !wasClosing) {
        // The connection's reason (a refused certificate, a refused port) is the real one.
        RetrievalError error;
        error.text = netError.message;
        error.certificate = netError.certificate;
        error.security = netError.isSecurityRefusal();
        error.temporary = !error.security && netError.kind != Net::NetError::Kind::Cancelled;
        m_pendingError = error;
    }
    if (m_pendingError) {
        fail(*m_pendingError);
    } else {
        finish();
    }
}

void Pop3Client::onConnectionClosed()
{
    if (m_finished) {
        return;
    }
    if (m_session && !m_closing) {
        // The server hung up before QUIT's reply: the session reports what was unfinished
        // (and that nothing marked may be taken as deleted).
        m_session->connectionLost();
        drain();
    }
    if (m_pendingError) {
        fail(*m_pendingError);
    } else if (!m_closing) {
        RetrievalError error;
        error.text = Net::NetError::remoteClosed(m_endpoint).message;
        fail(error);
    } else {
        finish();
    }
}

void Pop3Client::fail(const RetrievalError &error)
{
    if (!m_finished) {
        Q_EMIT failed(error);
        finish();
    }
}

void Pop3Client::finish()
{
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

} // namespace Letterbox::Services
