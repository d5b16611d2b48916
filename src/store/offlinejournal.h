#pragma once

#include "store/status.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Letterbox::Store {

class Database;

/// What a journaled local change does on the server.
enum class JournalKind { Flag, Unflag, Move, Copy, Delete, CreateFolder, RenameFolder, DeleteFolder, Append };

enum class JournalState {
    Pending, ///< not yet tried
    Replaying, ///< being replayed, or was when the program stopped (replay again: idempotent)
    Failed, ///< the server refused it; kept for the person to see, skipped by next()
};

/// A local change to journal.
struct NewJournalEntry
{
    JournalKind kind = JournalKind::Flag;
    qint64 folderId = 0; ///< 0 when there is none (create-folder)
    QString folderPath; ///< the server name of the folder now, as the replay must address it
    QList<quint32> uids;
    /// Kind-specific: {"flags": ["\\Seen"]}, {"target": "Archive"}, {"newPath": …}, and
    /// whatever lets the engine re-resolve the change after a UIDVALIDITY change (e.g.
    /// {"messageIds": […]}).
    QJsonObject args;
    QString blobKey; ///< append: the message to upload, committed by BlobStore first
};

struct JournalEntry
{
    qint64 id = 0;
    qint64 seq = 0;
    JournalKind kind = JournalKind::Flag;
    qint64 folderId = 0;
    QString folderPath;
    QList<quint32> uids;
    QJsonObject args;
    QString blobKey;
    QDateTime created;
    JournalState state = JournalState::Pending;
    int attempts = 0;
    QString lastError;
};

/**
 * @short Local changes made offline (or not yet confirmed), replayed in order (RFC 4549).
 *
 * DESIGN.md principle 3: local changes are journaled before they are shown. Append the
 * entry inside the same Transaction as the local change (MessageStore::changeFlags, move…)
 * so both commit or neither does. Entries replay in `seq` order; each names its folder by
 * the server path it had when the change was made, because earlier entries replay before
 * a later rename does. A replayed entry is complete()d (removed, with its blob); one the
 * server refuses is markFailed() and no longer blocks the queue.
 */
class OfflineJournal
{
public:
    explicit OfflineJournal(Database &database);

    Result<qint64> append(const NewJournalEntry &entry);
    /// Pending and replaying entries in replay order.
    Result<QList<JournalEntry>> pending();
    /// Failed entries, oldest first.
    Result<QList<JournalEntry>> failed();
    /// The first entry to replay, if any.
    Result<std::optional<JournalEntry>> next();
    Result<qint64> pendingCount();

    /// pending → replaying; counts an attempt.
    Status markReplaying(qint64 id);
    /// The server has it: the entry goes (its blob after the commit).
    Status complete(qint64 id);
    /// The server refused it for good.
    Status markFailed(qint64 id, const QString &error);
    /// failed or replaying → pending.
    Status retry(qint64 id);
    /// After a UIDVALIDITY change the engine re-resolves an entry's messages.
    Status updateUids(qint64 id, const QList<quint32> &uids);

private:
    Result<QList<JournalEntry>> select(const QString &where);
    Status setState(qint64 id, JournalState state, const QString &error, bool countAttempt);

    Database &m_database;
};

} // namespace Letterbox::Store
