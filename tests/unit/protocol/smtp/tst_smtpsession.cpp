#include "protocol/smtp/smtpsession.h"

#include <QTest>

using namespace Letterbox::Smtp;

namespace {

/*
 * A scripted server for SmtpSession, KIMAP's scenario format without the socket
 * (STYLE.md, "Test conventions"). One directive per line:
 *
 *   C: text        the client must have written this line (CRLF added); "C:" alone is
 *                  an empty line. Checked against everything written so far, in order.
 *   S: text        a server line; consecutive S: lines go to receive() as one chunk,
 *                  like one TCP segment (or byte by byte, in the byte-by-byte pass)
 *   E: event       the next event other than SendData/Idle must read like this:
 *                  "ready", "closed", "failed <Kind>",
 *                  "result <token> <Outcome> <code|-> [refused=a,b]"
 *   T:             expect a StartTls event, then call tlsEstablished()
 *   M: token from to1,to2 [| body]   submit(); the body's \r and \n are escapes, and
 *                  without one it is "Subject: m<token>\r\n\r\nbody <token>\r\n"
 *   Q:             quit()
 *   X              connectionLost()
 *
 * At the end nothing may be left: no unchecked client bytes, no unchecked event.
 */
class ScriptRunner
{
public:
    ScriptRunner(const SmtpSessionConfig &config, bool byteByByte)
        : m_session(config)
        , m_byteByByte(byteByByte)
    { }

    // Returns an empty string on success, else what went wrong and where.
    QString run(const QByteArray &script)
    {
        const QByteArrayList lines = script.split('\n');
        QByteArray serverFlight;
        int lineNumber = 0;
        for (QByteArray line : lines) {
            ++lineNumber;
            line = line.trimmed().isEmpty() ? QByteArray() : line;
            if (line.startsWith("  ")) {
                line = line.trimmed();
            }
            while (line.startsWith(' ')) {
                line.remove(0, 1);
            }
            if (line.isEmpty() || line.startsWith('#')) {
                continue;
            }
            if (line.startsWith("S:")) {
                serverFlight += line.mid(line.size() > 2 && line[2] == ' ' ? 3 : 2) + "\r\n";
                continue;
            }
            flush(serverFlight);
            const QString where = QStringLiteral("script line %1 (%2): ").arg(lineNumber).arg(QString::fromUtf8(line));
            if (line.startsWith("C:")) {
                const QByteArray expected = line.mid(line.size() > 2 && line[2] == ' ' ? 3 : 2) + "\r\n";
                const QByteArray written = m_written.mid(m_checked, expected.size());
                if (written != expected) {
                    return where
                        + QStringLiteral("client wrote \"%1\"")
                              .arg(QString::fromUtf8(m_written.mid(m_checked, 200)).toHtmlEscaped());
                }
                m_checked += expected.size();
            } else if (line.startsWith("E:")) {
                const QString expected = QString::fromUtf8(line.mid(2).trimmed());
                if (m_observed.isEmpty()) {
                    return where + QStringLiteral("no event");
                }
                const QString got = m_observed.takeFirst();
                if (got != expected) {
                    return where + QStringLiteral("event was \"%1\"").arg(got);
                }
            } else if (line.startsWith("T:")) {
                if (m_observed.isEmpty() || m_observed.first() != QLatin1String("starttls")) {
                    return where + QStringLiteral("no StartTls event (%1)").arg(m_observed.join(QLatin1String(", ")));
                }
                m_observed.removeFirst();
                m_session.tlsEstablished();
                drain();
            } else if (line.startsWith("M:")) {
                submit(line.mid(2).trimmed());
            } else if (line.startsWith("Q:")) {
                m_session.quit();
                drain();
            } else if (line == "X") {
                m_session.connectionLost();
                drain();
            } else {
                return where + QStringLiteral("unknown directive");
            }
        }
        flush(serverFlight);
        if (m_checked != m_written.size()) {
            return QStringLiteral("unchecked client output: \"%1\"").arg(QString::fromUtf8(m_written.mid(m_checked)));
        }
        if (!m_observed.isEmpty()) {
            return QStringLiteral("unchecked events: %1").arg(m_observed.join(QLatin1String(", ")));
        }
        return {};
    }

