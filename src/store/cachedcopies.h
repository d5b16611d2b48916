#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QList>
#include <QString>

namespace Letterbox::Store {

class Database;

/// A message row that an engine of the other protocol may take over instead of
/// downloading the message again (docs/ARCHITECTURE.md "Switching between POP3 and IMAP").
struct CachedCopy
{
    qint64 id = 0;
    qint64 folderId = 0;
    QString messageId; ///< normalized (SqlValues::normalizeMessageId), never empty here
    qint64 size = 0; ///< RFC822.SIZE or the POP3 download's size
    BodyState bodyState = BodyState::None;
    MessageFlags flags; ///< what the person did here (read, flagged, answered)
};

/**
 * @short Finds the rows a protocol switch can reuse: the look-ups behind "do not download
 * twice what the cache already holds". Read-only; the matching rule itself is
 * Services::MessageIdentity, and the take-over MessageStore::adopt()/assignUidl().
 *
 * Rows without a Message-ID are never offered: nothing else that both protocols see
 * before the body is downloaded tells two messages apart reliably.
 */
class CachedCopies
{
public:
    explicit CachedCopies(Database &database);

    /// Whether any local-only folder holds a row with a Message-ID (one indexed probe):
    /// an IMAP sync looks for copies only then, so an ordinary IMAP account pays nothing.
    Result<bool> anyInLocalFolders();
    /// Rows of local-only folders with this Message-ID and exactly this size, oldest first.
    Result<QList<CachedCopy>> inLocalFolders(const QString &messageId, qint64 size);
    /// Rows of @p folderId that no POP3 UIDL names yet (they came from IMAP), oldest first.
    Result<QList<CachedCopy>> withoutUidl(qint64 folderId);

private:
    Result<QList<CachedCopy>> select(const QString &sql, const QVariantList &values);

    Database &m_database;
};

} // namespace Letterbox::Store
