#pragma once

#include "store/status.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Letterbox::Store {

class Database;

/// One UIDL the POP3 server listed (RFC 1939 UIDL and LIST).
struct Pop3ServerMessage
{
    QByteArray uidl;
    qint64 size = 0;
};

struct Pop3LedgerEntry
{
    QByteArray uidl;
    QDateTime firstSeen; ///< when this account first saw it on the server ("delete after N days")
    qint64 size = 0;
    bool stored = false; ///< durably in the cache (blob fsync'd, row committed)
    bool deletedOnServer = false;
    QString messageId;
};

/**
 * @short POP3 seen-UIDLs: what the retention policy reads (services/pop3 leaveonserverpolicy).
 *
 * DESIGN.md principle 3: a message may be deleted from the server (DELE) only once it is
 * durably stored. markStored() makes that fact checkable: it accepts only a message row
 * that has this UIDL and a committed blob, and commits with Durability::Full — call it in
 * the same Durability::Full Transaction as MessageStore::insert(), so the row and the mark
 * reach the disk together before any DELE. UIDLs are kept as exact bytes and never used
 * as names (a hostile `../../x` is just a key).
 */
class Pop3Ledger
{
public:
    explicit Pop3Ledger(Database &database);

    /// Records the server's listing; UIDLs already known keep their first-seen time.
    Status recordSeen(const QList<Pop3ServerMessage> &messages, const QDateTime &now);
    /// @p uidl is durably stored as the row @p messageRowId (which must carry it and a blob).
    Status markStored(const QByteArray &uidl, qint64 messageRowId);
    /// The server confirmed DELE (after QUIT's +OK).
    Status markDeletedOnServer(const QList<QByteArray> &uidls);
    /// Forgets UIDLs the server no longer lists (deleted by another client).
    Status forget(const QList<QByteArray> &uidls);

    Result<std::optional<Pop3LedgerEntry>> entry(const QByteArray &uidl);
    Result<QList<Pop3LedgerEntry>> entries();
    /// Seen, not stored, not deleted: what the next RETR round must fetch (a resumed download).
    Result<QList<Pop3LedgerEntry>> notYetStored();
    /// Stored, not deleted on the server, and no row in any folder carries the UIDL any
    /// more: the person deleted it here (moving it to Trash keeps the row, so only
    /// removing it from there counts). What "delete from server when deleted locally" reads.
    Result<QList<Pop3LedgerEntry>> removedLocally();

private:
    Result<QList<Pop3LedgerEntry>> select(const QString &where, const QVariantList &values);

    Database &m_database;
};

} // namespace Letterbox::Store
