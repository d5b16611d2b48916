#include "store/messagestore.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/messageinserter.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::MessageStore", text);
}

/// Groups (folder, id) pairs for one notification per folder.
void notifyByFolder(Database &database, Database::Change change, const QList<std::pair<qint64, qint64>> &rows)
{
    QList<qint64> folders;
    QHash<qint64, QList<qint64>> byFolder;
    for (const auto &[folderId, id] : rows) {
        if (!byFolder.contains(folderId)) {
            folders.append(folderId);
        }
        byFolder[folderId].append(id);
    }
    for (qint64 folderId : folders) {
        database.notify(change, folderId, byFolder.value(folderId));
    }
}

} // namespace

struct MessageStore::Target
{
    qint64 id = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    bool localOnly = false;
};

MessageStore::MessageStore(Database &database)
    : m_database(database)
{ }

Result<MessageStore::Target> MessageStore::target(qint64 folderId)
{
    Result<Statement> folder = m_database.exec(
        QStringLiteral("SELECT uidvalidity, uidnext, local_only FROM folders WHERE id = ?"), {folderId});
    if (!folder.ok()) {
        return folder.status();
    }
    if (!folder.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no folder %1 in the cache.").arg(folderId));
    }
    return Target {
        folderId, quint32(folder.value().int64(0)), quint32(folder.value().int64(1)), folder.value().int64(2) != 0};
}

Result<QList<qint64>> MessageStore::insert(qint64 folderId, const QList<NewMessage> &messages)
{
    return MessageInserter(m_database).insert(folderId, messages);
}

Result<QList<qint64>> MessageStore::applyServerFlags(qint64 folderId, const QList<FlagUpdate> &updates)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Target> folder = target(folderId);
    if (!folder.ok()) {
        return folder.status();
    }
    // Unchanged rows are not written, so a full-flags resync without QRESYNC costs reads
    // only and announces nothing.
    Result<Statement> update = m_database.prepare(QStringLiteral(
        "UPDATE messages SET flags = ?, keywords = ?, modseq = max(modseq, ?) "
        "WHERE folder_id = ? AND uidvalidity = ? AND uid = ? AND (flags != ? OR keywords != ? OR modseq < ?) "
        "RETURNING id"));
    if (!update.ok()) {
        return update.status();
    }
    QList<qint64> changed;
    for (const FlagUpdate &flags : updates) {
        const qint64 bits = flags.flags.toInt();
        const QString keywords = SqlValues::joinKeywords(flags.keywords);
        Statement &row = update.value();
        if (Status status = row.exec({bits, keywords, flags.modSeq, folderId, qint64(folder.value().uidValidity),
                qint64(flags.uid), bits, keywords, flags.modSeq});
            !status.ok()) {
            return status;
        }
        if (row.next()) {
            changed.append(row.int64(0));
        }
        row.finish();
    }
    m_database.notify(Database::Change::MessagesChanged, folderId, changed);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return changed;
}

Result<QList<qint64>> MessageStore::updateFlags(
    const QString &where, const QVariantList &whereValues, MessageFlags add, MessageFlags remove)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    const qint64 setBits = add.toInt();
    const qint64 clearBits = remove.toInt();
    QVariantList values {setBits, clearBits};
    values += whereValues;
    values += QVariantList {setBits, clearBits};
    Result<Statement> update = m_database.exec(QStringLiteral("UPDATE messages SET flags = (flags | ?) & ~? WHERE ")
            + where + QStringLiteral(" AND flags != ((flags | ?) & ~?) RETURNING folder_id, id"),
        values);
    if (!update.ok()) {
        return update.status();
    }
    QList<std::pair<qint64, qint64>> rows;
    QList<qint64> changed;
    while (update.value().next()) {
        rows.append({update.value().int64(0), update.value().int64(1)});
        changed.append(update.value().int64(1));
    }
    update.value().finish();
    notifyByFolder(m_database, Database::Change::MessagesChanged, rows);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return changed;
}

Result<QList<qint64>> MessageStore::changeFlags(const QList<qint64> &ids, MessageFlags add, MessageFlags remove)
{
    return updateFlags(
        QStringLiteral("id IN (SELECT value FROM json_each(?))"), {SqlValues::jsonIds(ids)}, add, remove);
}

Result<QList<qint64>> MessageStore::changeFlags(
    qint64 folderId, const QList<quint32> &uids, MessageFlags add, MessageFlags remove)
{
    return updateFlags(QStringLiteral("folder_id = ? AND uidvalidity = (SELECT uidvalidity FROM folders WHERE id = ?) "
                                      "AND uid IN (SELECT value FROM json_each(?))"),
        {folderId, folderId, SqlValues::jsonUids(uids)}, add, remove);
}

