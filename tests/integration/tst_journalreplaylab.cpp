// Local actions replayed on the lab's real Dovecot: flags, a move (COPYUID gives the
// moved message its UID, and a flag set after the move finds it), a copy, a delete to
// Trash and then from Trash, a folder created and renamed. Each run works in folders of
// its own, filled and checked over a second session (LineClient), so the tests do not
// depend on the lab's sample mail or on each other.
#include "labenvironment.h"
#include "lineclient.h"

#include "services/actions/localactions.h"
#include "services/imap/imapjournalreplay.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Letterbox;
using Services::JournalReplaySummary;

namespace {

const QString s_user = QStringLiteral("carol");

/// The number after @p key in a line such as "a1 OK [APPENDUID 17 4] done".
quint32 numberAfter(const QByteArray &line, const QByteArray &key, int skip = 0)
{
    const qsizetype at = line.indexOf(key);
    if (at < 0) {
        return 0;
    }
    const QList<QByteArray> words = line.mid(at + key.size()).trimmed().split(' ');
    return words.size() > skip ? words.at(skip).chopped(words.at(skip).endsWith(']') ? 1 : 0).toUInt() : 0;
}

} // namespace

class TestJournalReplayLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void replaysFlagsMoveCopyDeleteAndFolders();
    void deleteInTrashExpungesOnTheServer();

private:
    /// A second session, logged in as the test user.
    std::unique_ptr<LineClient> session();
    QByteArray command(LineClient &client, const QByteArray &command);
    /// APPENDs a message to @p folder over a second session; returns its UID (and the
    /// folder's UIDVALIDITY in @p uidValidity).
    quint32 appendMessage(const QString &folder, const QString &messageId, quint32 *uidValidity);
    /// The server's FLAGS of @p messageId in @p folder, with its UID; empty when it is not there.
    std::optional<std::pair<quint32, QByteArray>> find(const QString &folder, const QString &messageId);
    QList<QByteArray> listFolders();
    JournalReplaySummary replay();
    qint64 addServerFolder(const QString &path, quint32 uidValidity);
    qint64 addMessage(qint64 folder, quint32 uid, const QString &messageId);

    LabEnvironment m_lab;
    QTemporaryDir m_directory;
    std::unique_ptr<Store::Database> m_database;
    QString m_prefix; ///< this run's folders start with it
    int m_tag = 0;
};

void TestJournalReplayLab::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    m_database = std::make_unique<Store::Database>(m_directory.path());
    QVERIFY(m_database->open().ok());
    m_prefix = QStringLiteral("Replay") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    Store::NewFolder inbox;
    inbox.path = QStringLiteral("INBOX");
    inbox.delimiter = QStringLiteral(".");
    inbox.role = Store::SpecialUse::Inbox;
    QVERIFY(Store::FolderStore(*m_database).create(inbox).ok());
}

void TestJournalReplayLab::cleanupTestCase()
{
    std::unique_ptr<LineClient> client = session();
    for (const QByteArray &folder : listFolders()) {
        if (folder.startsWith(m_prefix.toUtf8())) {
            command(*client, "DELETE \"" + folder + '"');
        }
    }
    command(*client, "LOGOUT");
}

std::unique_ptr<LineClient> TestJournalReplayLab::session()
{
    auto client = std::make_unique<LineClient>(m_lab.caCertificates());
    if (!client->connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        qWarning("second session: %s", qPrintable(client->errorString()));
        return client;
    }
    client->readLine();
    command(*client, "LOGIN " + s_user.toUtf8() + " \"" + m_lab.password(s_user).toUtf8() + '"');
    return client;
}

QByteArray TestJournalReplayLab::command(LineClient &client, const QByteArray &command)
{
    const QByteArray tag = 't' + QByteArray::number(++m_tag);
    const QList<QByteArray> lines = client.imapCommand(tag, command);
    QByteArray all;
    for (const QByteArray &line : lines) {
        all += line + '\n';
    }
    return all;
}