    [[nodiscard]] const QByteArray &written() const { return m_written; }
    [[nodiscard]] const QByteArray &redacted() const { return m_redacted; }
    [[nodiscard]] const QList<MessageResult> &results() const { return m_results; }
    [[nodiscard]] const std::optional<SessionFailed> &failure() const { return m_failure; }
    [[nodiscard]] int idleEvents() const { return m_idle; }

private:
    void flush(QByteArray &flight)
    {
        if (flight.isEmpty()) {
            return;
        }
        if (m_byteByByte) {
            for (qsizetype i = 0; i < flight.size(); ++i) {
                m_session.receive(QByteArrayView(flight).sliced(i, 1));
                drain();
            }
        } else {
            m_session.receive(flight);
            drain();
        }
        flight.clear();
    }

    void submit(const QByteArray &arguments)
    {
        QByteArray head = arguments;
        QByteArray body;
        if (const qsizetype bar = arguments.indexOf(" | "); bar >= 0) {
            head = arguments.left(bar);
            body = arguments.mid(bar + 3).replace("\\r", "\r").replace("\\n", "\n");
        }
        head.replace("\\r", "\r").replace("\\n", "\n");
        const QByteArrayList words = head.split(' ');
        const quint64 token = words.value(0).toULongLong();
        if (body.isNull()) {
            body = "Subject: m" + words.value(0) + "\r\n\r\nbody " + words.value(0) + "\r\n";
        }
        SmtpEnvelope envelope;
        envelope.from = QString::fromUtf8(words.value(1));
        for (const QByteArray &to : words.value(2).split(',')) {
            envelope.recipients.append(QString::fromUtf8(to));
        }
        if (words.contains("dsn")) {
            envelope.dsn.ret = SmtpDsn::Return::Headers;
            envelope.dsn.envelopeId = QStringLiteral("id+1");
            envelope.dsn.notify = SmtpDsn::NotifyFlag::Failure | SmtpDsn::NotifyFlag::Delay;
        }
        m_session.submit(envelope, body, token);
        drain();
    }

    void drain()
    {
        while (std::optional<SmtpEvent> event = m_session.nextEvent()) {
            if (const auto *send = std::get_if<SendData>(&*event)) {
                m_written += send->data.bytes;
                m_redacted += send->data.redacted();
            } else if (std::holds_alternative<StartTls>(*event)) {
                m_observed.append(QStringLiteral("starttls"));
            } else if (std::holds_alternative<Ready>(*event)) {
                m_observed.append(QStringLiteral("ready"));
            } else if (std::holds_alternative<Idle>(*event)) {
                ++m_idle;
            } else if (std::holds_alternative<Closed>(*event)) {
                m_observed.append(QStringLiteral("closed"));
            } else if (const auto *failed = std::get_if<SessionFailed>(&*event)) {
                m_failure = *failed;
                m_observed.append(QStringLiteral("failed ") + kindName(failed->kind));
            } else if (const auto *result = std::get_if<MessageResult>(&*event)) {
                m_results.append(*result);
                QString text = QStringLiteral("result %1 %2 %3")
                                   .arg(result->token)
                                   .arg(outcomeName(result->outcome))
                                   .arg(result->reply ? QString::number(result->reply->code()) : QStringLiteral("-"));
                QStringList refused;
                for (const SmtpRecipientResult &recipient : result->recipients) {
                    if (recipient.reply && !recipient.isAccepted()) {
                        refused.append(recipient.address);
                    }
                }
                if (!refused.isEmpty() && result->outcome != SmtpOutcome::PermanentFailure
                    && result->outcome != SmtpOutcome::TemporaryFailure) {
                    text += QStringLiteral(" refused=") + refused.join(QLatin1Char(','));
                }
                m_observed.append(text);
            }
        }
    }