Result<QList<qint64>> MessageStore::changeKeywords(
    const QList<qint64> &ids, const QStringList &add, const QStringList &remove)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> current = m_database.exec(
        QStringLiteral("SELECT id, folder_id, keywords FROM messages WHERE id IN (SELECT value FROM json_each(?))"),
        {SqlValues::jsonIds(ids)});
    if (!current.ok()) {
        return current.status();
    }
    struct Change
    {
        qint64 id;
        qint64 folderId;
        QString keywords;
    };
    QList<Change> changes;
    while (current.value().next()) {
        const QString before = current.value().text(2);
        QStringList keywords = before.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        keywords += add;
        for (const QString &keyword : remove) {
            keywords.removeAll(keyword);
        }
        const QString after = SqlValues::joinKeywords(keywords);
        if (after != before) {
            changes.append({current.value().int64(0), current.value().int64(1), after});
        }
    }
    current.value().finish();
    QList<std::pair<qint64, qint64>> rows;
    QList<qint64> changed;
    for (const Change &change : changes) {
        if (Result<Statement> update = m_database.exec(
                QStringLiteral("UPDATE messages SET keywords = ? WHERE id = ?"), {change.keywords, change.id});
            !update.ok()) {
            return update.status();
        }
        rows.append({change.folderId, change.id});
        changed.append(change.id);
    }
    notifyByFolder(m_database, Database::Change::MessagesChanged, rows);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return changed;
}

Result<QList<qint64>> MessageStore::remove(const QList<qint64> &ids)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    const QString json = SqlValues::jsonIds(ids);
    // The blobs go only after the commit: a crash in between leaves orphans, which
    // IntegrityCheck removes, and never a row whose blob is gone.
    Result<Statement> drop = m_database.exec(
        QStringLiteral(
            "DELETE FROM messages WHERE id IN (SELECT value FROM json_each(?)) RETURNING folder_id, id, blob_key"),
        {json});
    if (!drop.ok()) {
        return drop.status();
    }
    QList<std::pair<qint64, qint64>> rows;
    QList<qint64> removed;
    while (drop.value().next()) {
        rows.append({drop.value().int64(0), drop.value().int64(1)});
        removed.append(drop.value().int64(1));
        m_database.removeBlobAfterCommit(drop.value().text(2));
    }
    drop.value().finish();
    notifyByFolder(m_database, Database::Change::MessagesRemoved, rows);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return removed;
}

Result<QList<qint64>> MessageStore::idsForUids(qint64 folderId, const QList<quint32> &uids)
{
    Result<Statement> find
        = m_database.exec(QStringLiteral("SELECT id FROM messages WHERE folder_id = ? "
                                         "AND uidvalidity = (SELECT uidvalidity FROM folders WHERE id = ?) "
                                         "AND uid IN (SELECT value FROM json_each(?))"),
            {folderId, folderId, SqlValues::jsonUids(uids)});
    if (!find.ok()) {
        return find.status();
    }
    QList<qint64> ids;
    while (find.value().next()) {
        ids.append(find.value().int64(0));
    }
    return ids;
}

Result<QList<qint64>> MessageStore::removeByUid(qint64 folderId, const QList<quint32> &uids)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<QList<qint64>> ids = idsForUids(folderId, uids);
    if (!ids.ok()) {
        return ids.status();
    }
    Result<QList<qint64>> removed = remove(ids.value());
    if (!removed.ok()) {
        return removed.status();
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return removed;
}

Status MessageStore::move(const QList<qint64> &ids, qint64 targetFolderId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Target> folder = target(targetFolderId);
    if (!folder.ok()) {
        return folder.status();
    }
    Target into = folder.value();
    Result<Statement> rows = m_database.exec(
        QStringLiteral("SELECT id, folder_id FROM messages WHERE id IN (SELECT value FROM json_each(?)) "
                       "AND folder_id != ? ORDER BY id"),
        {SqlValues::jsonIds(ids), targetFolderId});
    if (!rows.ok()) {
        return rows.status();
    }
    QList<std::pair<qint64, qint64>> moved; // (source folder, id)
    while (rows.value().next()) {
        moved.append({rows.value().int64(1), rows.value().int64(0)});
    }
    rows.value().finish();
    quint32 nextLocalUid = std::max<quint32>(into.uidNext, 1);
    for (const auto &[fromFolder, id] : moved) {
        const QVariant uid = into.localOnly ? QVariant(qint64(nextLocalUid++)) : QVariant();
        if (Result<Statement> update = m_database.exec(
                QStringLiteral("UPDATE messages SET folder_id = ?, uidvalidity = ?, uid = ?, modseq = 0 WHERE id = ?"),
                {targetFolderId, qint64(into.uidValidity), uid, id});
            !update.ok()) {
            return update.status();
        }
    }
    if (into.localOnly && !moved.isEmpty()) {
        if (Result<Statement> update = m_database.exec(
                QStringLiteral("UPDATE folders SET uidnext = ? WHERE id = ?"), {qint64(nextLocalUid), targetFolderId});
            !update.ok()) {
            return update.status();
        }
    }
    notifyByFolder(m_database, Database::Change::MessagesRemoved, moved);
    QList<qint64> movedIds;
    for (const auto &[fromFolder, id] : moved) {
        movedIds.append(id);
    }
    m_database.notify(Database::Change::MessagesInserted, targetFolderId, movedIds);
    return transaction.commit();
}

