#include "services/imap/imapclient.h"

#include "services/inspect/connectionregistry.h"

#include "services/common/overloaded.h"

namespace Letterbox::Services {

namespace {

Net::SecurityMode securityMode(Imap::ImapSecurity security)
{
    switch (security) {
    case Imap::ImapSecurity::ImplicitTls:
        return Net::SecurityMode::ImplicitTls;
    case Imap::ImapSecurity::StartTls:
        return Net::SecurityMode::StartTls;
    case Imap::ImapSecurity::None:
        return Net::SecurityMode::None;
    }
    return Net::SecurityMode::ImplicitTls;
}

} // namespace

ImapClient::ImapClient(QObject *parent)
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
    connect(m_connection, &Net::Connection::failed, this, &ImapClient::onConnectionFailed);
    connect(m_connection, &Net::Connection::closed, this, &ImapClient::onConnectionClosed);
}

ImapClient::~ImapClient() = default;

void ImapClient::start(const Net::Endpoint &endpoint, const Net::TlsPolicy &policy,
    const Imap::ImapSessionConfig &config, const Net::Timeouts &timeouts)
{
    m_endpoint = endpoint;
    m_session = std::make_unique<Imap::ImapSession>(config);
    Net::TlsPolicy connectionPolicy = policy;
    connectionPolicy.mode = securityMode(config.security);
    connectionPolicy.plaintextAllowed = config.plaintextAllowed;
    ConnectionRegistry::instance()->track(m_connection, m_accountName, InspectedProtocol::Imap);
    m_connection->connectToServer(endpoint, connectionPolicy, timeouts);
}

void ImapClient::submit(Imap::ImapCommandBuilder builder, quint64 token)
{
    m_session->submit(std::move(builder), token);
    drain();
}

void ImapClient::logout()
{
    if (m_session && !m_finished) {
        m_session->logout();
        drain();
    }
}

void ImapClient::idle(quint64 token)
{
    if (m_session && !m_finished) {
        m_session->idle(token);
        drain();
    }
}

void ImapClient::done()
{
    if (m_session && !m_finished) {
        m_session->done();
        drain();
    }
}

void ImapClient::abort()
{
    if (!m_finished) {
        m_connection->abort();
    }
}

void ImapClient::drain()
{
    while (m_session && !m_finished) {
        std::optional<Imap::ImapSessionEvent> event = m_session->nextEvent();
        if (!event) {
            return;
        }
        std::visit(Overloaded {
                       [this](const Imap::SendData &send) { m_connection->send(send.data); },
                       [this](const Imap::StartTls &) { m_connection->startTls(); },
                       [](const Imap::CompressStart &) {
                           // Never asked for: the configuration here does not submit COMPRESS.
                       },
                       [this](const Imap::Ready &) { Q_EMIT ready(); },
                       [this](const Imap::UntaggedResponse &untagged) { Q_EMIT this->untagged(untagged.response); },
                       [this](const Imap::CommandDone &done) {
                           Q_EMIT commandFinished(done.token, done.isOk(), done.reply, QString());
                       },
                       [this](const Imap::CommandAborted &aborted) {
                           Q_EMIT commandFinished(aborted.token, false, {}, aborted.text);
                       },
                       [this](const Imap::IdleStarted &started) { Q_EMIT idleStarted(started.token); },
                       [](const Imap::ProtocolWarning &) {},
                       [this](const Imap::SessionFailed &failure) {
                           ImapClientError error;
                           error.text = failure.text;
                           error.security = failure.kind == Imap::ImapErrorKind::Security;
                           error.authentication = failure.kind == Imap::ImapErrorKind::Authentication;
                           error.temporary = failure.kind == Imap::ImapErrorKind::Temporary
                               || failure.kind == Imap::ImapErrorKind::ConnectionLost
                               || failure.kind == Imap::ImapErrorKind::ServerBye;
                           m_pendingError = error;
                           m_closing = true;
                           m_connection->close();
                       },
                       [this](const Imap::Closed &) {
                           m_closing = true;
                           m_connection->close();
                       },
                   },
            *event);
    }
}

void ImapClient::onConnectionFailed(const Net::NetError &netError)
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
        ImapClientError error;
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

void ImapClient::onConnectionClosed()
{
    if (m_finished) {
        return;
    }
    if (m_session && m_session->pendingCommands() > 0) {
        m_session->connectionLost();
        drain();
    }
    if (m_pendingError) {
        fail(*m_pendingError);
    } else if (!m_closing) {
        ImapClientError error;
        error.text = Net::NetError::remoteClosed(m_endpoint).message;
        fail(error);
    } else {
        finish();
    }
}

void ImapClient::fail(const ImapClientError &error)
{
    if (!m_finished) {
        Q_EMIT failed(error);
        finish();
    }
}

void ImapClient::finish()
{
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

} // namespace Letterbox::Services
