#include "fakeserver.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace {

QString shown(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(200));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\r")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

} // namespace

FakeServer::FakeServer(QObject *parent)
    : QTcpServer(parent)
    , m_identity(TestCertificates::server())
{ }

FakeServer::~FakeServer()
{
    for (const auto &session : m_sessions) {
        session->timer->disconnect(this);
        session->socket->disconnect(this);
        session->socket->abort();
    }
}

FakeServer &FakeServer::add(Step step)
{
    m_steps.push_back(std::move(step));
    return *this;
}

FakeServer &FakeServer::send(const QByteArray &bytes)
{
    return add({Step::Kind::Send, bytes, {}, 0, {}});
}

FakeServer &FakeServer::expect(const QByteArray &line, int timeoutMs)
{
    return add({Step::Kind::Expect, line, {}, timeoutMs, {}});
}

FakeServer &FakeServer::expectMatch(const QRegularExpression &pattern, int timeoutMs)
{
    return add({Step::Kind::ExpectMatch, {}, pattern, timeoutMs, {}});
}

FakeServer &FakeServer::startTls(int timeoutMs)
{
    return add({Step::Kind::StartTls, {}, {}, timeoutMs, {}});
}

FakeServer &FakeServer::sendThenStartTls(const QByteArray &bytes, int timeoutMs)
{
    return add({Step::Kind::SendThenStartTls, bytes, {}, timeoutMs, {}});
}

FakeServer &FakeServer::sleep(int ms)
{
    return add({Step::Kind::Sleep, {}, {}, ms, {}});
}

FakeServer &FakeServer::call(std::function<void()> function)
{
    return add({Step::Kind::Call, {}, {}, 0, std::move(function)});
}

FakeServer &FakeServer::expectDisconnect(int timeoutMs)
{
    return add({Step::Kind::ExpectDisconnect, {}, {}, timeoutMs, {}});
}

FakeServer &FakeServer::close()
{
    return add({Step::Kind::Close, {}, {}, 0, {}});
}

FakeServer &FakeServer::drop()
{
    return add({Step::Kind::Drop, {}, {}, 0, {}});
}

bool FakeServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void FakeServer::incomingConnection(qintptr socketDescriptor)
{
    auto session = std::make_unique<Session>();
    Session &s = *session;
    s.index = int(m_sessions.size());
    s.socket = new QSslSocket(this);
    s.timer = new QTimer(this);
    s.timer->setSingleShot(true);
    m_sessions.push_back(std::move(session));
    if (!s.socket->setSocketDescriptor(socketDescriptor)) {
        stop(s, QStringLiteral("setSocketDescriptor failed: ") + s.socket->errorString());
        return;
    }
    s.log << QStringLiteral("accepted connection %1").arg(s.index);
    s.socket->setLocalCertificate(m_identity.certificate);
    s.socket->setPrivateKey(m_identity.key);
    s.socket->setPeerVerifyMode(QSslSocket::VerifyNone);

    connect(s.timer, &QTimer::timeout, this, [this, &s] { onTimer(s); });
    connect(s.socket, &QSslSocket::readyRead, this, [this, &s] {
        const QByteArray data = s.socket->readAll();
        s.received += data;
        s.unread += data;
        s.log << QStringLiteral("C: ") + shown(data);
        if (s.waiting && !s.stopped && s.step >= 0 && s.step < qsizetype(m_steps.size())) {
            const Step &step = m_steps[size_t(s.step)];
            if (step.kind == Step::Kind::Expect || step.kind == Step::Kind::ExpectMatch) {
                advance(s);
            }
        }
    });
    connect(s.socket, &QSslSocket::encrypted, this, [this, &s] {
        s.handshakeDone = true;
        s.log << QStringLiteral("TLS handshake done (%1)").arg(s.socket->sessionCipher().name());
        if (s.waiting && !s.stopped) {
            s.timer->stop();
            s.waiting = false;
            ++s.step;
            advance(s);
        }
    });
    connect(s.socket, &QSslSocket::disconnected, this, [this, &s] {
        s.clientGone = true;
        s.log << QStringLiteral("client disconnected");
        if (s.waiting && !s.stopped && s.step >= 0 && s.step < qsizetype(m_steps.size())) {
            const Step::Kind kind = m_steps[size_t(s.step)].kind;
            if (kind == Step::Kind::Expect || kind == Step::Kind::ExpectMatch || kind == Step::Kind::ExpectDisconnect) {
                advance(s); // an expectation learns the client is gone
            }
        }
    });
    connect(s.socket, &QSslSocket::errorOccurred, this, [&s](QAbstractSocket::SocketError error) {
        s.log << QStringLiteral("socket error %1: %2").arg(int(error)).arg(s.socket->errorString());
    });
    connect(s.socket, &QSslSocket::sslErrors, this, [&s](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            s.log << QStringLiteral("ssl error: ") + error.errorString();
        }
    });

    if (m_implicitTls) {
        s.waiting = true;
        s.step = -1; // the handshake is the step before the first
        s.timer->start(defaultWaitMs);
        s.log << QStringLiteral("implicit TLS handshake");
        s.socket->startServerEncryption();
        return;
    }
    advance(s);
}