    static QString kindName(SmtpErrorKind kind)
    {
        switch (kind) {
        case SmtpErrorKind::Security:
            return QStringLiteral("Security");
        case SmtpErrorKind::Authentication:
            return QStringLiteral("Authentication");
        case SmtpErrorKind::Protocol:
            return QStringLiteral("Protocol");
        case SmtpErrorKind::ServiceClosing:
            return QStringLiteral("ServiceClosing");
        case SmtpErrorKind::Temporary:
            return QStringLiteral("Temporary");
        case SmtpErrorKind::Permanent:
            return QStringLiteral("Permanent");
        case SmtpErrorKind::ConnectionLost:
            return QStringLiteral("ConnectionLost");
        }
        return {};
    }

    static QString outcomeName(SmtpOutcome outcome)
    {
        switch (outcome) {
        case SmtpOutcome::Accepted:
            return QStringLiteral("Accepted");
        case SmtpOutcome::PartlyAccepted:
            return QStringLiteral("PartlyAccepted");
        case SmtpOutcome::TemporaryFailure:
            return QStringLiteral("TemporaryFailure");
        case SmtpOutcome::PermanentFailure:
            return QStringLiteral("PermanentFailure");
        case SmtpOutcome::MaybeSent:
            return QStringLiteral("MaybeSent");
        }
        return {};
    }

    SmtpSession m_session;
    bool m_byteByByte;
    QByteArray m_written;
    QByteArray m_redacted;
    qsizetype m_checked = 0;
    QStringList m_observed;
    QList<MessageResult> m_results;
    std::optional<SessionFailed> m_failure;
    int m_idle = 0;
};

// "implicit" | "starttls" | "none", then "login=user:password", "token=user:token",
// "plaintext-ok", "window=N".
SmtpSessionConfig configFrom(const QString &spec)
{
    SmtpSessionConfig config;
    config.ehloName = QStringLiteral("client.example.com");
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("implicit")) {
            config.security = SmtpSecurity::ImplicitTls;
        } else if (word == QLatin1String("starttls")) {
            config.security = SmtpSecurity::StartTls;
        } else if (word == QLatin1String("none")) {
            config.security = SmtpSecurity::None;
        } else if (word == QLatin1String("plaintext-ok")) {
            config.plaintextAllowed = true;
        } else if (word.startsWith(QLatin1String("login="))) {
            const QStringList parts = word.mid(6).split(QLatin1Char(':'));
            config.credentials = SmtpCredentials {parts.value(0), parts.value(1), {}};
        } else if (word.startsWith(QLatin1String("token="))) {
            const QStringList parts = word.mid(6).split(QLatin1Char(':'));
            config.credentials = SmtpCredentials {parts.value(0), {}, parts.value(1)};
        } else if (word.startsWith(QLatin1String("window="))) {
            config.maxMessagesInFlight = word.mid(7).toInt();
        }
    }
    return config;
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcript_data();
    void transcript();
    void secretsAreMaskedInTheTranscript_data();
    void secretsAreMaskedInTheTranscript();
    void partlyAcceptedNamesTheRefusedRecipient();
    void idleAfterTheQueueDrains();
    void submitAfterTheEndIsReported();
};

