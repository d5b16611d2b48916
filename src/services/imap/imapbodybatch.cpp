#include "services/imap/imapbodybatch.h"

#include "services/ingest/messageingest.h"
#include "store/bodycache.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Letterbox::Services {

ImapBodyBatch::ImapBodyBatch(Store::Database &database)
    : m_database(database)
    , m_blobs(database.blobs())
{ }

ImapBodyBatch::~ImapBodyBatch()
{
    clear(); // the parses finish before the bytes they read go; the batch drops its blobs
}

Store::Status ImapBodyBatch::add(qint64 rowId, const QByteArray &raw)
{
    const Store::Result<Store::BlobInfo> blob = m_blobs.write(raw);
    if (!blob.ok()) {
        return blob.status();
    }
    // The parser shares the response's bytes (implicitly shared, no copy).
    m_pending.append({rowId, blob.value(), QtConcurrent::run(&MessageIngest::prepare, raw, qint64(raw.size()))});
    m_pendingBytes += raw.size();
    return {};
}

bool ImapBodyBatch::isFull() const
{
    return m_pending.size() >= maxMessages || m_pendingBytes >= maxBytes;
}

void ImapBodyBatch::clear()
{
    for (Pending &pending : m_pending) {
        pending.fields.waitForFinished();
    }
    m_pending.clear();
    m_pendingBytes = 0;
    m_blobs.abort();
}

Store::Result<QList<qint64>> ImapBodyBatch::existing(const QList<qint64> &rows)
{
    QList<qint64> there;
    for (const qint64 row : rows) {
        Store::Result<Store::Statement> found
            = m_database.exec(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {row});
        if (!found.ok()) {
            return found.status();
        }
        if (found.value().next()) {
            there.append(row);
        }
        found.value().finish();
    }
    return there;
}

Store::Result<QList<qint64>> ImapBodyBatch::flush()
{
    if (m_pending.isEmpty()) {
        return QList<qint64>();
    }
    QList<Pending> pending = std::exchange(m_pending, {});
    m_pendingBytes = 0;
    // DESIGN.md principle 3: every blob's name durable before a row names it (setBody
    // refuses a key that does not exist yet).
    if (Store::Status status = m_blobs.commit(); !status.ok()) {
        for (Pending &message : pending) {
            message.fields.waitForFinished();
        }
        return status; // these rows keep "no body": the next run fetches them again
    }
    QList<qint64> rows;
    rows.reserve(pending.size());
    for (const Pending &message : pending) {
        rows.append(message.rowId);
    }
    Store::BodyCache bodies(m_database);
    QList<qint64> stored;
    Store::Status failed;
    {
        Store::Transaction transaction(m_database);
        // Asked before any write: setBody's NotFound inside the transaction would doom it.
        Store::Result<QList<qint64>> there = QList<qint64>();
        if (!transaction.isActive()) {
            there = transaction.status();
        } else {
            there = existing(rows);
        }
        failed = there.status();
        for (qsizetype i = 0; failed.ok() && i < pending.size(); ++i) {
            const Pending &message = pending.at(i);
            if (!there.value().contains(message.rowId)) {
                (void)m_database.blobs().remove(message.blob.key); // its row went: nothing names it
                continue;
            }
            const Store::NewMessage fields = message.fields.result();
            Store::BodyUpdate update;
            update.state = Store::BodyState::Full;
            update.blobKey = message.blob.key;
            update.blobSize = message.blob.size;
            update.bodyText = fields.bodyText;
            update.snippet = fields.snippet;
            update.hasAttachments = fields.hasAttachments;
            if (failed = bodies.setBody(message.rowId, update); failed.ok()) {
                stored.append(message.rowId);
            }
        }
        if (failed.ok()) {
            failed = transaction.commit();
        }
    }
    for (Pending &message : pending) {
        message.fields.waitForFinished();
    }
    if (!failed.ok()) {
        // Rolled back: no row names these blobs, which IntegrityCheck would otherwise find.
        for (const Pending &message : pending) {
            (void)m_database.blobs().remove(message.blob.key);
        }
        return failed;
    }
    return stored;
}

} // namespace Letterbox::Services
