#pragma once

#include "testcertificates.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <vector>

class QSslSocket;
class QTimer;

/**
 * @short A scripted server on 127.0.0.1, port 0, for tests that need a real socket.
 *
 * For what a real server will not do on request (STARTTLS injection, drops, a silent
 * server, an untrusted certificate). It runs on the test's own event loop — no thread, no
 * fixed port — so a test drives it with QSignalSpy::wait / QTRY_* like any other object.
 * Never call the client's blocking waitFor*() against it: that would stall both ends.
 *
 * The script is a list of steps, run from the start for every accepted connection:
 *
 *     FakeServer server;
 *     server.send("220 fake ESMTP\r\n")
 *           .expect("EHLO client")                 // one line, CRLF stripped, bounded wait
 *           .send("250-fake\r\n250 STARTTLS\r\n")
 *           .expect("STARTTLS")
 *           .sendThenStartTls("220 go\r\n")         // go-ahead, then the TLS handshake
 *           .expectMatch(QRegularExpression("^EHLO "))
 *           .close();
 *     QVERIFY(server.start());
 *     ... connect to server.port() ...
 *     QTRY_VERIFY(server.isFinished()); QCOMPARE(server.failure(), QString());
 *
 * An expectation not met (a different line, the wait elapsed, the client gone) records
 * failure() and stops that connection's script; the connection stays open. After the
 * last step the connection stays open too, still recording what the client sends, so a
 * test can check that nothing more came. received() is what the client sent, decrypted:
 * the application bytes, never the TLS records.
 */
class FakeServer : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr int defaultWaitMs = 5000;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    // --- the script (chainable; set it before the client connects) ---
    FakeServer &send(const QByteArray &bytes);
    /// The next client line must be exactly @p line (without its CRLF).
    FakeServer &expect(const QByteArray &line, int timeoutMs = defaultWaitMs);
    /// The next client line must match @p pattern (without its CRLF).
    FakeServer &expectMatch(const QRegularExpression &pattern, int timeoutMs = defaultWaitMs);
    /// Server-side TLS handshake with identity(); the script goes on once it is done.
    FakeServer &startTls(int timeoutMs = defaultWaitMs);
    /// @p bytes in plaintext, then at once the TLS handshake: with extra bytes after a
    /// go-ahead this is the STARTTLS injection attack.
    FakeServer &sendThenStartTls(const QByteArray &bytes, int timeoutMs = defaultWaitMs);
    FakeServer &sleep(int ms);
    /// Runs @p function (e.g. to let the test act at this point of the script).
    FakeServer &call(std::function<void()> function);
    /// Waits until the client closes the connection.
    FakeServer &expectDisconnect(int timeoutMs = defaultWaitMs);
    /// Graceful close (flushes, then FIN; close_notify first on TLS).
    FakeServer &close();
    /// Abort: the connection is dropped at once (RST).
    FakeServer &drop();

    /// TLS from the first byte, before step one (implicit TLS, RFC 8314).
    void setImplicitTls(bool implicitTls) { m_implicitTls = implicitTls; }
    /// The certificate shown; TestCertificates::server() unless set.
    void setIdentity(const TestIdentity &identity) { m_identity = identity; }

    /// Writes @p bytes on a connection at once, outside the script: lets a test act at an
    /// exact moment (e.g. bytes after a go-ahead the client has already read).
    void sendNow(const QByteArray &bytes, int connection = -1);

    /// Listens on 127.0.0.1, port 0.
    bool start();
    [[nodiscard]] quint16 port() const { return serverPort(); }

    // --- what happened (connection -1 = the latest) ---
    [[nodiscard]] int connectionCount() const { return int(m_sessions.size()); }
    [[nodiscard]] QByteArray received(int connection = -1) const;
    [[nodiscard]] bool isFinished(int connection = -1) const;
    [[nodiscard]] bool isHandshakeDone(int connection = -1) const;
    [[nodiscard]] bool isClientGone(int connection = -1) const;
    /// The first failed expectation of any connection; empty if none.
    [[nodiscard]] QString failure() const;
    /// What the server did and saw, one line per event, for a failing test's message.
    [[nodiscard]] QString log(int connection = -1) const;

Q_SIGNALS:
    void scriptFinished(int connection);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Step
    {
        enum class Kind {
            Send,
            Expect,
            ExpectMatch,
            StartTls,
            SendThenStartTls,
            Sleep,
            Call,
            ExpectDisconnect,
            Close,
            Drop
        };
        Kind kind;
        QByteArray bytes;
        QRegularExpression pattern;
        int ms = 0;
        std::function<void()> function;
    };
    struct Session
    {
        int index = 0;
        QSslSocket *socket = nullptr;
        QTimer *timer = nullptr;
        qsizetype step = 0;
        QByteArray received;
        QByteArray unread; ///< received bytes no expectation has taken yet
        bool waiting = false; ///< a step is waiting for an event
        bool handshakeDone = false;
        bool clientGone = false;
        bool finished = false;
        bool stopped = false;
        QString failure;
        QStringList log;
    };

    FakeServer &add(Step step);
    void advance(Session &session);
    bool tryExpect(Session &session, const Step &step);
    void beginTls(Session &session);
    void stop(Session &session, const QString &failure);
    void onTimer(Session &session);
    [[nodiscard]] const Session *sessionAt(int connection) const;

    std::vector<Step> m_steps;
    std::vector<std::unique_ptr<Session>> m_sessions;
    TestIdentity m_identity;
    bool m_implicitTls = false;
};
