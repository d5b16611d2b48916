#include "fakeserver.h"
#include "protocol/net/connection.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Letterbox::Net::CertificateReport;
using Letterbox::Net::Connection;
using Letterbox::Net::Endpoint;
using Letterbox::Net::NetError;
using Letterbox::Net::SecurityMode;
using Letterbox::Net::Timeouts;
using Letterbox::Net::TlsPolicy;
using Letterbox::Net::TranscriptEntry;
using Letterbox::Protocol::OutgoingData;

namespace {

constexpr int wait = 10'000; // bound of every wait; a passing test takes milliseconds

/// A Connection with everything it emitted.
struct Client
{
    Connection connection;
    QByteArray data;
    QSignalSpy connected {&connection, &Connection::connected};
    QSignalSpy encrypted {&connection, &Connection::encrypted};
    QSignalSpy received {&connection, &Connection::dataReceived};
    QSignalSpy failed {&connection, &Connection::failed};
    QSignalSpy closed {&connection, &Connection::closed};

    Client()
    {
        QObject::connect(
            &connection, &Connection::dataReceived, &connection, [this](const QByteArray &bytes) { data += bytes; });
    }

    void connectTo(const FakeServer &server, const TlsPolicy &policy, const Timeouts &timeouts = {},
        const QString &host = QStringLiteral("127.0.0.1"))
    {
        connection.connectToServer(Endpoint {host, server.port()}, policy, timeouts);
    }

    /// The failure's sentence, or "" (QVERIFY2 evaluates its message even when it passes).
    [[nodiscard]] QString errorMessage() const { return connection.error() ? connection.error()->message : QString(); }

    [[nodiscard]] NetError::Kind errorKind() const
    {
        return connection.error() ? connection.error()->kind : NetError::Kind::Network;
    }
};

TlsPolicy trustingTestCa(SecurityMode mode)
{
    TlsPolicy policy;
    policy.mode = mode;
    QString error;
    if (!policy.addCaFile(TestCertificates::caFile(), &error)) {
        qWarning() << error;
    }
    return policy;
}

/// A TCP port on 127.0.0.1 where nothing listens (listened on, then closed).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QList<TranscriptEntry> entriesOf(const Connection &connection, TranscriptEntry::Direction direction)
{
    QList<TranscriptEntry> result;
    for (const TranscriptEntry &entry : connection.transcript().entries()) {
        if (entry.direction == direction) {
            result.append(entry);
        }
    }
    return result;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void implicitTlsVerifiesAndCounts_data();
    void implicitTlsVerifiesAndCounts();
    void untrustedCertificateIsReportedAndNothingIsSent_data();
    void untrustedCertificateIsReportedAndNothingIsSent();
    void pinnedFingerprintIsAccepted();
    void addressIsDialledAndHostIsVerified();
    void startTlsUpgrades();
    void startTlsRefusesBytesAfterTheGoAhead();
    void startTlsHandshakeFailureIsTls();
    void closedPortIsConnectionRefused();
    void unknownHostIsHostNotFound();
    void handshakeTimeout();
    void readTimeout();
    void readTimeoutIsNotArmedWithoutAWrite();
    void idleTimeout();
    void abortIsCancelledAndSilent();
    void abortWhileConnecting();
    void roundTrips_data();
    void roundTrips();
    void transcriptRedactsAndAbbreviates();
    void serverCloseDeliversDataThenRemoteClosed();
    void closeIsGraceful();
};

void TestConnection::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is not available");
    QVERIFY(!TestCertificates::ca().isNull());
    QVERIFY(!TestCertificates::server().isNull());
}

void TestConnection::implicitTlsVerifiesAndCounts_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("ip-address") << QStringLiteral("127.0.0.1");
    QTest::newRow("host-name") << QStringLiteral("localhost");
}

