#include "services/pop3/pop3downloadbatch.h"

#include "store/database.h"
#include "store/pop3ledger.h"
#include "store/transaction.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Letterbox::Services {

Pop3DownloadBatch::Pop3DownloadBatch(Store::Database &database, qint64 folderId)
    : m_database(database)
    , m_folderId(folderId)
    , m_blobs(database.blobs())
{ }

Store::Status Pop3DownloadBatch::beginMessage(const QByteArray &uidl)
{
    abortMessage();
    Store::Result<Store::BlobWriter> writer = m_blobs.openWriter();
    if (!writer.ok()) {
        return writer.status();
    }
    m_writer.emplace(std::move(writer.value()));
    m_uidl = uidl;
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
    m_prefix = QByteArray();
    if (m_pending.size() >= maxMessages || m_pendingBytes >= maxBytes) {
        return flush().status();
    }
    return {};
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
    const Store::Result<QList<qint64>> ids = MessageIngest(m_database).store(m_folderId, m_pending);
    if (!ids.ok()) {
        return ids.status();
    }
    Store::Pop3Ledger ledger(m_database);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (Store::Status status = ledger.markStored(m_pending.at(i).uidl, ids.value().at(i)); !status.ok()) {
            return status;
        }
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    const int stored = int(m_pending.size());
    m_pending.clear();
    m_pendingBytes = 0;
    m_stored += stored;
    return stored;
}

} // namespace Letterbox::Services