Result<QList<qint64>> MessageStore::copy(const QList<qint64> &ids, qint64 targetFolderId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Target> folder = target(targetFolderId);
    if (!folder.ok()) {
        return folder.status();
    }
    const Target into = folder.value();
    Result<Statement> sources = m_database.exec(
        QStringLiteral("SELECT id, blob_key FROM messages WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"),
        {SqlValues::jsonIds(ids)});
    if (!sources.ok()) {
        return sources.status();
    }
    QList<std::pair<qint64, QString>> rows;
    while (sources.value().next()) {
        rows.append({sources.value().int64(0), sources.value().text(1)});
    }
    sources.value().finish();

    quint32 nextLocalUid = std::max<quint32>(into.uidNext, 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> copies;
    for (const auto &[sourceId, blobKey] : rows) {
        QVariant newKey;
        if (!blobKey.isEmpty()) {
            // Each row owns its blob; the copy gets its own key for the same bytes.
            Result<BlobInfo> duplicate = m_database.blobs().duplicate(blobKey);
            if (!duplicate.ok()) {
                return duplicate.status();
            }
            m_database.removeBlobOnRollback(duplicate.value().key);
            newKey = duplicate.value().key;
        }
        const QVariant uid = into.localOnly ? QVariant(qint64(nextLocalUid++)) : QVariant();
        // The copy is not the POP3 original: no UIDL, so "delete on server when deleted
        // locally" never fires for it.
        Result<Statement> insert = m_database.exec(
            QStringLiteral(
                "INSERT INTO messages(folder_id, uidvalidity, uid, uidl, modseq, flags, keywords, internal_date, "
                "sent_date, size, from_name, from_address, sort_from, to_summary, cc_summary, subject, subject_key, "
                "message_id, in_reply_to, reference_ids, thread_id, snippet, has_attachments, body_state, blob_key, "
                "blob_size, last_access) "
                "SELECT ?, ?, ?, NULL, 0, flags, keywords, internal_date, sent_date, size, from_name, from_address, "
                "sort_from, to_summary, cc_summary, subject, subject_key, message_id, in_reply_to, reference_ids, "
                "thread_id, snippet, has_attachments, CASE WHEN ? IS NULL AND blob_key IS NOT NULL THEN 0 ELSE "
                "body_state END, ?, CASE WHEN ? IS NULL THEN 0 ELSE blob_size END, ? FROM messages WHERE id = ?"),
            {targetFolderId, qint64(into.uidValidity), uid, newKey, newKey, newKey, now, sourceId});
        if (!insert.ok()) {
            return insert.status();
        }
        const qint64 copyId = insert.value().lastInsertId();
        if (Result<Statement> body
            = m_database.exec(QStringLiteral("INSERT INTO message_bodies(message_id, body) "
                                             "SELECT ?, body FROM message_bodies WHERE message_id = ?"),
                {copyId, sourceId});
            !body.ok()) {
            return body.status();
        }
        copies.append(copyId);
    }
    // Inserts keep the folder's counts themselves (see 001_initial.sql).
    if (Result<Statement> update = m_database.exec(
            QStringLiteral("UPDATE folders SET total_count = total_count + ?, unread_count = unread_count + "
                           "(SELECT count(*) FROM messages WHERE id IN (SELECT value FROM json_each(?)) AND unread), "
                           "uidnext = CASE WHEN local_only THEN ? ELSE uidnext END WHERE id = ?"),
            {qint64(copies.size()), SqlValues::jsonIds(copies), qint64(nextLocalUid), targetFolderId});
        !update.ok()) {
        return update.status();
    }
    // One statement for the whole copy, last (see insert()).
    if (Result<Statement> index
        = m_database.exec(QStringLiteral("INSERT INTO message_fts(rowid, subject, addresses, body) "
                                         "SELECT message_id, subject, addresses, body FROM message_text "
                                         "WHERE message_id IN (SELECT value FROM json_each(?))"),
            {SqlValues::jsonIds(copies)});
        !index.ok()) {
        return index.status();
    }
    m_database.notify(Database::Change::MessagesInserted, targetFolderId, copies);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return copies;
}

Status MessageStore::assignUid(qint64 id, quint32 uid)
{
    return setColumn(QStringLiteral("uid"), qint64(uid), id);
}

Status MessageStore::setColumn(const QString &column, const QVariant &value, qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> update = m_database.exec(
        QStringLiteral("UPDATE messages SET ") + column + QStringLiteral(" = ? WHERE id = ? RETURNING folder_id"),
        {value, id});
    if (!update.ok()) {
        return update.status();
    }
    if (!update.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no message %1 in the cache.").arg(id));
    }
    m_database.notify(Database::Change::MessagesChanged, update.value().int64(0), {id});
    update.value().finish();
    return transaction.commit();
}

Status MessageStore::adopt(qint64 id, qint64 folderId, const FlagUpdate &server)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Target> folder = target(folderId);
    if (!folder.ok()) {
        return folder.status();
    }
    Result<Statement> source = m_database.exec(QStringLiteral("SELECT folder_id FROM messages WHERE id = ?"), {id});
    if (!source.ok()) {
        return source.status();
    }
    if (!source.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no message %1 in the cache.").arg(id));
    }
    const qint64 fromFolder = source.value().int64(0);
    source.value().finish();
    // The counts follow through the messages_count_update trigger (folder_id and flags).
    if (Result<Statement> update = m_database.exec(
            QStringLiteral("UPDATE messages SET folder_id = ?, uidvalidity = ?, uid = ?, modseq = ?, flags = ?, "
                           "keywords = ? WHERE id = ?"),
            {folderId, qint64(folder.value().uidValidity), qint64(server.uid), server.modSeq,
                qint64(server.flags.toInt()), SqlValues::joinKeywords(server.keywords), id});
        !update.ok()) {
        return update.status();
    }
    if (fromFolder != folderId) {
        m_database.notify(Database::Change::MessagesRemoved, fromFolder, {id});
        m_database.notify(Database::Change::MessagesInserted, folderId, {id});
    } else {
        m_database.notify(Database::Change::MessagesChanged, folderId, {id});
    }
    return transaction.commit();
}

