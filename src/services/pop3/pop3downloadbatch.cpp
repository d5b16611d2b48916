#include "services/pop3/pop3downloadbatch.h"

#include "store/bodycache.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/pop3ledger.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Letterbox::Services {

Pop3DownloadBatch::Pop3DownloadBatch(Store::Database &database, qint64 folderId)
    : m_database(database)
    , m_folderId(folderId)
    , m_blobs(database.blobs())
{ }

Store::Status Pop3DownloadBatch::beginMessage(const QByteArray &uidl, std::optional<qint64> fillRow)
{
    abortMessage();
    Store::Result<Store::BlobWriter> writer = m_blobs.openWriter();
    if (!writer.ok()) {
        return writer.status();
    }
    m_writer.emplace(std::move(writer.value()));
    m_uidl = uidl;
    m_fillRow = fillRow;
    m_prefix.clear();
    return {};
}

Store::Status Pop3DownloadBatch::append(const QByteArray &data)
{
    if (!m_writer) {
        return Store::Status(Store::ErrorCode::InvalidArgument, tr("POP3 message data arrived outside a message."));
    }
    if (m_prefix.size() < parsedPrefix) {
        m_prefix.append(data.left(parsedPrefix - m_prefix.size()));
    }
    return m_writer->append(data);
}

Store::Status Pop3DownloadBatch::finishMessage()
{
    if (!m_writer) {
        return Store::Status(Store::ErrorCode::InvalidArgument, tr("A POP3 message ended that never began."));
    }
    const Store::Result<Store::BlobInfo> blob = m_writer->commit();
    m_writer.reset();
    if (!blob.ok()) {
        return blob.status();
    }
    RawMessage raw;
    raw.bytes = std::move(m_prefix);
    raw.uidl = m_uidl;
    raw.blobKey = blob.value().key;
    raw.size = blob.value().size;
    raw.internalDate = QDateTime::currentDateTimeUtc();
    m_pendingBytes += raw.bytes.size();
    m_parsing.append(QtConcurrent::run(&MessageIngest::prepare, raw.bytes, *raw.size));
    m_pending.append(std::move(raw));
    m_pendingFills.append(std::exchange(m_fillRow, std::nullopt));
    m_prefix = QByteArray();
    if (m_pending.size() >= maxMessages || m_pendingBytes >= maxBytes) {
        return flush().status();
    }
    return {};
}

Store::Status Pop3DownloadBatch::fill(qint64 rowId, const RawMessage &raw)
{
    // Asked before any nested write: a nested transaction that fails dooms the batch's.
    Store::Result<Store::Statement> exists
        = m_database.exec(QStringLiteral("SELECT 1 FROM messages WHERE id = ? AND uidl IS NULL"), {rowId});
    if (!exists.ok()) {
        return exists.status();
    }
    const bool there = exists.value().next();
    exists.value().finish();
    if (!there) {
        return Store::Status(Store::ErrorCode::NotFound, tr("The cached copy went meanwhile."));
    }
    const Store::NewMessage fields
        = raw.fields ? *raw.fields : MessageIngest::prepare(raw.bytes, raw.size.value_or(raw.bytes.size()));
    Store::BodyUpdate body;
    body.state = Store::BodyState::Full;
    body.blobKey = raw.blobKey;
    body.blobSize = raw.size.value_or(raw.bytes.size());
    body.bodyText = fields.bodyText;
    body.snippet = fields.snippet;
    body.hasAttachments = fields.hasAttachments;
    if (Store::Status status = Store::BodyCache(m_database).setBody(rowId, body); !status.ok()) {
        return status;
    }
    return Store::MessageStore(m_database).assignUidl(rowId, raw.uidl);
}

void Pop3DownloadBatch::abortMessage()
{
    if (m_writer) {
        m_writer->abort();
        m_writer.reset();
    }
    m_prefix.clear();
}

Store::Result<int> Pop3DownloadBatch::flush()
{
    if (m_pending.isEmpty()) {
        return 0;
    }
    // DESIGN.md principle 3: the blobs' names are durable before any row points to them
    // (MessageStore refuses a key whose batch is not committed), and the rows and the
    // "stored" marks reach the disk together (the WAL fsync'd) before any DELE can rely
    // on them.
    if (Store::Status status = m_blobs.commit(); !status.ok()) {
        // The staged blobs are gone: these messages stay on the server for the next run.
        m_pending.clear();
        m_parsing.clear();
        m_pendingFills.clear();
        m_pendingBytes = 0;
        return status;
    }
    for (qsizetype i = 0; i < m_parsing.size() && i < m_pending.size(); ++i) {
        m_pending[i].fields = m_parsing[i].result();
    }
    m_parsing.clear();
    Store::Transaction transaction(m_database, Store::Durability::Full);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    // Rows first filled (a row that went meanwhile gets a new row instead), then inserted.
    QList<qint64> rowIds(m_pending.size(), 0);
    QList<RawMessage> inserts;
    QList<qsizetype> insertAt;
    int filled = 0;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const RawMessage &raw = m_pending.at(i);
        if (const std::optional<qint64> row = m_pendingFills.at(i)) {
            const Store::Status status = fill(*row, raw);
            if (status.ok()) {
                rowIds[i] = *row;
                ++filled;
                continue;
            }
            if (status.code() != Store::ErrorCode::NotFound) {
                return status;
            }
        }
        inserts.append(raw);
        insertAt.append(i);
    }
    const Store::Result<QList<qint64>> ids = MessageIngest(m_database).store(m_folderId, inserts);
    if (!ids.ok()) {
        return ids.status();
    }
    for (qsizetype j = 0; j < insertAt.size(); ++j) {
        rowIds[insertAt.at(j)] = ids.value().at(j);
    }
    Store::Pop3Ledger ledger(m_database);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (Store::Status status = ledger.markStored(m_pending.at(i).uidl, rowIds.at(i)); !status.ok()) {
            return status;
        }
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    const int stored = int(m_pending.size());
    m_pending.clear();
    m_pendingFills.clear();
    m_pendingBytes = 0;
    m_stored += stored - filled;
    m_filled += filled;
    return stored;
}

} // namespace Letterbox::Services
