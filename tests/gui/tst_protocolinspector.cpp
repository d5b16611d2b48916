// The protocol inspector window, offscreen, with a live IMAP connection to the lab
// (user alice, read only: EXAMINE and BODY.PEEK): listed with its figures, its transcript
// coloured, annotated, folded, filtered, copied and saved — and the lab's password
// nowhere in what the window shows, copies or saves.
#include "gui/inspector/protocolinspector.h"
#include "gui/mainwindow.h"
#include "guitesting.h"
#include "labenvironment.h"
#include "models/connectionlistmodel.h"
#include "models/roles.h"
#include "models/transcriptmodel.h"
#include "services/imap/imapclient.h"
#include "services/imap/imapserversettings.h"
#include "services/inspect/connectionregistry.h"
#include "services/session/mailsession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using Letterbox::Gui::ProtocolInspector;
using Letterbox::Models::ConnectionListModel;
using Letterbox::Models::TranscriptModel;
using Letterbox::Services::ConnectionRegistry;
using Letterbox::Services::ImapClient;

namespace Models = Letterbox::Models;
namespace Imap = Letterbox::Imap;

namespace {

const QString s_user = QStringLiteral("alice");

/// Every text @p model shows, at every depth and column.
QString everything(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QString text;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            text += index.data().toString() + QLatin1Char('\t') + index.data(Qt::ToolTipRole).toString()
                + QLatin1Char('\n');
        }
        text += everything(model, model->index(row, 0, parent));
    }
    return text;
}

} // namespace

class TestProtocolInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void liveConnectionIsListed();
    void transcriptShowsTheSession();
    void foldedBodyExpands();
    void filterCopyAndSave();
    void closedConnectionStaysListed();
    void viewMenuOpensIt();
    void findAndClearEnded();

private:
    void verifyNoPassword(const QString &text) const;
    /// Runs one command on the live client; true once the server answered it.
    bool run(Imap::ImapCommandBuilder builder);

    LabEnvironment m_lab;
    std::unique_ptr<ImapClient> m_client;
    std::unique_ptr<ProtocolInspector> m_window;
    quint64 m_connection = 0;
    quint64 m_token = 0;
};

void TestProtocolInspector::verifyNoPassword(const QString &text) const
{
    const QByteArray password = m_lab.password(s_user).toUtf8();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QString::fromUtf8(password)), "the password is shown");
    QVERIFY2(!text.contains(QString::fromLatin1(QByteArray('\0' + s_user.toUtf8() + '\0' + password).toBase64())),
        "the PLAIN response is shown");
}

bool TestProtocolInspector::run(Imap::ImapCommandBuilder builder)
{
    QSignalSpy finished(m_client.get(), &ImapClient::commandFinished);
    m_client->submit(std::move(builder), ++m_token);
    return finished.wait(15000) && finished.constFirst().at(1).toBool();
}

void TestProtocolInspector::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;

    Letterbox::Services::ImapServerSettings settings;
    settings.endpoint = {m_lab.host, m_lab.port(QStringLiteral("imaps"))};
    QVERIFY(settings.tls.addCaFile(m_lab.caFile, &error));
    settings.session.security = Imap::ImapSecurity::ImplicitTls;
    settings.session.credentials = Imap::ImapCredentials {s_user, m_lab.password(s_user), {}};

    const quint64 before = ConnectionRegistry::instance()->lastId();
    m_client = std::make_unique<ImapClient>();
    m_client->setAccountName(QStringLiteral("Lab"));
    QSignalSpy ready(m_client.get(), &ImapClient::ready);
    m_client->start(settings.endpoint, settings.tls, settings.session, settings.timeouts);
    QVERIFY(ready.wait(15000));
    QCOMPARE(ConnectionRegistry::instance()->lastId(), before + 1);
    m_connection = ConnectionRegistry::instance()->lastId();

    m_window = std::make_unique<ProtocolInspector>(ConnectionRegistry::instance());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProtocolInspector::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
}