void TestSmtpSession::transcript_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("alsoByteByByte");

    QTest::newRow("happy-path-without-pipelining") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx.example.com ESMTP
        C: EHLO client.example.com
        S: 250-mx.example.com
        S: 250 8BITMIME
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 2.1.0 Ok
        C: RCPT TO:<bob@example.com>
        S: 250 2.1.5 Ok
        C: DATA
        S: 354 End data with <CR><LF>.<CR><LF>
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 2.0.0 Ok: queued as 1234
        E: result 1 Accepted 250
        Q:
        C: QUIT
        S: 221 2.0.0 Bye
        E: closed
    )") << true;

    QTest::newRow("pipelining-one-flight") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com,carol@example.com
        S: 220 mx.example.com ESMTP
        C: EHLO client.example.com
        S: 250-mx.example.com
        S: 250-PIPELINING
        S: 250 SIZE 1000000
        E: ready
        C: MAIL FROM:<alice@example.com> SIZE=23
        C: RCPT TO:<bob@example.com>
        C: RCPT TO:<carol@example.com>
        C: DATA
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.1.5 Ok
        S: 354 go ahead
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 2.0.0 queued
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("chunking-one-flight") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx.example.com ESMTP
        C: EHLO client.example.com
        S: 250-mx.example.com
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m1
        C:
        C: body 1
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 250 2.0.0 queued
        E: result 1 Accepted 250
    )") << true;

    // BDAT carries the message as it is: no dot-stuffing, no terminator.
    QTest::newRow("chunking-does-not-dot-stuff") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com | a\n.\nb
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 9 LAST
        C: a
        C: .
        C: b
        S: 250 ok
        S: 250 ok
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("queue-of-three-chunked-in-one-flight") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        M: 2 alice@example.com bob@example.com
        M: 3 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m1
        C:
        C: body 1
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m2
        C:
        C: body 2
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m3
        C:
        C: body 3
        S: 250 ok
        S: 250 ok
        S: 250 ok 1
        E: result 1 Accepted 250
        S: 250 ok
        S: 250 ok
        S: 250 ok 2
        S: 250 ok
        S: 250 ok
        S: 250 ok 3
        E: result 2 Accepted 250
        E: result 3 Accepted 250
        Q:
        C: QUIT
        S: 221 bye
        E: closed
    )") << true;

    // The window bounds how far ahead we run: with window=2 the third message waits
    // for the first one's final reply.
    QTest::newRow("window-bounds-messages-in-flight") << QStringLiteral("implicit window=2") << QByteArray(R"(
        M: 1 a@example.com b@example.com
        M: 2 a@example.com b@example.com
        M: 3 a@example.com b@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<a@example.com>
        C: RCPT TO:<b@example.com>
        C: BDAT 23 LAST
        C: Subject: m1
        C:
        C: body 1
        C: MAIL FROM:<a@example.com>
        C: RCPT TO:<b@example.com>
        C: BDAT 23 LAST
        C: Subject: m2
        C:
        C: body 2
        S: 250 ok
        S: 250 ok
        S: 250 ok
        E: result 1 Accepted 250
        C: MAIL FROM:<a@example.com>
        C: RCPT TO:<b@example.com>
        C: BDAT 23 LAST
        C: Subject: m3
        C:
        C: body 3
        S: 250 ok
        S: 250 ok
        S: 250 ok
        S: 250 ok
        S: 250 ok
        S: 250 ok
        E: result 2 Accepted 250
        E: result 3 Accepted 250
    )") << true;

    // With DATA the next message's commands follow the previous message's final dot.
    QTest::newRow("queue-of-three-pipelined-with-data") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        M: 2 alice@example.com bob@example.com
        M: 3 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 ok
        S: 250 ok
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 queued 1
        S: 250 ok
        S: 250 ok
        S: 354 go
        E: result 1 Accepted 250
        C: Subject: m2
        C:
        C: body 2
        C: .
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 queued 2
        S: 250 ok
        S: 250 ok
        S: 354 go
        E: result 2 Accepted 250
        C: Subject: m3
        C:
        C: body 3
        C: .
        S: 250 queued 3
        E: result 3 Accepted 250
    )") << true;

    QTest::newRow("helo-fallback") << QStringLiteral("none") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 old.example.com SMTP
        C: EHLO client.example.com
        S: 502 5.5.2 Command not recognized
        C: HELO client.example.com
        S: 250 old.example.com
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("starttls-not-offered") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN
        E: result 1 TemporaryFailure -
        E: failed Security
    )") << true;

    QTest::newRow("starttls-refused-454") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 STARTTLS
        C: STARTTLS
        S: 454 4.7.0 TLS not available due to temporary reason
        E: failed Security
    )") << true;

    // Only in one chunk: byte by byte the injected bytes arrive during the handshake,
    // which the next row covers.
    QTest::newRow("bytes-injected-after-go-ahead") << QStringLiteral("starttls") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 2.0.0 Ready to start TLS
        S: 250-injected
        S: 250 AUTH PLAIN
        E: failed Security
    )") << false;

    QTest::newRow("bytes-during-the-handshake") << QStringLiteral("starttls") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 2.0.0 Ready to start TLS
        E: starttls
        S: 250 injected
        E: failed Security
    )") << false;

    // What was offered before TLS is forgotten: CHUNKING is gone after the handshake,
    // so the message goes with DATA, and AUTH is taken from the second EHLO.
    QTest::newRow("capabilities-re-read-after-tls") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-CHUNKING
        S: 250-PIPELINING
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 go ahead
        T:
        C: EHLO client.example.com
        S: 250-mx
        S: 250-AUTH LOGIN PLAIN
        S: 250 PIPELINING
        C: AUTH PLAIN AGFsaWNlAHNlY3JldA==
        S: 235 2.7.0 Authentication successful
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 ok
        S: 250 ok
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("auth-login") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH LOGIN
        C: AUTH LOGIN
        S: 334 VXNlcm5hbWU6
        C: YWxpY2U=
        S: 334 UGFzc3dvcmQ6
        C: c2VjcmV0
        S: 235 2.7.0 ok
        E: ready
    )") << true;

    // RFC 2195's example exchange.
    QTest::newRow("auth-cram-md5") << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN LOGIN CRAM-MD5
        C: AUTH CRAM-MD5
        S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
        C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
        S: 235 ok
        E: ready
    )") << true;

    QTest::newRow("auth-535") << QStringLiteral("implicit login=alice:wrong") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN
        C: AUTH PLAIN AGFsaWNlAHdyb25n
        S: 535 5.7.8 Error: authentication failed
        E: result 1 TemporaryFailure 535
        E: failed Authentication
    )") << true;

    QTest::newRow("auth-refused-on-plaintext-link") << QStringLiteral("none login=alice:secret") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN CRAM-MD5
        E: failed Security
    )") << true;

    QTest::newRow("auth-on-plaintext-link-with-opt-in")
        << QStringLiteral("none login=alice:secret plaintext-ok") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN
        C: AUTH PLAIN AGFsaWNlAHNlY3JldA==
        S: 235 ok
        E: ready
    )") << true;

    QTest::newRow("auth-xoauth2-error-challenge") << QStringLiteral("implicit token=alice:tok") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN XOAUTH2
        C: AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sBAQ==
        S: 334 eyJzdGF0dXMiOiI0MDEifQ==
        C:
        S: 535 5.7.8 Username and Password not accepted
        E: failed Authentication
    )") << true;

    QTest::newRow("one-of-three-recipients-refused") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com,nobody@example.com,carol@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: RCPT TO:<nobody@example.com>
        C: RCPT TO:<carol@example.com>
        C: DATA
        S: 250 ok
        S: 250 ok
        S: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown
        S: 250 ok
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 PartlyAccepted 250 refused=nobody@example.com
    )") << true;

    // No data goes out: DATA is refused, RSET follows, the next message goes on.
    QTest::newRow("all-recipients-refused-then-next-message") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com x@example.com,y@example.com
        M: 2 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<x@example.com>
        C: RCPT TO:<y@example.com>
        C: DATA
        S: 250 ok
        S: 550 5.1.1 no such user
        S: 550 5.1.1 no such user
        S: 554 5.5.1 Error: no valid recipients
        E: result 1 PermanentFailure 550
        C: RSET
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 2.0.0 Ok
        S: 250 ok
        S: 250 ok
        S: 354 go
        C: Subject: m2
        C:
        C: body 2
        C: .
        S: 250 ok
        E: result 2 Accepted 250
    )") << true;

    // A server that says 354 although nobody is left gets an empty message.
    QTest::newRow("all-refused-but-354") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com x@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<x@example.com>
        C: DATA
        S: 250 ok
        S: 550 no
        S: 354 go
        C: .
        S: 554 no valid recipients
        E: result 1 PermanentFailure 550
    )") << true;

    QTest::newRow("all-recipients-refused-without-pipelining") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com x@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<x@example.com>
        S: 550 5.1.1 no such user
        E: result 1 PermanentFailure 550
        C: RSET
        S: 250 ok
    )") << true;

    QTest::newRow("all-recipients-refused-with-chunking") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com x@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<x@example.com>
        C: BDAT 23 LAST
        C: Subject: m1
        C:
        C: body 1
        S: 250 ok
        S: 550 5.1.1 no such user
        S: 554 5.5.1 Error: no valid recipients
        E: result 1 PermanentFailure 550
        C: RSET
        S: 250 ok
    )") << true;

    // A message already in flight behind a failed BDAT transaction whose MAIL comes back
    // 503 is sent again after the RSET instead of being reported as failed.
    QTest::newRow("collateral-503-is-sent-again") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com x@example.com
        M: 2 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<x@example.com>
        C: BDAT 23 LAST
        C: Subject: m1
        C:
        C: body 1
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m2
        C:
        C: body 2
        S: 250 ok
        S: 550 no such user
        S: 554 no valid recipients
        E: result 1 PermanentFailure 550
        C: RSET
        S: 503 5.5.1 Error: nested MAIL command
        S: 503 5.5.1 Error: need MAIL command
        S: 503 5.5.1 Error: need MAIL command
        S: 250 2.0.0 Ok
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m2
        C:
        C: body 2
        S: 250 ok
        S: 250 ok
        S: 250 ok
        E: result 2 Accepted 250
    )") << true;

    QTest::newRow("size-exceeded-refused-before-sending") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 SIZE 20
        E: ready
        E: result 1 PermanentFailure -
        Q:
        C: QUIT
        S: 221 bye
        E: closed
    )") << true;

    QTest::newRow("size-exactly-the-limit-is-sent") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 SIZE 23
        E: ready
        C: MAIL FROM:<alice@example.com> SIZE=23
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("421-in-the-middle") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        M: 2 alice@example.com bob@example.com
        M: 3 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 ok
        S: 250 ok
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: DATA
        S: 250 queued 1
        S: 421 4.3.2 Service shutting down
        E: result 1 Accepted 250
        E: result 2 TemporaryFailure 421
        E: result 3 TemporaryFailure 421
        E: failed ServiceClosing
    )") << true;

    QTest::newRow("421-after-the-final-dot-is-maybe-sent") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 421 4.4.2 Timeout
        E: result 1 MaybeSent 421
        E: failed ServiceClosing
    )") << true;

    QTest::newRow("connection-lost-during-data") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        X
        E: result 1 TemporaryFailure -
        E: failed ConnectionLost
    )") << true;

    QTest::newRow("connection-lost-after-the-final-dot") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        X
        E: result 1 MaybeSent -
        E: failed ConnectionLost
    )") << true;

    QTest::newRow("connection-lost-after-bdat-is-maybe-sent") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-PIPELINING
        S: 250 CHUNKING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: BDAT 23 LAST
        C: Subject: m1
        C:
        C: body 1
        S: 250 ok
        S: 250 ok
        X
        E: result 1 MaybeSent -
        E: failed ConnectionLost
    )") << true;

    QTest::newRow("452-on-one-recipient") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com,carol@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: RCPT TO:<carol@example.com>
        C: DATA
        S: 250 ok
        S: 250 ok
        S: 452 4.5.3 Too many recipients
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 PartlyAccepted 250 refused=carol@example.com
    )") << true;

    QTest::newRow("4xx-on-every-recipient-is-temporary") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com,carol@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: RCPT TO:<carol@example.com>
        C: DATA
        S: 250 ok
        S: 550 5.1.1 unknown
        S: 450 4.2.1 mailbox busy
        S: 554 no valid recipients
        E: result 1 TemporaryFailure 450
        C: RSET
        S: 250 ok
    )") << true;

    QTest::newRow("mail-from-refused-then-next-message") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 mallory@example.com bob@example.com
        M: 2 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<mallory@example.com>
        S: 553 5.7.1 Sender address rejected: not owned by user
        E: result 1 PermanentFailure 553
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m2
        C:
        C: body 2
        C: .
        S: 250 ok
        E: result 2 Accepted 250
    )") << true;

    QTest::newRow("dot-stuffing-edge-cases") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com | .\r\n..\n.x\rlast line without CRLF
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: ..
        C: ...
        C: ..x
        C: last line without CRLF
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("eight-bit-body-and-dsn") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com dsn | Subject: caf\xc3\xa9
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-8BITMIME
        S: 250 DSN
        E: ready
        C: MAIL FROM:<alice@example.com> BODY=8BITMIME RET=HDRS ENVID=id+2B1
        S: 250 ok
        C: RCPT TO:<bob@example.com> NOTIFY=FAILURE,DELAY
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: caf\xc3\xa9
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("dsn-left-out-when-not-offered") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com dsn
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("utf8-address-needs-smtputf8") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com j\xc3\xb6rg@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250 8BITMIME
        E: ready
        E: result 1 PermanentFailure -
    )") << true;

    QTest::newRow("utf8-address-with-smtputf8") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com j\xc3\xb6rg@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 250-8BITMIME
        S: 250 SMTPUTF8
        E: ready
        C: MAIL FROM:<alice@example.com> SMTPUTF8
        S: 250 ok
        C: RCPT TO:<j\xc3\xb6rg@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )") << true;

    QTest::newRow("eight-bit-without-8bitmime-refused") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com | Subject: caf\xc3\xa9
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        E: result 1 PermanentFailure -
    )") << true;

    // A CR LF in an address would end our RCPT and start a command of the sender's
    // choosing: refused at submit(), nothing of it is written.
    QTest::newRow("address-with-crlf-refused-at-submit") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com>\r\nRSET
        E: result 1 PermanentFailure -
        M: 2 alice@example.com bob@example.com
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m2
        C:
        C: body 2
        C: .
        S: 250 ok
        E: result 2 Accepted 250
    )") << true;

    QTest::newRow("greeting-554") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        S: 554 5.7.1 No SMTP service here
        E: result 1 TemporaryFailure 554
        E: failed Permanent
    )") << true;

    QTest::newRow("malformed-reply-is-a-protocol-error") << QStringLiteral("implicit") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250-mx
        S: 251 changed code
        E: failed Protocol
    )") << true;

    QTest::newRow("unsolicited-reply-is-a-protocol-error") << QStringLiteral("implicit") << QByteArray(R"(
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        S: 250 surprise
        E: failed Protocol
    )") << true;

    QTest::newRow("quit-before-ready-waits-for-the-queue") << QStringLiteral("implicit") << QByteArray(R"(
        M: 1 alice@example.com bob@example.com
        Q:
        S: 220 mx ESMTP
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        C: MAIL FROM:<alice@example.com>
        S: 250 ok
        C: RCPT TO:<bob@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
        C: QUIT
        X
        E: closed
    )") << true;
}

