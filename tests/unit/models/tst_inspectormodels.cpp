// The protocol inspector's models over a real ConnectionRegistry, fed through real
// Net::Connection taps (no socket: the entries are recorded on the tap directly).
#include "models/connectionlistmodel.h"
#include "models/roles.h"
#include "models/transcriptmodel.h"
#include "protocol/common/outgoingdata.h"
#include "protocol/net/connection.h"
#include "services/inspect/connectionregistry.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

#include <memory>

using Letterbox::Models::ConnectionListModel;
using Letterbox::Models::TranscriptModel;
using Letterbox::Net::Connection;
using Letterbox::Protocol::OutgoingData;
using Letterbox::Services::ConnectionRegistry;
using Letterbox::Services::InspectedProtocol;

namespace Models = Letterbox::Models;

class TestInspectorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listFollowsTheRegistry();
    void listForgetsOldConnectionsWithoutReset();
    void transcriptIsLazy();
    void foldedRowsExpand();
    void transcriptFollowsALiveConnection();
    void transcriptKeepsAtMostItsMaximum();
    void unmarkedPasswordNeverReachesTheModel();

private:
    static void tester(QAbstractItemModel *model)
    {
        auto *tester
            = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
        tester->setUseFetchMore(false); // the lazy tests fetch on their own
    }

    std::unique_ptr<ConnectionRegistry> m_registry;
};

void TestInspectorModels::init()
{
    m_registry = std::make_unique<ConnectionRegistry>();
}

void TestInspectorModels::listFollowsTheRegistry()
{
    ConnectionListModel model(m_registry.get());
    tester(&model);
    QCOMPARE(model.rowCount(), 0);
    auto imap = std::make_unique<Connection>();
    auto smtp = std::make_unique<Connection>();
    const quint64 imapId = m_registry->track(imap.get(), QStringLiteral("work"), InspectedProtocol::Imap);
    m_registry->track(smtp.get(), QStringLiteral("home"), InspectedProtocol::Smtp);
    QCOMPARE(model.rowCount(), 0); // a snapshot until refresh()
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ConnectionListModel::AccountColumn).data().toString(), QStringLiteral("work"));
    QCOMPARE(model.index(0, ConnectionListModel::ProtocolColumn).data().toString(), QStringLiteral("IMAP"));
    QCOMPARE(model.index(1, ConnectionListModel::ProtocolColumn).data().toString(), QStringLiteral("SMTP"));
    QCOMPARE(model.index(0, 0).data(Models::ConnectionIdRole).value<quint64>(), imapId);
    QVERIFY(model.index(0, 0).data(Models::IsLiveRole).toBool());
    QCOMPARE(model.index(0, ConnectionListModel::SecurityColumn).data().toString(), QStringLiteral("not encrypted"));

    const QPersistentModelIndex smtpRow = model.index(1, 0);
    imap.reset(); // a connection destroyed has ended
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.index(0, 0).data(Models::IsLiveRole).toBool());
    QCOMPARE(model.index(0, ConnectionListModel::StateColumn).data().toString(), QStringLiteral("closed"));
    QCOMPARE(smtpRow.row(), 1);
    QCOMPARE(model.rowOf(imapId), 0);
}

void TestInspectorModels::listForgetsOldConnectionsWithoutReset()
{
    ConnectionRegistry::Limits limits;
    limits.finishedConnections = 1;
    m_registry->setLimits(limits);
    ConnectionListModel model(m_registry.get());
    tester(&model);
    auto first = std::make_unique<Connection>();
    auto second = std::make_unique<Connection>();
    auto live = std::make_unique<Connection>();
    m_registry->track(first.get(), QStringLiteral("a"), InspectedProtocol::Pop3);
    m_registry->track(second.get(), QStringLiteral("b"), InspectedProtocol::Pop3);
    const quint64 liveId = m_registry->track(live.get(), QStringLiteral("c"), InspectedProtocol::Imap);
    model.refresh();
    const QPersistentModelIndex liveRow = model.index(2, 0);
    int resets = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
    first.reset();
    second.reset(); // now two ended: the older one is forgotten
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b"));
    QCOMPARE(liveRow.row(), 1);
    QCOMPARE(liveRow.data(Models::ConnectionIdRole).value<quint64>(), liveId);
    QCOMPARE(resets, 0);
}

void TestInspectorModels::transcriptIsLazy()
{
    Connection connection;
    const quint64 id = m_registry->track(&connection, QStringLiteral("work"), InspectedProtocol::Pop3);
    for (int i = 1; i <= 25; ++i) {
        connection.transcript().recordClient(OutgoingData::command("DELE " + QByteArray::number(i) + "\r\n"));
    }
    TranscriptModel model(m_registry.get());
    model.setFetchSize(10);
    tester(&model);
    model.setConnection(id);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(24, TranscriptModel::TextColumn).data().toString(), QStringLiteral("DELE 25"));
    QCOMPARE(model.index(24, TranscriptModel::AnnotationColumn).data().toString(),
        QStringLiteral("delete message 25 from the server (done when the session ends)"));
    QCOMPARE(model.index(24, TranscriptModel::DirectionColumn).data().toString(), QStringLiteral("C:"));
    QCOMPARE(model.index(24, TranscriptModel::BytesColumn).data().toString(), QStringLiteral("9"));
}