void TestConnection::implicitTlsVerifiesAndCounts()
{
    QFETCH(QString, host);
    FakeServer server;
    server.setImplicitTls(true);
    server.send("* OK hello\r\n").expect("a1 NOOP").send("a1 OK done\r\n");
    QVERIFY(server.start());

    Client client;
    // Written before the handshake: held until it is verified, then sent.
    client.connection.send(OutgoingData::command("a1 NOOP\r\n"));
    client.connectTo(server, trustingTestCa(SecurityMode::ImplicitTls), {}, host);
    QTRY_VERIFY_WITH_TIMEOUT(client.data.contains("a1 OK done\r\n") || !client.failed.isEmpty(), wait);
    QVERIFY2(client.failed.isEmpty(), qPrintable(client.errorMessage()));
    QCOMPARE(server.failure(), QString());

    QCOMPARE(client.connected.count(), 1);
    QCOMPARE(client.encrypted.count(), 0); // encrypted() is for STARTTLS only
    QVERIFY(client.connection.isEncrypted());
    QCOMPARE(client.data, QByteArray("* OK hello\r\na1 OK done\r\n"));
    QCOMPARE(server.received(), QByteArray("a1 NOOP\r\n"));
    const auto &counters = client.connection.counters();
    QCOMPARE(counters.bytesIn, qint64(client.data.size()));
    QCOMPARE(counters.bytesOut, qint64(9));
    QCOMPARE(counters.roundTrips, qint64(1));
    QVERIFY2(counters.tlsProtocol.startsWith(QLatin1String("TLS 1.")), qPrintable(counters.tlsProtocol));
    QVERIFY(!counters.tlsCipher.isEmpty());
    QVERIFY(counters.connectedAt.isValid());
    QVERIFY(counters.encryptedAt >= counters.connectedAt);
    QCOMPARE(client.connection.peerCertificate(), TestCertificates::server().certificate);
}

void TestConnection::untrustedCertificateIsReportedAndNothingIsSent_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("extraCa");
    QTest::addColumn<QSslError::SslError>("expectedError");

    QTest::newRow("self-signed-stranger-with-extra-ca")
        << QStringLiteral("stranger") << true << QSslError::SelfSignedCertificate;
    QTest::newRow("self-signed-stranger-system-cas-only")
        << QStringLiteral("stranger") << false << QSslError::SelfSignedCertificate;
    QTest::newRow("test-ca-unknown-to-system-cas")
        << QStringLiteral("server") << false << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("host-name-mismatch") << QStringLiteral("wronghost") << true << QSslError::HostNameMismatch;
    QTest::newRow("expired") << QStringLiteral("expired") << true << QSslError::CertificateExpired;
}