Status MessageStore::assignUidl(qint64 id, const QByteArray &uidl)
{
    return setColumn(QStringLiteral("uidl"), uidl, id);
}

Result<QList<quint32>> MessageStore::uids(qint64 folderId)
{
    Result<Statement> query = m_database.exec(
        QStringLiteral("SELECT uid FROM messages WHERE folder_id = ? "
                       "AND uidvalidity = (SELECT uidvalidity FROM folders WHERE id = ?) AND uid IS NOT NULL "
                       "ORDER BY uid"),
        {folderId, folderId});
    if (!query.ok()) {
        return query.status();
    }
    QList<quint32> uids;
    while (query.value().next()) {
        uids.append(quint32(query.value().int64(0)));
    }
    return uids;
}

Result<std::optional<qint64>> MessageStore::idForUid(qint64 folderId, quint32 uid)
{
    Result<QList<qint64>> ids = idsForUids(folderId, {uid});
    if (!ids.ok()) {
        return ids.status();
    }
    return ids.value().isEmpty() ? std::optional<qint64>() : std::optional<qint64>(ids.value().first());
}

Result<std::optional<qint64>> MessageStore::idForUidl(qint64 folderId, const QByteArray &uidl)
{
    Result<Statement> query
        = m_database.exec(QStringLiteral("SELECT id FROM messages WHERE folder_id = ? AND uidl = ?"), {folderId, uidl});
    if (!query.ok()) {
        return query.status();
    }
    return query.value().next() ? std::optional<qint64>(query.value().int64(0)) : std::optional<qint64>();
}

Result<QList<qint64>> MessageStore::idsForMessageId(const QString &messageId)
{
    const QString key = SqlValues::normalizeMessageId(messageId);
    Result<Statement> query
        = m_database.exec(QStringLiteral("SELECT m.id FROM message_ids k JOIN messages m ON m.thread_id = k.thread_id "
                                         "WHERE k.message_id = ? AND m.message_id = ? ORDER BY m.id"),
            {key, key});
    if (!query.ok()) {
        return query.status();
    }
    QList<qint64> ids;
    while (query.value().next()) {
        ids.append(query.value().int64(0));
    }
    return ids;
}

} // namespace Letterbox::Store