quint32 TestJournalReplayLab::appendMessage(const QString &folder, const QString &messageId, quint32 *uidValidity)
{
    std::unique_ptr<LineClient> client = session();
    command(*client, "CREATE \"" + folder.toUtf8() + '"'); // NO when it exists: fine
    const QByteArray message = "From: Alice <alice@" + m_lab.domain.toUtf8() + ">\r\nTo: " + s_user.toUtf8() + "@"
        + m_lab.domain.toUtf8() + "\r\nSubject: replay " + messageId.toUtf8() + "\r\nMessage-ID: " + messageId.toUtf8()
        + "\r\n\r\nA message for the journal replay test.\r\n";
    const QByteArray tag = 'a' + QByteArray::number(++m_tag);
    client->writeLine(tag + " APPEND \"" + folder.toUtf8() + "\" {" + QByteArray::number(message.size()) + "+}");
    client->writeLine(message);
    const QList<QByteArray> reply
        = client->readUntil([&tag](const QByteArray &line) { return line.startsWith(QByteArray(tag + ' ')); });
    command(*client, "LOGOUT");
    const QByteArray last = reply.isEmpty() ? QByteArray() : reply.last();
    if (uidValidity) {
        *uidValidity = numberAfter(last, "[APPENDUID ");
    }
    return numberAfter(last, "[APPENDUID ", 1);
}

std::optional<std::pair<quint32, QByteArray>> TestJournalReplayLab::find(
    const QString &folder, const QString &messageId)
{
    std::unique_ptr<LineClient> client = session();
    const QByteArray selected = command(*client, "SELECT \"" + folder.toUtf8() + '"');
    if (!selected.contains(" OK ")) {
        return std::nullopt;
    }
    const QByteArray search = command(*client, "UID SEARCH HEADER Message-ID \"" + messageId.toUtf8() + '"');
    const QRegularExpressionMatch found
        = QRegularExpression(QStringLiteral("\\* SEARCH (\\d+)")).match(QString::fromUtf8(search));
    if (!found.hasMatch()) {
        command(*client, "LOGOUT");
        return std::nullopt;
    }
    const QByteArray uid = found.captured(1).toUtf8();
    const QByteArray fetched = command(*client, "UID FETCH " + uid + " (FLAGS)");
    command(*client, "LOGOUT");
    const qsizetype open = fetched.indexOf("FLAGS (");
    const qsizetype close = fetched.indexOf(')', open);
    return std::pair<quint32, QByteArray> {
        uid.toUInt(), open < 0 ? QByteArray() : fetched.mid(open + 7, close - open - 7)};
}

QList<QByteArray> TestJournalReplayLab::listFolders()
{
    std::unique_ptr<LineClient> client = session();
    QList<QByteArray> folders;
    for (const QByteArray &line : command(*client, "LIST \"\" \"*\"").split('\n')) {
        if (line.startsWith("* LIST ")) {
            QByteArray name = line.mid(line.lastIndexOf(' ') + 1);
            if (name.startsWith('"')) {
                name = name.mid(1, name.size() - 2);
            }
            folders.append(name);
        }
    }
    command(*client, "LOGOUT");
    return folders;
}

JournalReplaySummary TestJournalReplayLab::replay()
{
    Services::ImapServerSettings settings;
    settings.accountName = QStringLiteral("lab");
    settings.endpoint = {m_lab.host, m_lab.port(QStringLiteral("imap"))};
    QString error;
    settings.tls.addCaFile(m_lab.caFile, &error);
    settings.session.security = Imap::ImapSecurity::StartTls;
    settings.session.credentials = Imap::ImapCredentials {s_user, m_lab.password(s_user), {}};
    Services::ImapJournalReplay replay(*m_database);
    replay.setSettings(settings);
    QSignalSpy finished(&replay, &Services::ImapJournalReplay::finished);
    if (!replay.replay() || (finished.isEmpty() && !finished.wait(30000))) {
        return {-1, -1, -1, {}, {QStringLiteral("no finished()")}};
    }
    return finished.first().first().value<JournalReplaySummary>();
}