void TestConnection::untrustedCertificateIsReportedAndNothingIsSent()
{
    QFETCH(QString, identity);
    QFETCH(bool, extraCa);
    QFETCH(QSslError::SslError, expectedError);

    TestIdentity shown = identity == QLatin1String("stranger") ? TestCertificates::stranger()
        : identity == QLatin1String("wronghost")               ? TestCertificates::wrongHost()
        : identity == QLatin1String("expired")                 ? TestCertificates::expired()
                                                               : TestCertificates::server();
    QVERIFY(!shown.isNull());
    FakeServer server;
    server.setImplicitTls(true);
    server.setIdentity(shown);
    server.send("* OK greeting the client must never see\r\n").expect("a1 LOGIN alice secret");
    QVERIFY(server.start());

    Client client;
    TlsPolicy policy = extraCa ? trustingTestCa(SecurityMode::ImplicitTls) : TlsPolicy {};
    client.connectTo(server, policy);
    client.connection.send(OutgoingData::command("a1 LOGIN alice secret\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QTRY_VERIFY_WITH_TIMEOUT(server.isClientGone(), wait);

    const NetError error = *client.connection.error();
    QCOMPARE(error.kind, NetError::Kind::Certificate);
    QVERIFY(error.isSecurityRefusal());
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(error.message));
    QVERIFY(error.certificate.has_value());
    const CertificateReport &report = *error.certificate;
    QCOMPARE(report.sha256, shown.certificate.digest(QCryptographicHash::Sha256));
    QCOMPARE(report.fingerprint, QString::fromLatin1(report.sha256.toHex(':').toUpper()));
    QCOMPARE(report.fingerprint.size(), 32 * 3 - 1);
    QVERIFY2(report.errorCodes.contains(expectedError), qPrintable(report.errors.join(QStringLiteral("; "))));
    QCOMPARE(report.errors.size(), report.errorCodes.size());
    QCOMPARE(report.pem, shown.certificate.toPem());
    QVERIFY2(report.subject.contains(QLatin1String("CN=")), qPrintable(report.subject));
    QCOMPARE(report.notAfter, shown.certificate.expiryDate());

    // Nothing went to the server and nothing came to the session.
    QCOMPARE(server.received(), QByteArray());
    QCOMPARE(client.received.count(), 0);
    QCOMPARE(client.connected.count(), 0);
    QCOMPARE(client.closed.count(), 0);
    QCOMPARE(client.connection.counters().bytesOut, qint64(0));
    QCOMPARE(client.connection.state(), Connection::State::Failed);
}

// The autoconfig look-ups resolve names themselves: TCP goes to setAddress()'s IP, the
// certificate is still checked against Endpoint::host (and never against the address).
void TestConnection::addressIsDialledAndHostIsVerified()
{
    FakeServer server;
    server.setImplicitTls(true);
    server.setIdentity(TestCertificates::wrongHost()); // mail.example.invalid only
    server.send("+OK by name\r\n");
    QVERIFY(server.start());

    Client named;
    named.connection.setAddress(QStringLiteral("127.0.0.1"));
    named.connection.connectToServer(
        Endpoint {QStringLiteral("mail.example.invalid"), server.port()}, trustingTestCa(SecurityMode::ImplicitTls));
    QTRY_VERIFY_WITH_TIMEOUT(named.data.contains("+OK by name\r\n") || !named.failed.isEmpty(), wait);
    QVERIFY2(named.failed.isEmpty(), qPrintable(named.errorMessage()));
    QVERIFY(named.connection.isEncrypted());

    Client other;
    other.connection.setAddress(QStringLiteral("127.0.0.1"));
    other.connection.connectToServer(
        Endpoint {QStringLiteral("imap.example.invalid"), server.port()}, trustingTestCa(SecurityMode::ImplicitTls));
    QTRY_COMPARE_WITH_TIMEOUT(other.failed.count(), 1, wait);
    QCOMPARE(other.errorKind(), NetError::Kind::Certificate);
    QVERIFY(other.data.isEmpty());
}

void TestConnection::pinnedFingerprintIsAccepted()
{
    FakeServer server;
    server.setImplicitTls(true);
    server.setIdentity(TestCertificates::stranger());
    server.send("+OK pinned\r\n");
    QVERIFY(server.start());

    // First the refusal, whose report the person accepts...
    Client first;
    first.connectTo(server, TlsPolicy {});
    QTRY_COMPARE_WITH_TIMEOUT(first.failed.count(), 1, wait);
    QVERIFY(first.connection.error()->certificate.has_value());
    const QString fingerprint = first.connection.error()->certificate->fingerprint;

    // ...then a new connection with that pin goes through.
    TlsPolicy pinned;
    QVERIFY(pinned.setPinnedFingerprint(fingerprint));
    Client second;
    second.connectTo(server, pinned);
    QTRY_VERIFY_WITH_TIMEOUT(second.data.contains("+OK pinned\r\n") || !second.failed.isEmpty(), wait);
    QVERIFY2(second.failed.isEmpty(), qPrintable(second.errorMessage()));
    QCOMPARE(second.connected.count(), 1);
    QVERIFY(second.connection.isEncrypted());

    // A pin of another certificate does not open the door.
    TlsPolicy otherPin;
    otherPin.pinnedSha256 = TlsPolicy::fingerprintOf(TestCertificates::server().certificate);
    Client third;
    third.connectTo(server, otherPin);
    QTRY_COMPARE_WITH_TIMEOUT(third.failed.count(), 1, wait);
    QCOMPARE(third.errorKind(), NetError::Kind::Certificate);
    QCOMPARE(third.received.count(), 0);
    // ...and says loudly that the certificate changed since it was accepted, naming both.
    QVERIFY2(third.errorMessage().contains(QLatin1String("CHANGED")), qPrintable(third.errorMessage()));
    QVERIFY(third.errorMessage().contains(fingerprint));
    QVERIFY(third.errorMessage().contains(TlsPolicy::formatFingerprint(otherPin.pinnedSha256)));
}

void TestConnection::startTlsUpgrades()
{
    FakeServer server;
    server.send("220 fake ESMTP\r\n")
        .expect("STARTTLS")
        .sendThenStartTls("220 go ahead\r\n")
        .expect("EHLO again")
        .send("250 fake\r\n");
    QVERIFY(server.start());

    Client client;
    QObject::connect(
        &client.connection, &Connection::dataReceived, &client.connection, [&client](const QByteArray &bytes) {
            if (bytes.startsWith("220 fake")) {
                client.connection.send(OutgoingData::command("STARTTLS\r\n"));
            } else if (bytes.startsWith("220 go ahead")) {
                client.connection.startTls();
                // Held until the handshake is verified, then written encrypted.
                client.connection.send(OutgoingData::command("EHLO again\r\n"));
            }
        });
    client.connectTo(server, trustingTestCa(SecurityMode::StartTls));
    QTRY_VERIFY_WITH_TIMEOUT(client.data.endsWith("250 fake\r\n") || !client.failed.isEmpty(), wait);
    QVERIFY2(client.failed.isEmpty(), qPrintable(client.errorMessage()));
    QCOMPARE(server.failure(), QString());
    QCOMPARE(client.connected.count(), 1);
    QCOMPARE(client.encrypted.count(), 1);
    QVERIFY(client.connection.isEncrypted());
    QVERIFY(server.isHandshakeDone());
    QCOMPARE(server.received(), QByteArray("STARTTLS\r\nEHLO again\r\n"));
    const auto &counters = client.connection.counters();
    QVERIFY2(counters.tlsProtocol.startsWith(QLatin1String("TLS 1.")), qPrintable(counters.tlsProtocol));
    QVERIFY(counters.encryptedAt.isValid());
    QCOMPARE(counters.bytesOut, qint64(22));
    QCOMPARE(counters.bytesIn, qint64(client.data.size()));
    QCOMPARE(counters.roundTrips, qint64(2));
    bool established = false;
    for (const TranscriptEntry &entry : entriesOf(client.connection, TranscriptEntry::Direction::Info)) {
        established = established || entry.text.contains(counters.tlsProtocol + QStringLiteral(" established"));
    }
    QVERIFY(established);
}

void TestConnection::startTlsRefusesBytesAfterTheGoAhead()
{
    FakeServer server;
    // The server stays in plaintext: a ClientHello would show up in received().
    server.send("220 fake ESMTP\r\n").expect("STARTTLS").send("220 go ahead\r\n").expectDisconnect();
    QVERIFY(server.start());

    Client client;
    bool sawUnread = false;
    QObject::connect(&client.connection, &Connection::dataReceived, &client.connection,
        [&client, &server, &sawUnread](const QByteArray &bytes) {
            if (bytes.startsWith("220 fake")) {
                client.connection.send(OutgoingData::command("STARTTLS\r\n"));
            } else if (bytes.startsWith("220 go ahead")) {
                // The attacker's line arrives after the go-ahead was read, before TLS.
                server.sendNow("250 INJECTED\r\n");
                QTRY_VERIFY_WITH_TIMEOUT(client.connection.hasUnreadBytes(), wait);
                sawUnread = true;
                client.connection.startTls();
            }
        });
    client.connectTo(server, trustingTestCa(SecurityMode::StartTls));
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QVERIFY(sawUnread);
    QCOMPARE(client.errorKind(), NetError::Kind::Security);
    QVERIFY(client.connection.error()->isSecurityRefusal());
    QCOMPARE(client.encrypted.count(), 0);
    QVERIFY(!client.connection.isEncrypted());
    QVERIFY(!client.data.contains("INJECTED")); // never handed to the session
    QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), wait);
    QCOMPARE(server.received(), QByteArray("STARTTLS\r\n")); // no handshake began
    QVERIFY(client.connection.transcript().toText().contains(QLatin1String("250 INJECTED")));
}

