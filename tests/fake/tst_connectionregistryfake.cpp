// ConnectionRegistry over a real Net::Connection to a scripted POP3 server: the figures
// it reports are the connection's own counters and equal the transcript's own totals
// (what the comparison lab will rely on), a secret the sender did not mark is masked,
// a body is folded, and reading from another thread while the connection works is safe.
#include "fakeserver.h"
#include "protocol/common/outgoingdata.h"
#include "protocol/net/connection.h"
#include "services/inspect/connectionregistry.h"
#include "services/inspect/transcriptformat.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using Letterbox::Net::Connection;
using Letterbox::Net::Endpoint;
using Letterbox::Net::SecurityMode;
using Letterbox::Net::TlsPolicy;
using Letterbox::Protocol::OutgoingData;
using Letterbox::Services::ConnectionRegistry;
using Letterbox::Services::InspectedProtocol;
using Letterbox::Services::InspectedState;
using Letterbox::Services::TranscriptFormat;
using Letterbox::Services::TranscriptRow;

class TestConnectionRegistryFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresEqualTheTranscript();
    void failedConnectionIsReported();
};

void TestConnectionRegistryFake::figuresEqualTheTranscript()
{
    FakeServer server;
    server.send("+OK ready\r\n")
        .expect("USER bob")
        .send("+OK\r\n")
        .expect("PASS Sesame42")
        .send("+OK logged in\r\n")
        .expect("RETR 1")
        .send("+OK 31 octets\r\nSubject: hello\r\n\r\n..stuffed\r\n.\r\n")
        .expect("QUIT")
        .send("+OK bye\r\n")
        .close();
    QVERIFY(server.start());

    ConnectionRegistry registry;
    Connection connection;
    const quint64 id = registry.track(&connection, QStringLiteral("bob"), InspectedProtocol::Pop3);

    // A reader on another thread all along, as the window's GUI thread is for the engine's.
    std::atomic<bool> stop {false};
    std::atomic<qint64> reads {0};
    std::thread reader([&] {
        while (!stop.load()) {
            for (const auto &info : registry.connections()) {
                (void)registry.transcript(info.id);
            }
            ++reads;
        }
    });

    QSignalSpy received(&connection, &Connection::dataReceived);
    QSignalSpy closed(&connection, &Connection::closed);
    TlsPolicy policy;
    policy.mode = SecurityMode::None;
    policy.plaintextAllowed = true;
    connection.connectToServer(Endpoint {QStringLiteral("127.0.0.1"), server.port()}, policy);
    const auto exchange = [&](const QByteArray &command) {
        const qsizetype before = received.size();
        connection.send(OutgoingData::command(command));
        return QTest::qWaitFor([&] { return received.size() > before; }, 5000);
    };
    QVERIFY(received.wait(5000)); // the greeting
    QVERIFY(exchange("USER bob\r\n"));
    // Not marked as a secret, as a careless session would send it.
    QVERIFY(exchange("PASS Sesame42\r\n"));
    QVERIFY(exchange("RETR 1\r\n"));
    QTRY_VERIFY(received.constLast().constFirst().toByteArray().endsWith(".\r\n"));
    QVERIFY(exchange("QUIT\r\n"));
    connection.close();
    QTRY_COMPARE(closed.size(), 1);
    stop = true;
    reader.join();
    QVERIFY(reads.load() > 0);
    QCOMPARE(server.failure(), QString());

    const std::optional<Letterbox::Services::ConnectionInfo> info = registry.connection(id);
    QVERIFY(info);
    QCOMPARE(info->account, QStringLiteral("bob"));
    QCOMPARE(info->endpoint, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    QCOMPARE(info->state, InspectedState::Closed);
    QVERIFY(info->endedAt.isValid());
    QCOMPARE(info->bytesIn, connection.counters().bytesIn);
    QCOMPARE(info->bytesOut, connection.counters().bytesOut);
    QCOMPARE(info->roundTrips, connection.counters().roundTrips);
    QCOMPARE(info->roundTrips, 4);

    // The transcript's own totals are the same figures.
    qint64 serverBytes = 0;
    qint64 clientBytes = 0;
    bool folded = false;
    const QList<TranscriptRow> rows = registry.transcript(id);
    for (const TranscriptRow &row : rows) {
        (row.direction == TranscriptRow::Direction::Server ? serverBytes : clientBytes) += row.bytes;
        folded = folded || row.folded;
    }
    QCOMPARE(serverBytes, info->bytesIn);
    QCOMPARE(clientBytes, info->bytesOut);
    QVERIFY(folded);
    const QString text = TranscriptFormat::toText(*info, rows, true);
    QVERIFY(!text.contains(QStringLiteral("Sesame42")));
    QVERIFY(text.contains(QStringLiteral("PASS ***")));
    QVERIFY(text.contains(QStringLiteral("| ..stuffed")));
    QVERIFY(text.contains(QStringLiteral("RETR 1  \u2014 download message 1 in full")));
}

void TestConnectionRegistryFake::failedConnectionIsReported()
{
    FakeServer server;
    server.send("+OK ready\r\n").drop();
    QVERIFY(server.start());
    ConnectionRegistry registry;
    auto connection = std::make_unique<Connection>();
    const quint64 id = registry.track(connection.get(), QStringLiteral("bob"), InspectedProtocol::Pop3);
    QSignalSpy failed(connection.get(), &Connection::failed);
    TlsPolicy policy;
    policy.mode = SecurityMode::None;
    connection->connectToServer(Endpoint {QStringLiteral("127.0.0.1"), server.port()}, policy);
    QVERIFY(failed.wait(5000));
    std::optional<Letterbox::Services::ConnectionInfo> info = registry.connection(id);
    QCOMPARE(info->state, InspectedState::Failed);
    QVERIFY(info->error.contains(QString::number(server.port())));
    connection.reset(); // destroyed after failing: still failed, not closed
    info = registry.connection(id);
    QCOMPARE(info->state, InspectedState::Failed);
}

QTEST_GUILESS_MAIN(TestConnectionRegistryFake)
#include "tst_connectionregistryfake.moc"
