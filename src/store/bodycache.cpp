#include "store/bodycache.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/storelog.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::BodyCache", text);
}

} // namespace

BodyCache::BodyCache(Database &database)
    : m_database(database)
{ }

Status BodyCache::setBody(qint64 messageId, const BodyUpdate &body)
{
    if (body.state != BodyState::Full && body.state != BodyState::Partial) {
        return Status(ErrorCode::InvalidArgument, tr("A fetched body is either full or partial."));
    }
    // As for inserts: only a committed blob may be pointed to.
    if (!m_database.blobs().contains(body.blobKey)) {
        return Status(ErrorCode::BlobMissing,
            tr("The message file %1 is not stored; the body was not saved.").arg(body.blobKey.left(40)));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> current
        = m_database.exec(QStringLiteral("SELECT folder_id, blob_key FROM messages WHERE id = ?"), {messageId});
    if (!current.ok()) {
        return current.status();
    }
    if (!current.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no message %1 in the cache.").arg(messageId));
    }
    const qint64 folderId = current.value().int64(0);
    const QString oldKey = current.value().text(1);
    current.value().finish();

    const QVariant attachments = body.hasAttachments ? QVariant(*body.hasAttachments) : QVariant();
    if (Result<Statement> update = m_database.exec(
            QStringLiteral("UPDATE messages SET body_state = ?, blob_key = ?, blob_size = ?, last_access = ?, "
                           "snippet = CASE WHEN ? = '' THEN snippet ELSE ? END, "
                           "has_attachments = coalesce(?, has_attachments) WHERE id = ?"),
            {int(body.state), body.blobKey, body.blobSize, QDateTime::currentMSecsSinceEpoch(), body.snippet,
                body.snippet, attachments, messageId});
        !update.ok()) {
        return update.status();
    }
    // Re-index with the new body: FTS5 must be told the exact old values to take out.
    Result<Statement> indexed = m_database.exec(
        QStringLiteral("SELECT subject, addresses, body FROM message_text WHERE message_id = ?"), {messageId});
    if (!indexed.ok()) {
        return indexed.status();
    }
    if (!indexed.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no message %1 in the cache.").arg(messageId));
    }
    const QString subject = indexed.value().text(0);
    const QString addresses = indexed.value().text(1);
    const QString oldBody = indexed.value().text(2);
    indexed.value().finish();
    if (oldBody != body.bodyText) {
        if (Result<Statement> remove
            = m_database.exec(QStringLiteral("INSERT INTO message_fts(message_fts, rowid, subject, addresses, body) "
                                             "VALUES ('delete', ?, ?, ?, ?)"),
                {messageId, subject, addresses, oldBody});
            !remove.ok()) {
            return remove.status();
        }
        if (Result<Statement> store
            = m_database.exec(QStringLiteral("INSERT INTO message_bodies(message_id, body) VALUES (?, ?) "
                                             "ON CONFLICT(message_id) DO UPDATE SET body = excluded.body"),
                {messageId, body.bodyText});
            !store.ok()) {
            return store.status();
        }
        if (Result<Statement> add = m_database.exec(
                QStringLiteral("INSERT INTO message_fts(rowid, subject, addresses, body) VALUES (?, ?, ?, ?)"),
                {messageId, subject, addresses, body.bodyText});
            !add.ok()) {
            return add.status();
        }
    }
    if (!oldKey.isEmpty() && oldKey != body.blobKey) {
        m_database.removeBlobAfterCommit(oldKey);
    }
    m_database.notify(Database::Change::MessagesChanged, folderId, {messageId});
    return transaction.commit();
}

Status BodyCache::markAccessed(const QList<qint64> &ids, const QDateTime &when)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    if (Result<Statement> update = m_database.exec(
            QStringLiteral("UPDATE messages SET last_access = ? WHERE id IN (SELECT value FROM json_each(?))"),
            {SqlValues::fromDateTime(when), SqlValues::jsonIds(ids)});
        !update.ok()) {
        return update.status();
    }
    // No notification: when a body was last read changes nothing a view shows.
    return transaction.commit();
}

Result<qint64> BodyCache::cachedBytes()
{
    Result<Statement> sum = m_database.exec(
        QStringLiteral("SELECT coalesce(sum(blob_size), 0) FROM messages WHERE blob_key IS NOT NULL"));
    if (!sum.ok()) {
        return sum.status();
    }
    return sum.value().next() ? sum.value().int64(0) : 0;
}

Result<EvictionResult> BodyCache::evictBodies(qint64 maxBytes)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<qint64> total = cachedBytes();
    if (!total.ok()) {
        return total.status();
    }
    EvictionResult result;
    qint64 cached = total.value();
    if (cached <= maxBytes) {
        (void)transaction.commit();
        return result;
    }
    // Oldest access first; only bodies that a server can give again.
    Result<Statement> candidates = m_database.exec(
        QStringLiteral("SELECT m.id, m.folder_id, m.blob_key, m.blob_size FROM messages m "
                       "JOIN folders f ON f.id = m.folder_id "
                       "WHERE m.blob_key IS NOT NULL AND f.local_only = 0 ORDER BY m.last_access, m.id"));
    if (!candidates.ok()) {
        return candidates.status();
    }
    struct Victim
    {
        qint64 id;
        qint64 folderId;
        QString key;
    };
    QList<Victim> victims;
    while (cached > maxBytes && candidates.value().next()) {
        victims.append({candidates.value().int64(0), candidates.value().int64(1), candidates.value().text(2)});
        cached -= candidates.value().int64(3);
        result.bytes += candidates.value().int64(3);
    }
    candidates.value().finish();

    Result<Statement> evict = m_database.prepare(
        QStringLiteral("UPDATE messages SET body_state = ?, blob_key = NULL, blob_size = 0 WHERE id = ?"));
    if (!evict.ok()) {
        return evict.status();
    }
    QList<qint64> folders;
    QHash<qint64, QList<qint64>> byFolder;
    for (const Victim &victim : victims) {
        if (Status status = evict.value().exec({int(BodyState::Evicted), victim.id}); !status.ok()) {
            return status;
        }
        m_database.removeBlobAfterCommit(victim.key);
        result.ids.append(victim.id);
        if (!byFolder.contains(victim.folderId)) {
            folders.append(victim.folderId);
        }
        byFolder[victim.folderId].append(victim.id);
    }
    for (qint64 folderId : folders) {
        m_database.notify(Database::Change::MessagesChanged, folderId, byFolder.value(folderId));
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    if (cached > maxBytes) {
        qCInfo(lcStore) << "cache holds" << cached << "bytes over the limit of" << maxBytes
                        << "in bodies that cannot be evicted (local folders)";
    }
    return result;
}

} // namespace Letterbox::Store