qint64 TestJournalReplayLab::addServerFolder(const QString &path, quint32 uidValidity)
{
    Store::NewFolder folder;
    folder.path = path;
    folder.delimiter = QStringLiteral(".");
    folder.uidValidity = uidValidity;
    return Store::FolderStore(*m_database).create(folder).value();
}

qint64 TestJournalReplayLab::addMessage(qint64 folder, quint32 uid, const QString &messageId)
{
    Store::NewMessage message;
    message.uid = uid;
    message.messageId = messageId;
    message.subject = QStringLiteral("replay ") + messageId;
    message.internalDate = QDateTime::currentDateTimeUtc();
    return Store::MessageStore(*m_database).insert(folder, {message}).value().first();
}

void TestJournalReplayLab::replaysFlagsMoveCopyDeleteAndFolders()
{
    const QString source = m_prefix + QStringLiteral("Source");
    const QString target = m_prefix + QStringLiteral("Target");
    const QString trash = m_prefix + QStringLiteral("Trash");
    QStringList messageIds;
    QList<quint32> uids;
    quint32 sourceValidity = 0;
    for (int i = 0; i < 5; ++i) {
        messageIds.append(QStringLiteral("<replay-%1-%2@letterbox.test>").arg(m_prefix).arg(i));
        uids.append(appendMessage(source, messageIds.last(), &sourceValidity));
        QVERIFY(uids.last() != 0);
    }
    quint32 targetValidity = 0;
    quint32 trashValidity = 0;
    appendMessage(target, QStringLiteral("<filler-t-%1@letterbox.test>").arg(m_prefix), &targetValidity);
    appendMessage(trash, QStringLiteral("<filler-r-%1@letterbox.test>").arg(m_prefix), &trashValidity);

    // The cache as a header sync would have left it.
    const qint64 sourceId = addServerFolder(source, sourceValidity);
    const qint64 targetId = addServerFolder(target, targetValidity);
    const qint64 trashId = addServerFolder(trash, trashValidity);
    QVERIFY(Store::FolderStore(*m_database).setRole(trashId, Store::SpecialUse::Trash).ok());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(addMessage(sourceId, uids.at(i), messageIds.at(i)));
    }

    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.markRead({ids.at(0)}).ok());
    QVERIFY(actions.flag({ids.at(1)}).ok());
    QVERIFY(actions.setKeyword({ids.at(1)}, QStringLiteral("$label2"), true).ok()); // the "Work" tag
    QVERIFY(actions.move({ids.at(2)}, targetId).ok());
    QVERIFY(actions.flag({ids.at(2)}).ok()); // after the move: its UID comes from COPYUID
    const auto copied = actions.copy({ids.at(3)}, targetId);
    QVERIFY(copied.ok());
    QVERIFY(actions.deleteMessages({ids.at(4)}).ok());
    const auto created = actions.createFolder(m_prefix + QStringLiteral("New"));
    QVERIFY(created.ok());
    QVERIFY(actions.renameFolder(created.value().folderId, m_prefix + QStringLiteral("Renamed")).ok());
    QCOMPARE(Store::OfflineJournal(*m_database).pendingCount().value(), 9);

    const JournalReplaySummary summary = replay();
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(QLatin1Char('\n'))));
    QCOMPARE(summary.replayed, 9);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.waiting, 0);
    QCOMPARE(Store::OfflineJournal(*m_database).pendingCount().value(), 0);

    // What the server holds now, seen by another session.
    const auto read = find(source, messageIds.at(0));
    QVERIFY(read);
    QVERIFY2(read->second.contains("\\Seen"), read->second.constData());
    const auto flagged = find(source, messageIds.at(1));
    QVERIFY(flagged);
    QVERIFY2(flagged->second.contains("\\Flagged"), flagged->second.constData());
    QVERIFY2(flagged->second.contains("$label2"), flagged->second.constData());
    QVERIFY(!flagged->second.contains("\\Seen"));

    QVERIFY(!find(source, messageIds.at(2))); // moved: gone from the source
    const auto moved = find(target, messageIds.at(2));
    QVERIFY(moved);
    QVERIFY2(moved->second.contains("\\Flagged"), moved->second.constData());
    const auto movedRow = Store::MessageQuery(*m_database).record(ids.at(2)).value();
    QVERIFY(movedRow);
    QCOMPARE(movedRow->uid, std::optional<quint32>(moved->first)); // from COPYUID

    QVERIFY(find(source, messageIds.at(3))); // copied: still there, and in the target
    const auto copy = find(target, messageIds.at(3));
    QVERIFY(copy);
    QCOMPARE(Store::MessageQuery(*m_database).record(copied.value().ids.first()).value()->uid,
        std::optional<quint32>(copy->first));

    QVERIFY(!find(source, messageIds.at(4))); // deleted: in Trash
    const auto trashed = find(trash, messageIds.at(4));
    QVERIFY(trashed);
    QCOMPARE(Store::MessageQuery(*m_database).record(ids.at(4)).value()->uid, std::optional<quint32>(trashed->first));

    const QList<QByteArray> folders = listFolders();
    QVERIFY(folders.contains((m_prefix + QStringLiteral("Renamed")).toUtf8()));
    QVERIFY(!folders.contains((m_prefix + QStringLiteral("New")).toUtf8()));

    // Nothing left to do: a second replay opens no connection and changes nothing.
    const JournalReplaySummary again = replay();
    QCOMPARE(again.replayed, 0);
    QCOMPARE(again.waiting, 0);
}