void TestProtocolInspector::liveConnectionIsListed()
{
    ConnectionListModel *list = m_window->connectionModel();
    const int row = list->rowOf(m_connection);
    QVERIFY(row >= 0);
    // Nothing was chosen: the window shows the newest connection, this one.
    QCOMPARE(m_window->selectedConnection(), m_connection);
    QCOMPARE(list->index(row, ConnectionListModel::AccountColumn).data().toString(), QStringLiteral("Lab"));
    QCOMPARE(list->index(row, ConnectionListModel::ProtocolColumn).data().toString(), QStringLiteral("IMAP"));
    QCOMPARE(list->index(row, ConnectionListModel::ServerColumn).data().toString(),
        QStringLiteral("%1:%2").arg(m_lab.host).arg(m_lab.port(QStringLiteral("imaps"))));
    QVERIFY(
        list->index(row, ConnectionListModel::SecurityColumn).data().toString().startsWith(QStringLiteral("TLS 1.")));
    QCOMPARE(list->index(row, ConnectionListModel::StateColumn).data().toString(), QStringLiteral("open"));
    QVERIFY(list->index(row, 0).data(Models::IsLiveRole).toBool());
    QVERIFY(list->index(row, ConnectionListModel::BytesInColumn).data().toString() != QStringLiteral("0"));
    QVERIFY(list->index(row, ConnectionListModel::RoundTripsColumn).data().toString() != QStringLiteral("0"));
    // The figures grow as the connection works, and the window follows by itself.
    const QString before = list->index(row, ConnectionListModel::BytesOutColumn).data().toString();
    QVERIFY(run([](Imap::ImapEncoder &encoder) { return encoder.noop(); }));
    QTRY_VERIFY(list->index(row, ConnectionListModel::BytesOutColumn).data().toString() != before);
}

void TestProtocolInspector::transcriptShowsTheSession()
{
    QVERIFY(run([](Imap::ImapEncoder &encoder) { return encoder.examine(QStringLiteral("INBOX")); }));
    TranscriptModel *transcript = m_window->transcriptModel();
    QTRY_VERIFY(everything(transcript).contains(QStringLiteral("EXAMINE INBOX")));
    const QString text = everything(transcript);
    verifyNoPassword(text);
    QVERIFY(text.contains(QStringLiteral("open the folder INBOX read-only")));
    QVERIFY(text.contains(QStringLiteral("* OK")));
    // The login is there, its answer shown as ***.
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("^\\S+ (AUTHENTICATE|LOGIN) "), QRegularExpression::MultilineOption)));
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral("^log in (with|as) .*\\(password hidden\\)"), QRegularExpression::MultilineOption)));
    // Client and server lines are told apart by colour.
    QColor client;
    QColor server;
    for (int row = 0; row < transcript->rowCount(); ++row) {
        const QModelIndex index = transcript->index(row, TranscriptModel::TextColumn);
        const auto direction
            = Letterbox::Services::TranscriptRow::Direction(index.data(Models::TranscriptDirectionRole).toInt());
        const QColor colour = index.data(Qt::ForegroundRole).value<QColor>();
        if (direction == Letterbox::Services::TranscriptRow::Direction::Client) {
            QVERIFY(!client.isValid() || client == colour);
            client = colour;
        } else if (direction == Letterbox::Services::TranscriptRow::Direction::Server) {
            QVERIFY(!server.isValid() || server == colour);
            server = colour;
        }
    }
    QVERIFY(client.isValid() && server.isValid());
    QVERIFY(client != server);
}

void TestProtocolInspector::foldedBodyExpands()
{
    Imap::ImapFetchRequest request;
    request.sections.append({QByteArray(), true, false, {}});
    QVERIFY(run([request](Imap::ImapEncoder &encoder) {
        return encoder.uidFetch(Imap::ImapSequenceSet::range(1, 1), request);
    }));
    TranscriptModel *transcript = m_window->transcriptModel();
    int folded = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < transcript->rowCount(); ++row) {
            if (transcript->index(row, 0).data(Models::IsFoldedRole).toBool()) {
                folded = row;
                return true;
            }
        }
        return false;
    }());
    const QModelIndex foldedIndex = transcript->index(folded, TranscriptModel::TextColumn);
    QVERIFY(foldedIndex.data().toString().startsWith(QStringLiteral("[literal: ")));
    QVERIFY(transcript->rowCount(transcript->index(folded, 0)) > 3);
    // The view expands it to the message's lines.
    QTreeView *view = m_window->transcriptView();
    const QModelIndex shown
        = static_cast<QSortFilterProxyModel *>(view->model())->mapFromSource(transcript->index(folded, 0));
    QVERIFY(!view->isExpanded(shown));
    view->expand(shown);
    QVERIFY(view->isExpanded(shown));
    QVERIFY(everything(transcript, transcript->index(folded, 0)).contains(QStringLiteral("Subject: ")));
}