void TestSmtpSession::transcript()
{
    QFETCH(QString, config);
    QFETCH(QByteArray, script);
    QFETCH(bool, alsoByteByByte);
    // Test scripts write non-ASCII as \xNN; turn those into octets.
    QByteArray unescaped;
    for (qsizetype i = 0; i < script.size(); ++i) {
        if (script[i] == '\\' && i + 3 < script.size() && script[i + 1] == 'x') {
            unescaped += char(script.mid(i + 2, 2).toInt(nullptr, 16));
            i += 3;
        } else {
            unescaped += script[i];
        }
    }
    {
        ScriptRunner runner(configFrom(config), false);
        const QString problem = runner.run(unescaped);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("in flights: ") + problem));
    }
    if (alsoByteByByte) {
        ScriptRunner runner(configFrom(config), true);
        const QString problem = runner.run(unescaped);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("byte by byte: ") + problem));
    }
}

void TestSmtpSession::secretsAreMaskedInTheTranscript_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArrayList>("secrets");

    QTest::newRow("plain") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: 220 mx
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH PLAIN
        C: AUTH PLAIN AGFsaWNlAHNlY3JldA==
        S: 235 ok
        E: ready
    )") << QByteArrayList {"AGFsaWNlAHNlY3JldA=="};
    QTest::newRow("login") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: 220 mx
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH LOGIN
        C: AUTH LOGIN
        S: 334 VXNlcm5hbWU6
        C: YWxpY2U=
        S: 334 UGFzc3dvcmQ6
        C: c2VjcmV0
        S: 235 ok
        E: ready
    )") << QByteArrayList {"c2VjcmV0", "YWxpY2U="};
    QTest::newRow("cram-md5") << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(R"(
        S: 220 mx
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH CRAM-MD5
        C: AUTH CRAM-MD5
        S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
        C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
        S: 235 ok
        E: ready
    )") << QByteArrayList {"dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"};
    QTest::newRow("oauthbearer") << QStringLiteral("implicit token=alice:tok") << QByteArray(R"(
        S: 220 mx
        C: EHLO client.example.com
        S: 250-mx
        S: 250 AUTH OAUTHBEARER
        C: AUTH OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sBAQ==
        S: 235 ok
        E: ready
    )") << QByteArrayList {"bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sBAQ=="};
}

