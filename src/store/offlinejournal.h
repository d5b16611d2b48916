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

/**
 * A local change to journal. What each kind carries (Services::LocalActions writes them,
 * Services::ImapJournalReplay reads them; keep the two in step with this table):
 *
 * | kind | folderPath | uids | args |
 * | --- | --- | --- | --- |
 * | Flag, Unflag | the folder of the messages | see below | `{"flags": ["\\Seen"], ` + messages |
 * | Move | the source folder | see below | `{"target": path, "targetFolderId": id, ` + messages |
 * | Copy | the source folder | see below | as Move, + `"copyIds": [row ids of the copies]` |
 * | Delete | the folder | see below | messages (replayed as +\\Deleted, then UID EXPUNGE) |
 * | CreateFolder | the new folder's path | [] | `{}` |
 * | RenameFolder | the old path | [] | `{"newPath": path}` |
 * | DeleteFolder | the path | [] | `{}` |
 * | Append | the target folder | [] | `{"flags": [...], "messageId": "<…>"}`, `"role": "sent"` for a Sent copy; blobKey
 * |
 *
 * "messages" is `"ids": [row ids], "messageIds": ["<a@b>", ""…], "uidValidity": n}`: the
 * rows the change is about (still their ids after a local move), their Message-IDs (""
 * when they have none) and the folder's UIDVALIDITY when the change was made. `uids` is
 * parallel to `ids`: uids[i] is the UID of ids[i] in folderPath, or 0 while it is not
 * known — the message got there by a local move or copy whose replay has not yet
 * reported the server's UID (RFC 4315 COPYUID). The replay fills those in later entries
 * (updateUids) as earlier ones report them, so the journal order resolves them; what is
 * still 0 when its turn comes, or every UID after a UIDVALIDITY change, is found again
 * by Message-ID on the server.
 */
struct NewJournalEntry
{
    JournalKind kind = JournalKind::Flag;
    qint64 folderId = 0; ///< 0 when there is none (create-folder)
    QString folderPath; ///< the server name of the folder now, as the replay must address it
    QList<quint32> uids; ///< parallel to args "ids"; 0 = not known yet (see above)
    QJsonObject args; ///< kind-specific (see the table above)
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
    /// Replaces an entry's uids (still parallel to its "ids"): UIDs an earlier replayed
    /// move reported, or found again by Message-ID after a UIDVALIDITY change.
    Status updateUids(qint64 id, const QList<quint32> &uids);

private:
    Result<QList<JournalEntry>> select(const QString &where);
    Status setState(qint64 id, JournalState state, const QString &error, bool countAttempt);

    Database &m_database;
};

} // namespace Letterbox::Store
