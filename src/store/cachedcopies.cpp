#include "store/cachedcopies.h"

#include "store/database.h"
#include "store/sqlvalues.h"

namespace Letterbox::Store {

CachedCopies::CachedCopies(Database &database)
    : m_database(database)
{ }

Result<bool> CachedCopies::anyInLocalFolders()
{
    Result<Statement> query
        = m_database.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM folders f JOIN messages m ON m.folder_id = f.id "
                                         "WHERE f.local_only = 1 AND m.message_id != '')"));
    if (!query.ok()) {
        return query.status();
    }
    const bool any = query.value().next() && query.value().int64(0) != 0;
    query.value().finish();
    return any;
}

Result<QList<CachedCopy>> CachedCopies::inLocalFolders(const QString &messageId, qint64 size)
{
    const QString key = SqlValues::normalizeMessageId(messageId);
    if (key.isEmpty()) {
        return QList<CachedCopy>();
    }
    // Through the threading index (message_ids → thread → messages_by_thread): messages has
    // no index on message_id, and this runs once per new message of a header sync.
    return select(
        QStringLiteral("SELECT m.id, m.folder_id, m.message_id, m.size, m.body_state, m.flags FROM message_ids k "
                       "JOIN messages m ON m.thread_id = k.thread_id "
                       "JOIN folders f ON f.id = m.folder_id "
                       "WHERE k.message_id = ? AND m.message_id = ? AND m.size = ? AND f.local_only = 1 "
                       "ORDER BY m.id"),
        {key, key, size});
}

Result<QList<CachedCopy>> CachedCopies::withoutUidl(qint64 folderId)
{
    return select(QStringLiteral("SELECT id, folder_id, message_id, size, body_state, flags FROM messages "
                                 "WHERE folder_id = ? AND uidl IS NULL AND message_id != '' ORDER BY id"),
        {folderId});
}

Result<QList<CachedCopy>> CachedCopies::select(const QString &sql, const QVariantList &values)
{
    Result<Statement> query = m_database.exec(sql, values);
    if (!query.ok()) {
        return query.status();
    }
    QList<CachedCopy> copies;
    const Statement &row = query.value();
    while (query.value().next()) {
        copies.append({row.int64(0), row.int64(1), row.text(2), row.int64(3), BodyState(row.int64(4)),
            MessageFlags::fromInt(int(row.int64(5)))});
    }
    query.value().finish();
    return copies;
}

} // namespace Letterbox::Store
