#include "services/retrieval/cachehandover.h"

#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"
#include "store/transaction.h"

#include <QSet>

namespace Letterbox::Services {

namespace {

/// The ids of folder @p folderId's rows that @p where (an SQL condition) selects, in id order.
Store::Result<QList<qint64>> rowIds(Store::Database &database, qint64 folderId, const QString &where)
{
    Store::Result<Store::Statement> rows = database.exec(
        QStringLiteral("SELECT id FROM messages WHERE folder_id = ? ") + where + QStringLiteral(" ORDER BY id"),
        {folderId});
    if (!rows.ok()) {
        return rows.status();
    }
    QList<qint64> ids;
    while (rows.value().next()) {
        ids.append(rows.value().int64(0));
    }
    rows.value().finish();
    return ids;
}

} // namespace

QString CacheHandover::asidePath(const QString &path, int attempt)
{
    return attempt <= 1 ? tr("%1 (local)").arg(path) : tr("%1 (local %2)").arg(path).arg(attempt);
}

Store::Result<QStringList> CacheHandover::setAsideLocalFolders(
    Store::Database &database, const QStringList &serverPaths)
{
    Store::Transaction transaction(database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::FolderStore folders(database);
    const Store::Result<QList<Store::Folder>> cached = folders.list();
    if (!cached.ok()) {
        return cached.status();
    }
    QSet<QString> local;
    for (const Store::Folder &folder : cached.value()) {
        if (folder.localOnly) {
            local.insert(folder.path);
        }
    }
    QStringList aside;
    for (const QString &path : serverPaths) {
        if (!local.contains(path)) {
            continue; // an IMAP account's own folder: the common case costs no look-up
        }
        // Looked up one at a time: renaming a parent renames its children with it.
        const Store::Result<std::optional<Store::Folder>> found = folders.findByPath(path);
        if (!found.ok()) {
            return found.status();
        }
        if (!found.value() || !found.value()->localOnly) {
            continue;
        }
        const Store::Folder local = *found.value();
        if (local.totalCount == 0) {
            if (Store::Status status = folders.remove(local.id); !status.ok()) {
                return status;
            }
            continue;
        }
        for (int attempt = 1;; ++attempt) {
            const QString target = asidePath(path, attempt);
            const Store::Result<std::optional<Store::Folder>> existing = folders.findByPath(target);
            if (!existing.ok()) {
                return existing.status();
            }
            if (!existing.value()) {
                if (Store::Status status = folders.rename(local.id, target); !status.ok()) {
                    return status;
                }
                if (Store::Status status = folders.setRole(local.id, Store::SpecialUse::None); !status.ok()) {
                    return status;
                }
                break;
            }
            if (existing.value()->localOnly) {
                // Set aside before (an earlier switch): one local folder per path, not one per switch.
                const Store::Result<QList<qint64>> ids = rowIds(database, local.id, QString());
                if (!ids.ok()) {
                    return ids.status();
                }
                if (Store::Status status = Store::MessageStore(database).move(ids.value(), existing.value()->id);
                    !status.ok()) {
                    return status;
                }
                if (Store::Status status = folders.remove(local.id); !status.ok()) {
                    return status;
                }
                break;
            }
        }
        aside.append(path);
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return aside;
}

Store::Result<QStringList> CacheHandover::makeServerFoldersLocal(Store::Database &database)
{
    Store::Transaction transaction(database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::Result<Store::Statement> server = database.exec(QStringLiteral(
        "SELECT f.id, f.path, f.uidvalidity, f.uidnext, coalesce((SELECT max(uid) FROM messages m WHERE m.folder_id "
        "= f.id), 0) FROM folders f WHERE f.local_only = 0 ORDER BY f.id"));
    if (!server.ok()) {
        return server.status();
    }
    struct Converted
    {
        qint64 id;
        QString path;
        qint64 uidValidity;
        qint64 uidNext;
    };
    QList<Converted> converted;
    while (server.value().next()) {
        const Store::Statement &row = server.value();
        converted.append({row.int64(0), row.text(1), row.int64(2), std::max(row.int64(3), row.int64(4) + 1)});
    }
    server.value().finish();
    QStringList paths;
    for (Converted &folder : converted) {
        if (folder.uidValidity == 0) {
            // Never selected: a local folder needs a UIDVALIDITY (1, as FolderStore gives one).
            folder.uidValidity = 1;
            if (Store::Result<Store::Statement> rows
                = database.exec(QStringLiteral("UPDATE messages SET uidvalidity = 1 WHERE folder_id = ?"), {folder.id});
                !rows.ok()) {
                return rows.status();
            }
        }
        // Rows a local move put here wait for a server UID that will not come now.
        const Store::Result<QList<qint64>> waiting = rowIds(database, folder.id, QStringLiteral("AND uid IS NULL"));
        if (!waiting.ok()) {
            return waiting.status();
        }
        for (const qint64 id : waiting.value()) {
            if (Store::Result<Store::Statement> update
                = database.exec(QStringLiteral("UPDATE messages SET uid = ?, uidvalidity = ? WHERE id = ?"),
                    {folder.uidNext++, folder.uidValidity, id});
                !update.ok()) {
                return update.status();
            }
        }
        if (Store::Result<Store::Statement> update = database.exec(
                QStringLiteral("UPDATE folders SET local_only = 1, uidvalidity = ?, uidnext = ?, highestmodseq = 0 "
                               "WHERE id = ?"),
                {folder.uidValidity, folder.uidNext, folder.id});
            !update.ok()) {
            return update.status();
        }
        paths.append(folder.path);
    }
    if (!paths.isEmpty()) {
        database.notify(Store::Database::Change::Folders);
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return paths;
}

} // namespace Letterbox::Services
