#pragma once

#include "store/folder.h"
#include "store/status.h"

#include <QList>

#include <optional>

namespace Letterbox::Store {

class Database;

/**
 * @short The folders of one account's cache: create, list, rename, remove, sync state.
 *
 * Counts (total, unread) are kept by triggers in the same transaction as the messages
 * they count, so list() never counts rows. Every change emits StoreNotifier::foldersChanged
 * after its commit. Removing a folder removes its messages and, after the commit, their
 * blobs.
 */
class FolderStore
{
public:
    explicit FolderStore(Database &database);

    /// Creates a folder; a path that exists already is an InvalidArgument error.
    Result<qint64> create(const NewFolder &folder);
    /// Special-use folders first (Inbox, Drafts, Sent, …), then by path.
    Result<QList<Folder>> list();
    Result<std::optional<Folder>> folder(qint64 id);
    Result<std::optional<Folder>> findByPath(const QString &path);
    Result<std::optional<Folder>> findByRole(SpecialUse role);

    /// Renames the folder and, as IMAP RENAME does (RFC 9051 section 6.3.6), its subfolders.
    Status rename(qint64 id, const QString &newPath);
    /// Removes the folder and its messages (subfolders stay, as with IMAP DELETE).
    Status remove(qint64 id);
    Status setSubscribed(qint64 id, bool subscribed);
    Status setRole(qint64 id, SpecialUse role);
    /// Records what the server said at SELECT/STATUS time. A different UIDVALIDITY must go
    /// through resetUidValidity() instead: the cached UIDs mean nothing any more.
    Status setSyncState(qint64 id, const FolderSyncState &state);
    /**
     * The server's UIDVALIDITY changed (RFC 4549 section 4.1): drops every cached message
     * of the folder (their blobs after the commit), stores the new UIDVALIDITY, and resets
     * UIDNEXT and HIGHESTMODSEQ so the next sync starts over. The offline journal is left
     * alone: its entries carry what the engine needs to re-resolve them. Returns the ids
     * that went.
     */
    Result<QList<qint64>> resetUidValidity(qint64 id, quint32 uidValidity);

private:
    Result<QList<Folder>> select(const QString &where, const QVariantList &values);
    /// One UPDATE of folder @p id in its own transaction; "no such folder" when it
    /// touched no row.
    Status updateFolder(qint64 id, const QString &sql, const QVariantList &values);

    Database &m_database;
};

} // namespace Letterbox::Store