void TestJournalReplayLab::deleteInTrashExpungesOnTheServer()
{
    const QString trash = m_prefix + QStringLiteral("Bin");
    const QString messageId = QStringLiteral("<replay-bin-%1@letterbox.test>").arg(m_prefix);
    quint32 validity = 0;
    const quint32 uid = appendMessage(trash, messageId, &validity);
    QVERIFY(uid != 0);
    const QString keep = QStringLiteral("<replay-keep-%1@letterbox.test>").arg(m_prefix);
    const quint32 keptUid = appendMessage(trash, keep, nullptr);
    // Another client marked this one \Deleted and has not expunged it: it must stay.
    {
        std::unique_ptr<LineClient> client = session();
        command(*client, "SELECT \"" + trash.toUtf8() + '"');
        command(*client, "UID STORE " + QByteArray::number(keptUid) + " +FLAGS.SILENT (\\Deleted)");
        command(*client, "LOGOUT");
    }
    const qint64 folder = addServerFolder(trash, validity);
    Store::Result<std::optional<Store::Folder>> oldTrash
        = Store::FolderStore(*m_database).findByRole(Store::SpecialUse::Trash);
    if (oldTrash.value()) {
        QVERIFY(Store::FolderStore(*m_database).setRole(oldTrash.value()->id, Store::SpecialUse::None).ok());
    }
    QVERIFY(Store::FolderStore(*m_database).setRole(folder, Store::SpecialUse::Trash).ok());
    const qint64 id = addMessage(folder, uid, messageId);

    const auto removed = Services::LocalActions(*m_database, true).deleteMessages({id});
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().removed, QList<qint64> {id});
    const JournalReplaySummary summary = replay();
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(QLatin1Char('\n'))));
    QCOMPARE(summary.replayed, 1);
    QVERIFY(!find(trash, messageId)); // UID EXPUNGE removed it
    const auto kept = find(trash, keep);
    QVERIFY(kept); // ... and only it
    QVERIFY(kept->second.contains("\\Deleted"));
}

QTEST_GUILESS_MAIN(TestJournalReplayLab)
#include "tst_journalreplaylab.moc"
