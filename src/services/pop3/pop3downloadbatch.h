#pragma once

#include "services/ingest/messageingest.h"
#include "store/blobstore.h"
#include "store/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <optional>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/**
 * @short Streams downloaded POP3 messages into the blob store and commits them to the
 * cache in batches: rows (through MessageIngest) and Pop3Ledger::markStored in one
 * Durability::Full transaction.
 *
 * Each message goes straight into a Store::BlobWriter as its RETR data arrives, so a
 * 200 MB message is never whole in memory; only its first parsedPrefix bytes are kept,
 * for the envelope, snippet and search text. finishMessage() fsyncs the blob's file and
 * stages it in a Store::BlobBatch; the row waits in the batch until flush(), which runs
 * when the batch holds maxMessages messages or maxBytes bytes, and whenever the engine
 * is about to send DELE, QUIT or give up. flush() first commits the blobs (all renamed,
 * then one directory fsync for the batch instead of one per message), then the rows.
 * A kill before flush() ends leaves temporary files or orphan blobs (IntegrityCheck
 * removes both) and messages still on the server, to be fetched again; a kill after it
 * leaves them stored and marked, so they are not fetched twice.
 */
class Pop3DownloadBatch
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::Pop3DownloadBatch)

public:
    static constexpr qsizetype parsedPrefix = qsizetype(2) << 20;
    static constexpr int maxMessages = 64;
    static constexpr qsizetype maxBytes = qsizetype(16) << 20;

    Pop3DownloadBatch(Store::Database &database, qint64 folderId);

    /// Starts the message whose identity is @p uidl. With @p fillRow, the message is one
    /// the cache holds without its whole body (headers from IMAP): the body goes into that
    /// row, which gets the UIDL, instead of a second row for the same message.
    Store::Status beginMessage(const QByteArray &uidl, std::optional<qint64> fillRow = std::nullopt);
    Store::Status append(const QByteArray &data);
    /// The message is complete: its blob is committed, its row waits for flush() (which
    /// this calls when the batch is full).
    Store::Status finishMessage();
    /// The message did not arrive whole: its temporary file goes.
    void abortMessage();
    /// Commits the waiting rows and ledger marks; returns how many were stored.
    Store::Result<int> flush();

    [[nodiscard]] bool inMessage() const { return m_writer.has_value(); }
    [[nodiscard]] int waiting() const { return int(m_pending.size()); }
    /// New rows committed by flush() so far (filled rows not counted).
    [[nodiscard]] int storedCount() const { return m_stored; }
    /// Cached rows that flush() gave their body so far.
    [[nodiscard]] int filledCount() const { return m_filled; }

private:
    /// The body of @p raw into the existing row @p rowId, and the row's UIDL.
    Store::Status fill(qint64 rowId, const RawMessage &raw);

    Store::Database &m_database;
    qint64 m_folderId;
    Store::BlobBatch m_blobs; // declared before m_writer, which must die first
    std::optional<Store::BlobWriter> m_writer;
    QByteArray m_uidl;
    std::optional<qint64> m_fillRow;
    QByteArray m_prefix;
    QList<RawMessage> m_pending;
    /// The row fields of m_pending, parsed on the thread pool while the next messages
    /// arrive (parsing was a third of a download's time on the engine's thread).
    QList<QFuture<Store::NewMessage>> m_parsing;
    QList<std::optional<qint64>> m_pendingFills; ///< beside m_pending: the row to fill, if any
    qsizetype m_pendingBytes = 0;
    int m_stored = 0;
    int m_filled = 0;
};

} // namespace Letterbox::Services