void TestProtocolInspector::filterCopyAndSave()
{
    m_window->setFilterText(QStringLiteral("examine inbox"));
    QTreeView *view = m_window->transcriptView();
    QCOMPARE(view->model()->rowCount(), 1); // only that line, whatever its case
    view->clearSelection();
    const QString copied = m_window->copyText();
    QVERIFY(copied.contains(QStringLiteral(" C: ")));
    QVERIFY(copied.contains(QStringLiteral("EXAMINE INBOX")));
    QCOMPARE(copied.count(QLatin1Char('\n')), 1);
    m_window->setFilterText(QString());
    QVERIFY(view->model()->rowCount() > 5);

    // Ctrl+C on the transcript copies the selected lines.
    view->setFocus();
    view->selectionModel()->select(
        view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    QTRY_COMPARE(QApplication::clipboard()->text(), m_window->copyText());
    QCOMPARE(m_window->copyText().count(QLatin1Char('\n')), 1);

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("transcript.txt"));
    QString error;
    QVERIFY2(m_window->saveTranscript(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    verifyNoPassword(saved);
    QVERIFY(saved.startsWith(QStringLiteral("Connection %1: IMAP for Lab").arg(m_connection)));
    QVERIFY(saved.contains(QStringLiteral("EXAMINE INBOX")));
    QVERIFY(saved.contains(QStringLiteral("| Subject: "))); // folded lines written out
}

void TestProtocolInspector::closedConnectionStaysListed()
{
    QSignalSpy finished(m_client.get(), &ImapClient::finished);
    m_client->logout();
    QVERIFY(finished.wait(15000));
    ConnectionListModel *list = m_window->connectionModel();
    const int row = list->rowOf(m_connection);
    QTRY_COMPARE(list->index(row, ConnectionListModel::StateColumn).data().toString(), QStringLiteral("closed"));
    QVERIFY(!list->index(row, 0).data(Models::IsLiveRole).toBool());
    QTRY_VERIFY(everything(m_window->transcriptModel()).contains(QStringLiteral("LOGOUT")));
    verifyNoPassword(everything(m_window->transcriptModel()));
    verifyNoPassword(everything(list));
}

void TestProtocolInspector::viewMenuOpensIt()
{
    GuiTesting::TestProfile profile;
    profile.addAccount(QStringLiteral("Home"), Letterbox::Accounts::IncomingProtocol::Imap, 3);
    Letterbox::Services::MailSession session;
    session.setOffline(true);
    QStringList errors;
    session.open(profile.profile(), Letterbox::Services::MailSessionOptions::manualOnly(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
    Letterbox::Gui::MainWindow window(&session, profile.profile().configDirectory());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("protocolInspectorAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QVERIFY(!window.protocolInspector());
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.protocolInspector());
    QTRY_VERIFY(window.protocolInspector()->isVisible());
    // The registry is the process's: the lab connection made above is listed there too.
    QVERIFY(window.protocolInspector()->connectionModel()->rowOf(m_connection) >= 0);
}

void TestProtocolInspector::findAndClearEnded()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->transcriptView()->setFocus();
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("transcriptFilter"));
    QVERIFY(filter);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(filter->hasFocus());

    QCOMPARE(m_window->selectedConnection(), m_connection);
    auto *clear = m_window->findChild<QPushButton *>(QStringLiteral("clearEndedButton"));
    QVERIFY(clear);
    clear->click();
    QCOMPARE(m_window->connectionModel()->rowOf(m_connection), -1);
    QCOMPARE(m_window->selectedConnection(), quint64(0));
    QCOMPARE(m_window->transcriptModel()->rowCount(), 0);
}

QTEST_MAIN(TestProtocolInspector)
#include "tst_protocolinspector.moc"