void TestConnection::startTlsHandshakeFailureIsTls()
{
    // A "server" that answers the ClientHello with plaintext.
    FakeServer server;
    server.send("+OK pop\r\n").expect("STLS").send("+OK go\r\n").sleep(200).send("not TLS at all\r\n");
    QVERIFY(server.start());
    Client client;
    QObject::connect(
        &client.connection, &Connection::dataReceived, &client.connection, [&client](const QByteArray &bytes) {
            if (bytes.startsWith("+OK pop")) {
                client.connection.send(OutgoingData::command("STLS\r\n"));
            } else if (bytes.startsWith("+OK go")) {
                client.connection.startTls();
            }
        });
    client.connectTo(server, trustingTestCa(SecurityMode::StartTls));
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::Tls);
    QVERIFY(client.connection.error()->isSecurityRefusal());
    QCOMPARE(client.encrypted.count(), 0);
}

void TestConnection::closedPortIsConnectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    Client client;
    client.connection.connectToServer(Endpoint {QStringLiteral("127.0.0.1"), port}, TlsPolicy {});
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::ConnectionRefused);
    QVERIFY(!client.connection.error()->isSecurityRefusal());
    QVERIFY2(client.connection.error()->message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
        qPrintable(client.errorMessage()));
    QCOMPARE(client.connected.count(), 0);
}

