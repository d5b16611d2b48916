#pragma once

#include "store/status.h"

#include <QStringList>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// The local folders of a POP3 account and their paths (DESIGN.md: the cache holds the
/// only copy, so they are localOnly and their bodies are never evicted).
struct Pop3LocalFolderIds
{
    qint64 inbox = 0;
    qint64 sent = 0;
    qint64 drafts = 0;
    qint64 trash = 0;
    /// Server folders of the account's IMAP days made local by this call (CacheHandover).
    QStringList madeLocal;
};

/**
 * @short Makes sure a POP3 account's cache has Inbox ("INBOX"), Sent, Drafts and Trash,
 * local-only with their roles (RFC 6154 names), so the window and the CLI treat them as
 * an IMAP account's special-use folders.
 *
 * A folder is found by its role first, then by its path (and given the role); only what
 * is missing is created. SubmissionService files POP3 Sent copies into the same "Sent".
 * First, folders of a server (the account was IMAP before) become local-only
 * (CacheHandover::makeServerFoldersLocal): the IMAP Inbox is then the POP3 Inbox.
 */
class Pop3LocalFolders
{
public:
    static Store::Result<Pop3LocalFolderIds> ensure(Store::Database &database);
};

} // namespace Letterbox::Services
