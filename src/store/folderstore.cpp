#include "store/folderstore.h"

#include "store/database.h"
#include "store/storelog.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::FolderStore", text);
}

Status noSuchFolder(qint64 id)
{
    return Status(ErrorCode::NotFound,
        QCoreApplication::translate("Letterbox::Store::FolderStore", "There is no folder %1 in the cache.").arg(id));
}

// Removes the blobs of the selected messages after the commit that deletes their rows.
Status removeBlobsAfterCommit(Database &database, const QString &sql, const QVariantList &values)
{
    Result<Statement> blobs = database.exec(sql, values);
    if (!blobs.ok()) {
        return blobs.status();
    }
    while (blobs.value().next()) {
        database.removeBlobAfterCommit(blobs.value().text(0));
    }
    return {};
}

} // namespace

FolderStore::FolderStore(Database &database)
    : m_database(database)
{ }

Result<qint64> FolderStore::create(const NewFolder &folder)
{
    if (folder.path.isEmpty()) {
        return Status(ErrorCode::InvalidArgument, tr("A folder needs a name."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<std::optional<Folder>> existing = findByPath(folder.path);
    if (!existing.ok()) {
        return existing.status();
    }
    if (existing.value()) {
        return Status(ErrorCode::InvalidArgument, tr("A folder named “%1” exists already.").arg(folder.path));
    }
    // A local folder's UIDs are ours to hand out, from 1, under a fixed UIDVALIDITY.
    const quint32 uidValidity = folder.localOnly && folder.uidValidity == 0 ? 1 : folder.uidValidity;
    const quint32 uidNext = folder.localOnly ? 1 : 0;
    Result<Statement> insert = m_database.exec(
        QStringLiteral("INSERT INTO folders(path, delimiter, role, uidvalidity, uidnext, subscribed, local_only) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {folder.path, folder.delimiter, int(folder.role), qint64(uidValidity), qint64(uidNext), folder.subscribed,
            folder.localOnly});
    if (!insert.ok()) {
        return insert.status();
    }
    const qint64 id = insert.value().lastInsertId();
    m_database.notify(Database::Change::Folders);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return id;
}

Result<QList<Folder>> FolderStore::select(const QString &where, const QVariantList &values)
{
    // Roles sort Inbox, Drafts, Sent, … first; a folder without a role (0) comes after all.
    Result<Statement> query = m_database.exec(
        QStringLiteral("SELECT id, path, delimiter, role, uidvalidity, uidnext, highestmodseq, subscribed, "
                       "local_only, total_count, unread_count FROM folders ")
            + where + QStringLiteral(" ORDER BY role = 0, role, path"),
        values);
    if (!query.ok()) {
        return query.status();
    }
    QList<Folder> folders;
    Statement &row = query.value();
    while (row.next()) {
        Folder folder;
        folder.id = row.int64(0);
        folder.path = row.text(1);
        folder.delimiter = row.text(2);
        folder.role = SpecialUse(row.int64(3));
        folder.sync.uidValidity = quint32(row.int64(4));
        folder.sync.uidNext = quint32(row.int64(5));
        folder.sync.highestModSeq = row.int64(6);
        folder.subscribed = row.int64(7) != 0;
        folder.localOnly = row.int64(8) != 0;
        folder.totalCount = row.int64(9);
        folder.unreadCount = row.int64(10);
        folders.append(folder);
    }
    return folders;
}

Result<QList<Folder>> FolderStore::list()
{
    return select(QString(), {});
}

Result<std::optional<Folder>> FolderStore::folder(qint64 id)
{
    Result<QList<Folder>> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found.ok()) {
        return found.status();
    }
    return found.value().isEmpty() ? std::optional<Folder>() : std::optional<Folder>(found.value().first());
}

Result<std::optional<Folder>> FolderStore::findByPath(const QString &path)
{
    Result<QList<Folder>> found = select(QStringLiteral("WHERE path = ?"), {path});
    if (!found.ok()) {
        return found.status();
    }
    return found.value().isEmpty() ? std::optional<Folder>() : std::optional<Folder>(found.value().first());
}

Result<std::optional<Folder>> FolderStore::findByRole(SpecialUse role)
{
    Result<QList<Folder>> found = select(QStringLiteral("WHERE role = ?"), {int(role)});
    if (!found.ok()) {
        return found.status();
    }
    return found.value().isEmpty() ? std::optional<Folder>() : std::optional<Folder>(found.value().first());
}

Status FolderStore::rename(qint64 id, const QString &newPath)
{
    if (newPath.isEmpty()) {
        return Status(ErrorCode::InvalidArgument, tr("A folder needs a name."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<std::optional<Folder>> current = folder(id);
    if (!current.ok()) {
        return current.status();
    }
    if (!current.value()) {
        return noSuchFolder(id);
    }
    const Folder &old = *current.value();
    if (old.path == newPath) {
        return transaction.commit();
    }
    Result<std::optional<Folder>> clash = findByPath(newPath);
    if (!clash.ok()) {
        return clash.status();
    }
    if (clash.value()) {
        return Status(ErrorCode::InvalidArgument, tr("A folder named “%1” exists already.").arg(newPath));
    }
    if (Result<Statement> update
        = m_database.exec(QStringLiteral("UPDATE folders SET path = ? WHERE id = ?"), {newPath, id});
        !update.ok()) {
        return update.status();
    }
    if (!old.delimiter.isEmpty()) {
        // Children: "old<delim>…" becomes "new<delim>…". substr() counts characters, and
        // the prefix test is on the exact prefix (LIKE would treat % and _ in names as wildcards).
        const QString oldPrefix = old.path + old.delimiter;
        if (Result<Statement> children
            = m_database.exec(QStringLiteral("UPDATE folders SET path = ? || substr(path, ?) "
                                             "WHERE substr(path, 1, ?) = ? AND id != ?"),
                {QString(newPath + old.delimiter), oldPrefix.size() + 1, oldPrefix.size(), oldPrefix, id});
            !children.ok()) {
            return children.status();
        }
    }
    m_database.notify(Database::Change::Folders);
    return transaction.commit();
}

Status FolderStore::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    if (Status status = removeBlobsAfterCommit(m_database,
            QStringLiteral("SELECT blob_key FROM messages WHERE folder_id = ? AND blob_key IS NOT NULL"), {id});
        !status.ok()) {
        return status;
    }
    // ON DELETE CASCADE takes the messages, whose delete trigger takes their full-text
    // entries, and their bodies.
    Result<Statement> drop = m_database.exec(QStringLiteral("DELETE FROM folders WHERE id = ?"), {id});
    if (!drop.ok()) {
        return drop.status();
    }
    if (drop.value().rowsAffected() == 0) {
        return noSuchFolder(id);
    }
    m_database.notify(Database::Change::Folders);
    return transaction.commit();
}

Status FolderStore::updateFolder(qint64 id, const QString &sql, const QVariantList &values)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> update = m_database.exec(sql, values);
    if (!update.ok()) {
        return update.status();
    }
    if (update.value().rowsAffected() == 0) {
        return noSuchFolder(id);
    }
    m_database.notify(Database::Change::Folders);
    return transaction.commit();
}

Status FolderStore::setSubscribed(qint64 id, bool subscribed)
{
    return updateFolder(id, QStringLiteral("UPDATE folders SET subscribed = ? WHERE id = ?"), {subscribed, id});
}

Status FolderStore::setRole(qint64 id, SpecialUse role)
{
    return updateFolder(id, QStringLiteral("UPDATE folders SET role = ? WHERE id = ?"), {int(role), id});
}

Status FolderStore::setSyncState(qint64 id, const FolderSyncState &state)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<std::optional<Folder>> current = folder(id);
    if (!current.ok()) {
        return current.status();
    }
    if (!current.value()) {
        return noSuchFolder(id);
    }
    const Folder &old = *current.value();
    if (old.localOnly) {
        // Its UIDs are handed out here; a server's numbers must never overwrite them.
        return Status(ErrorCode::InvalidArgument, tr("The folder “%1” exists only on this computer.").arg(old.path));
    }
    const bool hasMessages = old.totalCount > 0;
    if (old.sync.uidValidity != state.uidValidity && hasMessages) {
        return Status(ErrorCode::InvalidArgument,
            tr("The folder “%1” changed its UIDVALIDITY; its cache must be reset first.").arg(old.path));
    }
    if (Result<Statement> update = m_database.exec(
            QStringLiteral("UPDATE folders SET uidvalidity = ?, uidnext = ?, highestmodseq = ? WHERE id = ?"),
            {qint64(state.uidValidity), qint64(state.uidNext), state.highestModSeq, id});
        !update.ok()) {
        return update.status();
    }
    m_database.notify(Database::Change::Folders);
    return transaction.commit();
}

Result<QList<qint64>> FolderStore::resetUidValidity(qint64 id, quint32 uidValidity)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<std::optional<Folder>> current = folder(id);
    if (!current.ok()) {
        return current.status();
    }
    if (!current.value()) {
        return noSuchFolder(id);
    }
    if (Status status = removeBlobsAfterCommit(m_database,
            QStringLiteral("SELECT blob_key FROM messages WHERE folder_id = ? AND blob_key IS NOT NULL"), {id});
        !status.ok()) {
        return status;
    }
    Result<Statement> drop
        = m_database.exec(QStringLiteral("DELETE FROM messages WHERE folder_id = ? RETURNING id"), {id});
    if (!drop.ok()) {
        return drop.status();
    }
    QList<qint64> removed;
    while (drop.value().next()) {
        removed.append(drop.value().int64(0));
    }
    drop.value().finish();
    if (Result<Statement> update = m_database.exec(
            QStringLiteral("UPDATE folders SET uidvalidity = ?, uidnext = 0, highestmodseq = 0 WHERE id = ?"),
            {qint64(uidValidity), id});
        !update.ok()) {
        return update.status();
    }
    qCInfo(lcStore) << "folder" << current.value()->path << "UIDVALIDITY" << current.value()->sync.uidValidity << "->"
                    << uidValidity << ": dropped" << removed.size() << "cached messages";
    m_database.notify(Database::Change::MessagesRemoved, id, removed);
    m_database.notify(Database::Change::Folders);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return removed;
}

} // namespace Letterbox::Store
