#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QDateTime>
#include <QList>

namespace Letterbox::Store {

class Database;

/// A body fetched after the headers (IMAP opens a message; "keep everything offline").
struct BodyUpdate
{
    BodyState state = BodyState::Full; ///< Full or Partial
    QString blobKey; ///< committed by BlobStore before this call
    qint64 blobSize = 0;
    QString bodyText; ///< readable text for the full-text index
    QString snippet; ///< replaces the old snippet when not empty
    std::optional<bool> hasAttachments;
};

/// What evictBodies() freed.
struct EvictionResult
{
    QList<qint64> ids;
    qint64 bytes = 0;
};

/**
 * @short The cached bodies of messages: attach one, record reads, and keep under a size limit.
 *
 * The size limit evicts the least recently accessed bodies first: the blob goes (after the
 * commit), the row keeps its headers and snippet and says BodyState::Evicted, and its text
 * stays in the full-text index, so search still finds it offline. Bodies in local folders
 * (POP3 accounts) are never evicted: there they are the only copy of the mail.
 */
class BodyCache
{
public:
    explicit BodyCache(Database &database);

    /// Points @p messageId at a new body; the blob it replaces (if any) goes after the commit.
    Status setBody(qint64 messageId, const BodyUpdate &body);
    /// Marks bodies as read now (or at @p when), for the eviction order.
    Status markAccessed(const QList<qint64> &ids, const QDateTime &when = QDateTime::currentDateTimeUtc());
    /// Bytes of blobs the message rows point to.
    Result<qint64> cachedBytes();
    /// Evicts bodies, oldest access first, until at most @p maxBytes are cached.
    Result<EvictionResult> evictBodies(qint64 maxBytes);

private:
    Database &m_database;
};

} // namespace Letterbox::Store
