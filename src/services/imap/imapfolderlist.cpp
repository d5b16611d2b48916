#include "services/imap/imapfolderlist.h"

#include "protocol/imap/imapmailboxname.h"
#include "services/retrieval/cachehandover.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/offlinejournal.h"
#include "store/transaction.h"

namespace Letterbox::Services {

namespace {

bool offers(const QList<QByteArray> &capabilities, QByteArrayView name)
{
    return std::any_of(capabilities.cbegin(), capabilities.cend(),
        [&](const QByteArray &c) { return c.compare(name, Qt::CaseInsensitive) == 0; });
}

/// Paths the server has not seen yet because the journal still holds their creation.
QSet<QString> pendingLocalFolders(Store::Database &database)
{
    QSet<QString> paths;
    const Store::Result<QList<Store::JournalEntry>> pending = Store::OfflineJournal(database).pending();
    if (!pending.ok()) {
        return paths;
    }
    for (const Store::JournalEntry &entry : pending.value()) {
        if (entry.kind == Store::JournalKind::CreateFolder) {
            paths.insert(entry.folderPath);
        } else if (entry.kind == Store::JournalKind::RenameFolder) {
            paths.insert(entry.args.value(QStringLiteral("newPath")).toString());
        }
    }
    return paths;
}

} // namespace

bool ImapFolderList::needsLsub(const QList<QByteArray> &capabilities)
{
    return !offers(capabilities, "LIST-EXTENDED");
}

Imap::ImapListOptions ImapFolderList::listOptions(const QList<QByteArray> &capabilities)
{
    Imap::ImapListOptions options;
    if (offers(capabilities, "LIST-EXTENDED")) {
        options.subscribed = true;
        options.specialUse = offers(capabilities, "SPECIAL-USE");
    }
    return options;
}

Store::SpecialUse ImapFolderList::role(const Imap::ImapListResponse &list)
{
    if (Imap::ImapMailboxName::isInbox(list.mailboxWire)) {
        return Store::SpecialUse::Inbox;
    }
    switch (list.specialUse) {
    case Imap::ImapSpecialUse::Sent:
        return Store::SpecialUse::Sent;
    case Imap::ImapSpecialUse::Drafts:
        return Store::SpecialUse::Drafts;
    case Imap::ImapSpecialUse::Trash:
        return Store::SpecialUse::Trash;
    case Imap::ImapSpecialUse::Junk:
        return Store::SpecialUse::Junk;
    case Imap::ImapSpecialUse::Archive:
        return Store::SpecialUse::Archive;
    case Imap::ImapSpecialUse::All:
        return Store::SpecialUse::All;
    case Imap::ImapSpecialUse::Flagged:
        return Store::SpecialUse::Flagged;
    case Imap::ImapSpecialUse::Important:
    case Imap::ImapSpecialUse::None:
        break;
    }
    return Store::SpecialUse::None;
}

void ImapFolderList::add(const Imap::ImapListResponse &response)
{
    const QString path
        = Imap::ImapMailboxName::isInbox(response.mailboxWire) ? QStringLiteral("INBOX") : response.mailbox;
    if (path.isEmpty()) {
        return;
    }
    if (response.lsub) {
        m_sawLsub = true;
        m_lsub.insert(path);
        return;
    }
    if (response.has(Imap::ImapListResponse::NonExistent)) {
        return; // RFC 5258: only listed because of its children or its subscription
    }
    if (!m_entries.contains(path)) {
        m_order.append(path);
    }
    Entry &entry = m_entries[path];
    entry.delimiter = response.delimiter == '\0' ? QString() : QString(QLatin1Char(response.delimiter));
    entry.role = role(response);
    entry.selectable = !response.has(Imap::ImapListResponse::NoSelect);
    entry.subscribed = response.has(Imap::ImapListResponse::Subscribed);
}

Store::Result<FolderListChanges> ImapFolderList::apply(Store::Database &database) const
{
    if (m_order.isEmpty()) {
        return FolderListChanges {}; // a server always lists INBOX: an empty list is no answer
    }
    Store::FolderStore folders(database);
    const QSet<QString> keep = pendingLocalFolders(database);
    Store::Transaction transaction(database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    FolderListChanges changes;
    const Store::Result<QStringList> aside = CacheHandover::setAsideLocalFolders(database, m_order);
    if (!aside.ok()) {
        return aside.status();
    }
    changes.setAside = aside.value();
    const Store::Result<QList<Store::Folder>> cached = folders.list();
    if (!cached.ok()) {
        return cached.status();
    }
    QHash<QString, Store::Folder> byPath;
    for (const Store::Folder &folder : cached.value()) {
        byPath.insert(folder.path, folder);
    }
    for (const QString &path : m_order) {
        const Entry &entry = m_entries.value(path);
        const bool inbox = entry.role == Store::SpecialUse::Inbox;
        const bool subscribed = inbox || (m_sawLsub ? m_lsub.contains(path) : entry.subscribed);
        const auto existing = byPath.constFind(path);
        if (existing == byPath.cend()) {
            Store::NewFolder folder;
            folder.path = path;
            folder.delimiter = entry.delimiter;
            folder.role = entry.role;
            folder.subscribed = subscribed;
            if (const Store::Result<qint64> id = folders.create(folder); !id.ok()) {
                return id.status();
            }
            changes.created.append(path);
        } else {
            if (existing->role != entry.role) {
                if (Store::Status status = folders.setRole(existing->id, entry.role); !status.ok()) {
                    return status;
                }
            }
            if (existing->subscribed != subscribed) {
                if (Store::Status status = folders.setSubscribed(existing->id, subscribed); !status.ok()) {
                    return status;
                }
            }
        }
        if (entry.selectable) {
            (inbox ? changes.selectable.prepend(path) : changes.selectable.append(path));
            if (subscribed) {
                (inbox ? changes.subscribed.prepend(path) : changes.subscribed.append(path));
            }
        }
    }
    for (const Store::Folder &folder : cached.value()) {
        if (folder.localOnly || m_entries.contains(folder.path) || keep.contains(folder.path)) {
            continue;
        }
        if (Store::Status status = folders.remove(folder.id); !status.ok()) {
            return status;
        }
        changes.removed.append(folder.path);
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return changes;
}

} // namespace Letterbox::Services