void TestInspectorModels::foldedRowsExpand()
{
    Connection connection;
    const quint64 id = m_registry->track(&connection, QStringLiteral("work"), InspectedProtocol::Pop3);
    connection.transcript().recordClient(OutgoingData::command("RETR 1\r\n"));
    connection.transcript().recordServer("+OK 40 octets\r\nSubject: hello\r\n\r\nThe text.\r\n.\r\n");
    TranscriptModel model(m_registry.get());
    tester(&model);
    model.setConnection(id);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex folded = model.index(2, TranscriptModel::TextColumn);
    QVERIFY(folded.data(Models::IsFoldedRole).toBool());
    QVERIFY(folded.data().toString().startsWith(QStringLiteral("[message: ")));
    const QModelIndex parent = model.index(2, 0);
    QCOMPARE(model.rowCount(parent), 4); // Subject, empty, text, the terminating dot
    QCOMPARE(model.index(0, TranscriptModel::TextColumn, parent).data().toString(), QStringLiteral("Subject: hello"));
    QCOMPARE(model.parent(model.index(0, 0, parent)), parent);
    QVERIFY(model.lineText(model.index(0, 0, parent)).endsWith(QStringLiteral("| Subject: hello")));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    // Client and server lines are told apart by colour and by role.
    const QColor client = model.index(0, TranscriptModel::TextColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor server = model.index(1, TranscriptModel::TextColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(client.isValid() && server.isValid());
    QVERIFY(client != server);
    QCOMPARE(model.index(0, 0).data(Models::TranscriptDirectionRole).toInt(),
        int(Letterbox::Services::TranscriptRow::Direction::Client));
    QCOMPARE(model.index(1, 0).data(Models::TranscriptDirectionRole).toInt(),
        int(Letterbox::Services::TranscriptRow::Direction::Server));
}

void TestInspectorModels::transcriptFollowsALiveConnection()
{
    Connection connection;
    const quint64 id = m_registry->track(&connection, QStringLiteral("work"), InspectedProtocol::Pop3);
    connection.transcript().recordClient(OutgoingData::command("RETR 1\r\n"));
    connection.transcript().recordServer("+OK\r\nline one\r\n");
    TranscriptModel model(m_registry.get());
    tester(&model);
    model.setConnection(id);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);
    // The body goes on growing, then the next command comes: both show after refresh().
    connection.transcript().recordServer("line two\r\nline three\r\n.\r\n");
    connection.transcript().recordClient(OutgoingData::command("QUIT\r\n"));
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowCount(model.index(2, 0)), 4);
    QCOMPARE(model.index(3, TranscriptModel::TextColumn).data().toString(), QStringLiteral("QUIT"));
}

void TestInspectorModels::transcriptKeepsAtMostItsMaximum()
{
    Connection connection;
    const quint64 id = m_registry->track(&connection, QStringLiteral("work"), InspectedProtocol::Imap);
    TranscriptModel model(m_registry.get());
    model.setMaximumRows(5);
    tester(&model);
    model.setConnection(id);
    for (int i = 1; i <= 12; ++i) {
        connection.transcript().recordServer("* " + QByteArray::number(i) + " EXISTS\r\n");
        model.refresh();
    }
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, TranscriptModel::TextColumn).data().toString(), QStringLiteral("* 8 EXISTS"));
    QCOMPARE(model.index(4, TranscriptModel::TextColumn).data().toString(), QStringLiteral("* 12 EXISTS"));
}

void TestInspectorModels::unmarkedPasswordNeverReachesTheModel()
{
    Connection connection;
    const quint64 id = m_registry->track(&connection, QStringLiteral("work"), InspectedProtocol::Imap);
    // A command a session forgot to mark: the registry's redactor still masks it.
    connection.transcript().recordClient(OutgoingData::command("a1 LOGIN alice Sesame42\r\n"));
    TranscriptModel model(m_registry.get());
    model.setConnection(id);
    QCOMPARE(model.index(0, TranscriptModel::TextColumn).data().toString(), QStringLiteral("a1 LOGIN alice ***"));
    QCOMPARE(model.index(0, TranscriptModel::AnnotationColumn).data().toString(),
        QStringLiteral("log in as alice (password hidden)"));
}

QTEST_MAIN(TestInspectorModels)
#include "tst_inspectormodels.moc"