void TestConnection::unknownHostIsHostNotFound()
{
    // RFC 6761: ".invalid" never resolves; the resolver answers without the network.
    Client client;
    client.connection.connectToServer(Endpoint {QStringLiteral("no-such-host.invalid"), 993}, TlsPolicy {});
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::HostNotFound);
    QVERIFY(client.connection.error()->message.contains(QLatin1String("no-such-host.invalid:993")));
}

void TestConnection::handshakeTimeout()
{
    // TCP connects, but the server never starts its side of the TLS handshake.
    FakeServer server;
    QVERIFY(server.start());
    Client client;
    client.connectTo(server, trustingTestCa(SecurityMode::ImplicitTls), Timeouts {200, 60'000, 0});
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::Timeout);
    QVERIFY2(
        client.connection.error()->message.contains(QLatin1String("TLS handshake")), qPrintable(client.errorMessage()));
    QCOMPARE(client.connected.count(), 0);
}

void TestConnection::readTimeout()
{
    FakeServer server;
    server.send("* OK silent server\r\n").expect("a1 NOOP"); // and never answers
    QVERIFY(server.start());
    Client client;
    QObject::connect(&client.connection, &Connection::dataReceived, &client.connection,
        [&client] { client.connection.send(OutgoingData::command("a1 NOOP\r\n")); });
    client.connectTo(server, TlsPolicy {SecurityMode::None, {}, {}, true}, Timeouts {5000, 200, 0});
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::Timeout);
    QVERIFY2(client.connection.error()->message.contains(QLatin1String("waiting for a reply")),
        qPrintable(client.errorMessage()));
    QCOMPARE(server.received(), QByteArray("a1 NOOP\r\n"));
}

void TestConnection::readTimeoutIsNotArmedWithoutAWrite()
{
    // The read timeout is for an awaited reply: a quiet connection the client has not
    // written to is the idle timeout's business (off here).
    FakeServer server;
    server.send("* OK hello\r\n");
    QVERIFY(server.start());
    Client client;
    client.connectTo(server, TlsPolicy {SecurityMode::None, {}, {}, true}, Timeouts {5000, 100, 0});
    QTRY_COMPARE_WITH_TIMEOUT(client.received.count(), 1, wait);
    QTest::qWait(400);
    QCOMPARE(client.failed.count(), 0);
    QCOMPARE(client.connection.state(), Connection::State::Ready);
}