void FakeServer::advance(Session &session)
{
    Session &s = session;
    while (!s.stopped && s.step < qsizetype(m_steps.size())) {
        const Step &step = m_steps[size_t(s.step)];
        switch (step.kind) {
        case Step::Kind::Send:
            s.log << QStringLiteral("S: ") + shown(step.bytes);
            s.socket->write(step.bytes);
            s.socket->flush();
            ++s.step;
            continue;
        case Step::Kind::Expect:
        case Step::Kind::ExpectMatch:
            if (tryExpect(s, step)) {
                s.timer->stop();
                s.waiting = false;
                ++s.step;
                continue;
            }
            if (s.stopped) {
                return;
            }
            if (!s.waiting) {
                s.waiting = true;
                s.timer->start(step.ms);
            }
            return;
        case Step::Kind::SendThenStartTls:
            s.log << QStringLiteral("S: ") + shown(step.bytes);
            s.socket->write(step.bytes);
            s.socket->flush();
            beginTls(s);
            s.timer->start(step.ms);
            return;
        case Step::Kind::StartTls:
            beginTls(s);
            s.timer->start(step.ms);
            return;
        case Step::Kind::Sleep:
            s.waiting = true;
            s.timer->start(step.ms);
            return;
        case Step::Kind::Call:
            ++s.step;
            step.function();
            continue;
        case Step::Kind::ExpectDisconnect:
            if (s.clientGone) {
                s.timer->stop();
                s.waiting = false;
                ++s.step;
                continue;
            }
            if (!s.waiting) {
                s.waiting = true;
                s.timer->start(step.ms);
            }
            return;
        case Step::Kind::Close:
            s.log << QStringLiteral("server closes");
            ++s.step;
            s.socket->disconnectFromHost();
            continue;
        case Step::Kind::Drop:
            s.log << QStringLiteral("server drops the connection");
            ++s.step;
            s.socket->abort();
            continue;
        }
    }
    if (!s.stopped && !s.finished && s.step >= qsizetype(m_steps.size())) {
        s.finished = true;
        s.log << QStringLiteral("script finished");
        Q_EMIT scriptFinished(s.index);
    }
}

bool FakeServer::tryExpect(Session &s, const Step &step)
{
    const qsizetype end = s.unread.indexOf('\n');
    if (end < 0) {
        if (s.clientGone) {
            stop(s, QStringLiteral("the client disconnected while the server expected a line"));
        }
        return false;
    }
    QByteArray line = s.unread.left(end);
    s.unread.remove(0, end + 1);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    const bool matches
        = step.kind == Step::Kind::Expect ? line == step.bytes : step.pattern.match(QString::fromUtf8(line)).hasMatch();
    if (!matches) {
        const QString wanted = step.kind == Step::Kind::Expect ? shown(step.bytes) : step.pattern.pattern();
        stop(s, QStringLiteral("expected \"%1\", the client sent \"%2\"").arg(wanted, shown(line)));
        return false;
    }
    return true;
}

void FakeServer::beginTls(Session &s)
{
    s.waiting = true;
    s.log << QStringLiteral("server-side TLS handshake");
    s.socket->startServerEncryption();
}

void FakeServer::stop(Session &s, const QString &failure)
{
    s.stopped = true;
    s.waiting = false;
    s.timer->stop();
    s.failure = failure;
    s.log << QStringLiteral("FAILED: ") + failure;
}

void FakeServer::onTimer(Session &s)
{
    if (s.stopped) {
        return;
    }
    if (s.step < 0) {
        stop(s, QStringLiteral("the implicit TLS handshake did not finish"));
        return;
    }
    const Step &step = m_steps[size_t(s.step)];
    switch (step.kind) {
    case Step::Kind::Sleep:
        s.waiting = false;
        ++s.step;
        advance(s);
        return;
    case Step::Kind::Expect:
    case Step::Kind::ExpectMatch:
        stop(s,
            QStringLiteral("no line from the client within %1 ms (unread: \"%2\")").arg(step.ms).arg(shown(s.unread)));
        return;
    case Step::Kind::StartTls:
    case Step::Kind::SendThenStartTls:
        stop(s, QStringLiteral("the TLS handshake did not finish within %1 ms").arg(step.ms));
        return;
    case Step::Kind::ExpectDisconnect:
        stop(s, QStringLiteral("the client did not disconnect within %1 ms").arg(step.ms));
        return;
    default:
        return;
    }
}

const FakeServer::Session *FakeServer::sessionAt(int connection) const
{
    if (m_sessions.empty()) {
        return nullptr;
    }
    if (connection < 0) {
        return m_sessions.back().get();
    }
    return connection < int(m_sessions.size()) ? m_sessions[size_t(connection)].get() : nullptr;
}

void FakeServer::sendNow(const QByteArray &bytes, int connection)
{
    if (const Session *s = sessionAt(connection)) {
        s->socket->write(bytes);
        s->socket->flush();
    }
}

QByteArray FakeServer::received(int connection) const
{
    const Session *s = sessionAt(connection);
    return s ? s->received : QByteArray();
}

bool FakeServer::isFinished(int connection) const
{
    const Session *s = sessionAt(connection);
    return s && s->finished;
}

bool FakeServer::isHandshakeDone(int connection) const
{
    const Session *s = sessionAt(connection);
    return s && s->handshakeDone;
}

bool FakeServer::isClientGone(int connection) const
{
    const Session *s = sessionAt(connection);
    return s && s->clientGone;
}

QString FakeServer::failure() const
{
    for (const auto &session : m_sessions) {
        if (!session->failure.isEmpty()) {
            return QStringLiteral("connection %1: %2").arg(session->index).arg(session->failure);
        }
    }
    return {};
}

QString FakeServer::log(int connection) const
{
    const Session *s = sessionAt(connection);
    return s ? s->log.join(QLatin1Char('\n')) : QStringLiteral("(no connection)");
}
