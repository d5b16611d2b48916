#pragma once

#include "protocol/imap/imapencoder.h"
#include "protocol/imap/imapresponse.h"
#include "store/folder.h"
#include "store/status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// What ImapFolderList::apply() did, and what the sync should visit.
struct FolderListChanges
{
    QStringList created;
    QStringList removed;
    /// Selectable folders in the server's order, INBOX first.
    QStringList selectable;
    /// The subset the sync visits when no folder is named: INBOX and the subscribed ones.
    QStringList subscribed;
    /// Local-only folders (of a POP3 past) set aside because the server has their path
    /// (CacheHandover::setAsideLocalFolders).
    QStringList setAside;
};

/**
 * @short The server's folder list into the cache's folders: which LIST to send, and the
 * reconciliation of its answer with FolderStore.
 *
 * LIST "" "*" RETURN (SUBSCRIBED SPECIAL-USE) when the server offers LIST-EXTENDED
 * (RFC 5258) and SPECIAL-USE (RFC 6154), so one command gives names, roles and
 * subscriptions; otherwise LIST and LSUB (RFC 3501 6.3.9). Names arrive decoded from
 * modified UTF-7 (ImapMailboxName) and are the cache's paths. INBOX gets the Inbox role
 * in any case; \\Sent, \\Drafts, \\Trash, \\Junk, \\Archive, \\All and \\Flagged theirs.
 *
 * A cached folder the server no longer lists is removed, with its messages, except a
 * local-only folder and one that a pending journal entry creates or renames to (RFC 4549:
 * the server has not seen that change yet). A rename on the server shows as a remove and
 * a create: IMAP LIST has no identity to follow (RFC 5258's OLDNAME only during RENAME).
 * A local-only folder whose path the server lists is first set aside
 * (CacheHandover::setAsideLocalFolders): the account was POP3 before.
 */
class ImapFolderList
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::ImapFolderList)

public:
    /// Whether to send LSUB after LIST (no LIST-EXTENDED).
    [[nodiscard]] static bool needsLsub(const QList<QByteArray> &capabilities);
    [[nodiscard]] static Imap::ImapListOptions listOptions(const QList<QByteArray> &capabilities);
    [[nodiscard]] static Store::SpecialUse role(const Imap::ImapListResponse &list);

    /// One untagged LIST or LSUB.
    void add(const Imap::ImapListResponse &response);
    [[nodiscard]] bool isEmpty() const { return m_order.isEmpty(); }

    /// Creates, updates and removes cached folders to match what add() collected.
    Store::Result<FolderListChanges> apply(Store::Database &database) const;

private:
    struct Entry
    {
        QString delimiter;
        Store::SpecialUse role = Store::SpecialUse::None;
        bool selectable = true;
        bool subscribed = false;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QSet<QString> m_lsub;
    bool m_sawLsub = false;
};

} // namespace Letterbox::Services
