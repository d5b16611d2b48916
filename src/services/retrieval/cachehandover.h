#pragma once

#include "store/status.h"

#include <QCoreApplication>
#include <QStringList>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/**
 * @short What a protocol switch does to the folders of an account's cache, so that
 * nothing downloaded under one protocol is lost or hidden under the other
 * (docs/ARCHITECTURE.md "Switching between POP3 and IMAP").
 *
 * Nothing happens when the setting changes (`account set NAME incoming imap` only writes
 * the INI): each engine hands the cache over to itself at the start of its run, so a
 * setting changed by hand, by the window or by the CLI is treated alike, and a cache that
 * needs nothing costs one query.
 *
 * - To IMAP (ImapFolderList::apply): a local-only folder whose path the server lists
 *   (a POP3 account's INBOX, Sent, Drafts, Trash) would otherwise be synced as that server
 *   folder, and its local UIDs taken for the server's: the first SELECT's UIDVALIDITY
 *   would drop every row. It is set aside instead, renamed to "PATH (local)" with no
 *   role, still local-only; an empty one is removed; when "PATH (local)" exists already
 *   (a second switch), its rows join it. The server's folder is then made fresh, and its
 *   header sync takes the set-aside rows over by identity (ImapFolderSync).
 * - To POP3 (Pop3LocalFolders::ensure): every server folder becomes local-only in place,
 *   rows, UIDs, bodies and roles kept (POP3 cannot sync them, and the cache may hold the
 *   only copy of what POP3 deletes from the server later). Rows without a UID get local
 *   ones, and the Inbox is the POP3 Inbox, where POP3 finds what it already holds.
 */
class CacheHandover
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::CacheHandover)

public:
    /// The local folders among @p serverPaths set aside; returns the paths set aside.
    static Store::Result<QStringList> setAsideLocalFolders(Store::Database &database, const QStringList &serverPaths);
    /// Every server folder made local-only; returns their paths.
    static Store::Result<QStringList> makeServerFoldersLocal(Store::Database &database);
    /// Where the local folder @p path goes when a server folder takes its path.
    [[nodiscard]] static QString asidePath(const QString &path, int attempt = 1);
};

} // namespace Letterbox::Services
