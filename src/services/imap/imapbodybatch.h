#pragma once

#include "store/blobstore.h"
#include "store/messagerecord.h"
#include "store/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/**
 * @short Stores whole IMAP bodies into their cached rows in batches: the blobs of a batch
 * made durable together (Store::BlobBatch: one syncfs, one directory fsync), then the rows
 * pointed at them (Store::BodyCache::setBody) in one transaction.
 *
 * add() stages the message's blob (written, not yet synced or named) and starts parsing
 * it on the thread pool (envelope, snippet and search text), so the engine's thread goes
 * on reading the next FETCH. flush() waits for those parses, commits the blobs and only
 * then the rows, which is DESIGN.md principle 3 per batch: a kill -9 before the blobs'
 * commit leaves temporary files, one between the blobs' commit and the rows' leaves
 * orphan blobs (Store::IntegrityCheck removes both), and the rows still say "no body", so
 * the next run fetches those messages again; no row ever names a blob that is not
 * durable. A row that went meanwhile (a local delete or move) is skipped and its blob
 * removed.
 *
 * One BodyCache::setBody per message was one blob fsync pair and one parse on the
 * engine's thread each: 11.2 s for a 10,000-message INBOX where mbsync took 4.65 s.
 */
class ImapBodyBatch
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::ImapBodyBatch)

public:
    static constexpr int maxMessages = 256;
    static constexpr qsizetype maxBytes = qsizetype(16) << 20;

    explicit ImapBodyBatch(Store::Database &database);
    ImapBodyBatch(const ImapBodyBatch &) = delete;
    ImapBodyBatch &operator=(const ImapBodyBatch &) = delete;
    ~ImapBodyBatch();

    /// Stages the whole message @p raw for the cached row @p rowId.
    Store::Status add(qint64 rowId, const QByteArray &raw);
    /// True when the batch holds maxMessages messages or maxBytes bytes: time to flush().
    [[nodiscard]] bool isFull() const;
    [[nodiscard]] int waiting() const { return int(m_pending.size()); }
    /// Commits the staged blobs, then the rows; returns the ids of the rows that got
    /// their body. On failure nothing of the batch is stored.
    Store::Result<QList<qint64>> flush();

private:
    struct Pending
    {
        qint64 rowId = 0;
        Store::BlobInfo blob;
        QFuture<Store::NewMessage> fields; ///< parsed on the thread pool
    };
    void clear();
    /// The ids of @p rows that are still in the cache.
    Store::Result<QList<qint64>> existing(const QList<qint64> &rows);

    Store::Database &m_database;
    Store::BlobBatch m_blobs;
    QList<Pending> m_pending;
    qsizetype m_pendingBytes = 0;
};

} // namespace Letterbox::Services