void TestConnection::idleTimeout()
{
    FakeServer server;
    server.send("* OK hello\r\n");
    QVERIFY(server.start());
    Client client;
    client.connectTo(server, TlsPolicy {SecurityMode::None, {}, {}, true}, Timeouts {5000, 60'000, 200});
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::Timeout);
    QVERIFY2(client.connection.error()->message.contains(QLatin1String("idle")), qPrintable(client.errorMessage()));
    QCOMPARE(client.received.count(), 1); // the greeting came; then nothing at all
}

void TestConnection::abortIsCancelledAndSilent()
{
    FakeServer server;
    server.setImplicitTls(true);
    server.send("* OK hello\r\n").sleep(100).send("* more that must not be delivered\r\n");
    QVERIFY(server.start());
    Client client;
    QObject::connect(&client.connection, &Connection::dataReceived, &client.connection, [&client] {
        client.connection.abort();
        QCOMPARE(client.failed.count(), 1); // before abort() returned
    });
    client.connectTo(server, trustingTestCa(SecurityMode::ImplicitTls));
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.errorKind(), NetError::Kind::Cancelled);
    QVERIFY(!client.connection.error()->isSecurityRefusal());
    QTRY_VERIFY_WITH_TIMEOUT(server.isClientGone(), wait);
    QCOMPARE(client.received.count(), 1);
    QCOMPARE(client.failed.count(), 1);
    QCOMPARE(client.closed.count(), 0);
    client.connection.send(OutgoingData::command("dropped\r\n"));
    client.connection.abort(); // a second abort says nothing
    QCOMPARE(client.failed.count(), 1);
    QCOMPARE(client.connection.counters().bytesOut, qint64(0));
}

void TestConnection::abortWhileConnecting()
{
    FakeServer server;
    server.setImplicitTls(true);
    QVERIFY(server.start());
    Client client;
    client.connectTo(server, trustingTestCa(SecurityMode::ImplicitTls));
    client.connection.abort();
    QCOMPARE(client.failed.count(), 1);
    QCOMPARE(client.errorKind(), NetError::Kind::Cancelled);
    QTest::qWait(100); // nothing may follow
    QCOMPARE(client.failed.count(), 1);
    QCOMPARE(client.connected.count(), 0);
}

void TestConnection::roundTrips_data()
{
    QTest::addColumn<bool>("pipelined");
    QTest::addColumn<qint64>("expected");
    // Three commands and their replies, then a fourth: pipelined, the three are one
    // flight even though their replies come in three reads.
    QTest::newRow("pipelined-three-then-one") << true << qint64(2);
    QTest::newRow("lock-step-four") << false << qint64(4);
}

void TestConnection::roundTrips()
{
    QFETCH(bool, pipelined);
    QFETCH(qint64, expected);
    FakeServer server;
    server.send("+OK ready\r\n");
    if (pipelined) {
        server.expect("A")
            .expect("B")
            .expect("C")
            .send("+OK a\r\n")
            .sleep(30)
            .send("+OK b\r\n")
            .sleep(30)
            .send("+OK c\r\n");
    } else {
        server.expect("A").send("+OK a\r\n").expect("B").send("+OK b\r\n").expect("C").send("+OK c\r\n");
    }
    server.expect("D").send("+OK d\r\n");
    QVERIFY(server.start());

    Client client;
    QObject::connect(&client.connection, &Connection::dataReceived, &client.connection, [&client, pipelined] {
        const QByteArray &d = client.data;
        auto send
            = [&client](const char *line) { client.connection.send(OutgoingData::command(QByteArray(line) + "\r\n")); };
        if (d == "+OK ready\r\n") {
            send("A");
            if (pipelined) {
                send("B");
                send("C");
            }
        } else if (!pipelined && d.endsWith("+OK a\r\n")) {
            send("B");
        } else if (!pipelined && d.endsWith("+OK b\r\n")) {
            send("C");
        } else if (d.endsWith("+OK c\r\n")) {
            send("D");
        }
    });
    client.connectTo(server, TlsPolicy {SecurityMode::None, {}, {}, true});
    QTRY_VERIFY_WITH_TIMEOUT(client.data.endsWith("+OK d\r\n") || !client.failed.isEmpty(), wait);
    QCOMPARE(server.failure(), QString());
    QCOMPARE(client.connection.counters().roundTrips, expected);
    QCOMPARE(client.connection.counters().bytesOut, qint64(12));
    QCOMPARE(client.connection.counters().bytesIn, qint64(client.data.size()));
}

