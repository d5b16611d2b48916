#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QList>

#include <optional>

namespace Letterbox::Store {

class Database;

/// A message's flags as the server reports them (FETCH FLAGS, with MODSEQ under CONDSTORE).
struct FlagUpdate
{
    quint32 uid = 0;
    MessageFlags flags;
    QStringList keywords;
    qint64 modSeq = 0;
};

/**
 * @short Writes message rows: batched inserts, flags, removes, moves and copies.
 *
 * Every call is one transaction (or joins the caller's), with prepared statements from the
 * Database's cache, so a batch of thousands of rows is all-or-nothing and costs one commit.
 * A row that points to a blob is accepted only if the blob is already committed on disk:
 * the durability order of DESIGN.md principle 3 is enforced here, not just hoped for.
 * Removing a row removes its blob after the commit. Each call announces what it changed on
 * the StoreNotifier once committed.
 *
 * Messages are addressed by row id (what the window holds) or by (folder, UID) under the
 * folder's current UIDVALIDITY (what the IMAP engine holds); the store never uses message
 * sequence numbers.
 */
class MessageStore
{
public:
    explicit MessageStore(Database &database);

    /**
     * Inserts @p messages into @p folderId in one transaction and threads them. A message
     * whose (UIDVALIDITY, UID) or UIDL is already in the folder is not inserted again (an
     * interrupted sync that restarts is harmless); its existing id is returned in its place.
     * In a local folder a message without a UID gets the next local one.
     * Returns the ids in the order of @p messages.
     */
    Result<QList<qint64>> insert(qint64 folderId, const QList<NewMessage> &messages);

    /// Stores the server's flags for UIDs of @p folderId; returns the ids that changed.
    Result<QList<qint64>> applyServerFlags(qint64 folderId, const QList<FlagUpdate> &updates);
    /// Sets @p add and clears @p remove on messages by id; returns the ids that changed.
    Result<QList<qint64>> changeFlags(const QList<qint64> &ids, MessageFlags add, MessageFlags remove);
    /// The same, by (folder, UID).
    Result<QList<qint64>> changeFlags(
        qint64 folderId, const QList<quint32> &uids, MessageFlags add, MessageFlags remove);
    /// Adds and removes keywords (tags such as `$label1`); returns the ids that changed.
    Result<QList<qint64>> changeKeywords(const QList<qint64> &ids, const QStringList &add, const QStringList &remove);

    /// Removes messages (and, after the commit, their blobs); returns the ids removed.
    Result<QList<qint64>> remove(const QList<qint64> &ids);
    /// Removes by (folder, UID): EXPUNGE and VANISHED.
    Result<QList<qint64>> removeByUid(qint64 folderId, const QList<quint32> &uids);

    /**
     * Moves rows to @p targetFolderId, keeping their ids. In a local folder they get new
     * local UIDs; in an IMAP folder their UID is unknown (empty) until the replayed MOVE
     * reports it (RFC 4315 COPYUID) and assignUid() records it.
     */
    Status move(const QList<qint64> &ids, qint64 targetFolderId);
    /// Copies rows (new ids, their own blob keys) into @p targetFolderId; returns the new ids.
    Result<QList<qint64>> copy(const QList<qint64> &ids, qint64 targetFolderId);
    /// Records the server's UID for a row that a move or an append put there.
    Status assignUid(qint64 id, quint32 uid);
    /**
     * An IMAP header sync found row @p id (in a local-only folder, downloaded under POP3)
     * on the server: the row moves into @p folderId with the server's UID, flags and
     * MODSEQ, keeping its id, body, blob and UIDL, so nothing is downloaded again.
     */
    Status adopt(qint64 id, qint64 folderId, const FlagUpdate &server);
    /// Gives row @p id the POP3 UIDL @p uidl (a message POP3 found already cached).
    Status assignUidl(qint64 id, const QByteArray &uidl);

    /// The UIDs cached for @p folderId under its current UIDVALIDITY, ascending.
    Result<QList<quint32>> uids(qint64 folderId);
    Result<std::optional<qint64>> idForUid(qint64 folderId, quint32 uid);
    Result<std::optional<qint64>> idForUidl(qint64 folderId, const QByteArray &uidl);
    /// Every row (any folder) whose Message-ID is @p messageId, through the threading index.
    Result<QList<qint64>> idsForMessageId(const QString &messageId);

private:
    struct Target;
    Result<Target> target(qint64 folderId);
    Result<QList<qint64>> updateFlags(
        const QString &where, const QVariantList &whereValues, MessageFlags add, MessageFlags remove);
    Result<QList<qint64>> idsForUids(qint64 folderId, const QList<quint32> &uids);
    /// One column of row @p id (a fixed name from this class, never input).
    Status setColumn(const QString &column, const QVariant &value, qint64 id);

    Database &m_database;
};

} // namespace Letterbox::Store
