#include "services/pop3/pop3localfolders.h"

#include "services/retrieval/cachehandover.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/transaction.h"

namespace Letterbox::Services {

namespace {

Store::Result<qint64> ensureFolder(Store::FolderStore &folders, const QString &path, Store::SpecialUse role)
{
    const Store::Result<std::optional<Store::Folder>> byRole = folders.findByRole(role);
    if (!byRole.ok()) {
        return byRole.status();
    }
    if (byRole.value()) {
        return byRole.value()->id;
    }
    const Store::Result<std::optional<Store::Folder>> byPath = folders.findByPath(path);
    if (!byPath.ok()) {
        return byPath.status();
    }
    if (byPath.value()) {
        if (Store::Status status = folders.setRole(byPath.value()->id, role); !status.ok()) {
            return status;
        }
        return byPath.value()->id;
    }
    Store::NewFolder folder;
    folder.path = path;
    folder.role = role;
    folder.localOnly = true;
    return folders.create(folder);
}

} // namespace

Store::Result<Pop3LocalFolderIds> Pop3LocalFolders::ensure(Store::Database &database)
{
    Store::Transaction transaction(database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Store::FolderStore folders(database);
    Pop3LocalFolderIds ids;
    const Store::Result<QStringList> madeLocal = CacheHandover::makeServerFoldersLocal(database);
    if (!madeLocal.ok()) {
        return madeLocal.status();
    }
    ids.madeLocal = madeLocal.value();
    const struct
    {
        QString path;
        Store::SpecialUse role;
        qint64 *id;
    } wanted[] = {
        {QStringLiteral("INBOX"), Store::SpecialUse::Inbox, &ids.inbox},
        {QStringLiteral("Sent"), Store::SpecialUse::Sent, &ids.sent},
        {QStringLiteral("Drafts"), Store::SpecialUse::Drafts, &ids.drafts},
        {QStringLiteral("Trash"), Store::SpecialUse::Trash, &ids.trash},
    };
    for (const auto &folder : wanted) {
        const Store::Result<qint64> id = ensureFolder(folders, folder.path, folder.role);
        if (!id.ok()) {
            return id.status();
        }
        *folder.id = id.value();
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return ids;
}

} // namespace Letterbox::Services