void TestConnection::transcriptRedactsAndAbbreviates()
{
    FakeServer server;
    server.send("220 fake\r\n")
        .expect("AUTH PLAIN AGFsaWNlAHMzY3JldA==")
        .send("235 ok\r\n")
        .expect("DATA")
        .expectMatch(QRegularExpression(QStringLiteral("^Subject: ")))
        .send("250 queued\r\n");
    QVERIFY(server.start());

    const QByteArray message = "Subject: hi\r\n\r\n" + QByteArray(4198, 'x') + "\r\n.\r\n";
    Client client;
    QObject::connect(&client.connection, &Connection::dataReceived, &client.connection,
        [&client, &message](const QByteArray &bytes) {
            if (bytes.startsWith("220")) {
                client.connection.send(OutgoingData::withSecret("AUTH PLAIN ", "AGFsaWNlAHMzY3JldA==", "\r\n"));
            } else if (bytes.startsWith("235")) {
                client.connection.send(OutgoingData::command("DATA\r\n"));
                client.connection.send(OutgoingData::payload(message));
            }
        });
    client.connectTo(server, TlsPolicy {SecurityMode::None, {}, {}, true});
    QTRY_VERIFY_WITH_TIMEOUT(client.data.endsWith("250 queued\r\n") || !client.failed.isEmpty(), wait);
    QCOMPARE(server.failure(), QString());

    const QList<TranscriptEntry> sent = entriesOf(client.connection, TranscriptEntry::Direction::Client);
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).text, QStringLiteral("AUTH PLAIN ***"));
    QCOMPARE(sent.at(0).byteCount, qint64(33));
    QCOMPARE(sent.at(1).text, QStringLiteral("DATA"));
    QCOMPARE(sent.at(2).byteCount, qint64(message.size()));
    QCOMPARE(sent.at(2).text, QStringLiteral("[%1 bytes of message data]").arg(QLocale().toString(message.size())));
    const QString text = client.connection.transcript().toText();
    QVERIFY(!text.contains(QLatin1String("AGFsaWNl")));
    QVERIFY(!text.contains(QLatin1String("xxxx")));
    QVERIFY(text.contains(QLatin1String(" C: ")));
    QVERIFY(text.contains(QLatin1String(" S: ")));
    QVERIFY(text.contains(QLatin1String("235 ok")));
    QCOMPARE(client.connection.transcript().clientBytes(), client.connection.counters().bytesOut);
    QCOMPARE(client.connection.transcript().serverBytes(), client.connection.counters().bytesIn);
}

void TestConnection::serverCloseDeliversDataThenRemoteClosed()
{
    FakeServer server;
    server.send("421 shutting down\r\n").close();
    QVERIFY(server.start());
    Client client;
    client.connectTo(server, TlsPolicy {SecurityMode::None, {}, {}, true});
    QTRY_COMPARE_WITH_TIMEOUT(client.failed.count(), 1, wait);
    QCOMPARE(client.data, QByteArray("421 shutting down\r\n"));
    QCOMPARE(client.errorKind(), NetError::Kind::RemoteClosed);
    QCOMPARE(client.closed.count(), 0);
}

void TestConnection::closeIsGraceful()
{
    FakeServer server;
    server.setImplicitTls(true);
    server.send("* OK hello\r\n").expect("a LOGOUT").expectDisconnect();
    QVERIFY(server.start());
    Client client;
    QObject::connect(&client.connection, &Connection::dataReceived, &client.connection, [&client] {
        client.connection.send(OutgoingData::command("a LOGOUT\r\n"));
        client.connection.close();
    });
    client.connectTo(server, trustingTestCa(SecurityMode::ImplicitTls));
    QTRY_COMPARE_WITH_TIMEOUT(client.closed.count(), 1, wait);
    QTRY_VERIFY_WITH_TIMEOUT(server.isFinished() || !server.failure().isEmpty(), wait);
    QCOMPARE(server.failure(), QString());
    QCOMPARE(client.failed.count(), 0);
    QCOMPARE(client.connection.state(), Connection::State::Closed);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