void TestSmtpSession::secretsAreMaskedInTheTranscript()
{
    QFETCH(QString, config);
    QFETCH(QByteArray, script);
    QFETCH(QByteArrayList, secrets);
    ScriptRunner runner(configFrom(config), false);
    const QString problem = runner.run(script);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QByteArray &secret : secrets) {
        QVERIFY(runner.written().contains(secret));
        QVERIFY2(!runner.redacted().contains(secret), runner.redacted().constData());
    }
    QVERIFY(runner.redacted().contains("***"));
    QVERIFY(runner.redacted().startsWith("EHLO client.example.com\r\n")); // commands stay readable
}

void TestSmtpSession::partlyAcceptedNamesTheRefusedRecipient()
{
    ScriptRunner runner(configFrom(QStringLiteral("implicit")), false);
    const QString problem = runner.run(R"(
        M: 7 alice@example.com bob@example.com,nobody@example.com
        S: 220 mx
        C: EHLO client.example.com
        S: 250-mx
        S: 250 PIPELINING
        E: ready
        C: MAIL FROM:<alice@example.com>
        C: RCPT TO:<bob@example.com>
        C: RCPT TO:<nobody@example.com>
        C: DATA
        S: 250 ok
        S: 250 ok
        S: 550 5.1.1 User unknown
        S: 354 go
        C: Subject: m7
        C:
        C: body 7
        C: .
        S: 250 ok
        E: result 7 PartlyAccepted 250 refused=nobody@example.com
    )");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(runner.results().size(), 1);
    const MessageResult &result = runner.results().first();
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(result.recipients[0].isAccepted());
    QCOMPARE(result.recipients[1].address, QStringLiteral("nobody@example.com"));
    QCOMPARE(result.recipients[1].reply->enhancedStatus(), (SmtpEnhancedStatus {5, 1, 1}));
    QVERIFY2(result.text.contains(QLatin1String("nobody@example.com")), qPrintable(result.text));
    QVERIFY2(result.text.contains(QLatin1String("User unknown")), qPrintable(result.text));
}

void TestSmtpSession::idleAfterTheQueueDrains()
{
    ScriptRunner runner(configFrom(QStringLiteral("implicit")), false);
    const QString problem = runner.run(R"(
        S: 220 mx
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        M: 1 a@example.com b@example.com
        C: MAIL FROM:<a@example.com>
        S: 250 ok
        C: RCPT TO:<b@example.com>
        S: 250 ok
        C: DATA
        S: 354 go
        C: Subject: m1
        C:
        C: body 1
        C: .
        S: 250 ok
        E: result 1 Accepted 250
    )");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(runner.idleEvents(), 1);
}

void TestSmtpSession::submitAfterTheEndIsReported()
{
    ScriptRunner runner(configFrom(QStringLiteral("implicit")), false);
    const QString problem = runner.run(R"(
        S: 220 mx
        C: EHLO client.example.com
        S: 250 mx
        E: ready
        X
        E: failed ConnectionLost
        M: 1 a@example.com b@example.com
        E: result 1 TemporaryFailure -
    )");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
