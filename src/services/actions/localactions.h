#pragma once

#include "store/folder.h"
#include "store/messagerecord.h"
#include "store/offlinejournal.h"
#include "store/status.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Letterbox::Store {
class Database;
class MessageStore;
} // namespace Letterbox::Store

namespace Letterbox::Services {

/**
 * What a local action did, so the window can show it and offer an undo. An undo is a new
 * action (journaled like any other), never a journal rollback: the server may already have
 * the first one.
 */
struct ActionOutcome
{
    /// The rows that changed: flags changed (markRead of an already read message is not
    /// in it), moved (same ids, now in the target), the new rows of a copy, the rows of a
    /// deleteMessages (moved to Trash or removed), empty for folder actions.
    QList<qint64> ids;
    /// move and a delete to Trash: source folder → the ids that left it. Undo: move each
    /// list back to its folder.
    QHash<qint64, QList<qint64>> movedFrom;
    /// deleteMessages: the rows removed for good (in Trash, or with no Trash); no undo.
    QList<qint64> removed;
    /// move/copy: the target; a delete to Trash: the Trash; createFolder: the new folder.
    qint64 folderId = 0;
    /// The journal entries written in the same transaction (none for local folders).
    QList<qint64> journalIds;
};

/**
 * @short The person's actions on messages and folders: applied to the store at once and,
 * for a server folder of an IMAP account, journaled in the same transaction, so they show
 * at once, survive a crash and replay later (ImapJournalReplay; RFC 4549 section 4).
 *
 * DESIGN.md principle 3: the change and its journal entry commit together or not at all.
 * The entries' format is the table in store/offlinejournal.h. A POP3 account's folders
 * (and any localOnly folder) are changed in the store only: there is no server to tell.
 *
 * Deleting: a message outside Trash moves to the Trash role folder (the server's for a
 * server folder, the local one for a local folder); in Trash, or when there is no Trash
 * of the same kind, it is removed for good (IMAP: replayed as +\\Deleted and UID EXPUNGE).
 *
 * Limits: moving or copying between a local folder and a server folder is refused (it
 * would need an APPEND of a body the cache may not hold, or would leave the server's copy
 * behind); INBOX cannot be renamed or deleted (RFC 9051 6.3.5/6.3.6 give it special rules).
 */
class LocalActions
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::LocalActions)

public:
    /// @p imapAccount: new folders are made on the server (journaled), else local.
    LocalActions(Store::Database &database, bool imapAccount);

    Store::Result<ActionOutcome> markRead(const QList<qint64> &ids);
    Store::Result<ActionOutcome> markUnread(const QList<qint64> &ids);
    Store::Result<ActionOutcome> flag(const QList<qint64> &ids);
    Store::Result<ActionOutcome> unflag(const QList<qint64> &ids);
    /// Sets (@p on) or clears @p flag on the messages; entries only for rows that changed.
    Store::Result<ActionOutcome> setFlag(const QList<qint64> &ids, Store::MessageFlag flag, bool on);
    /// Sets or clears the keyword @p keyword (a tag such as `$label1`), journaled as a
    /// flag change; a keyword that is no IMAP atom, or a system flag, is refused.
    Store::Result<ActionOutcome> setKeyword(const QList<qint64> &ids, const QString &keyword, bool on);
    /// An IMAP flag-keyword (RFC 9051 atom, at most 64 characters, no backslash).
    [[nodiscard]] static bool isValidKeyword(const QString &keyword);

    /// Moves the messages into @p targetFolderId, keeping their ids (see ActionOutcome::movedFrom).
    Store::Result<ActionOutcome> move(const QList<qint64> &ids, qint64 targetFolderId);
    /// Copies the messages into @p targetFolderId; ActionOutcome::ids are the copies.
    Store::Result<ActionOutcome> copy(const QList<qint64> &ids, qint64 targetFolderId);
    /// To Trash, or for good when in Trash or there is none (see the class comment).
    Store::Result<ActionOutcome> deleteMessages(const QList<qint64> &ids);
    /// Removes the messages for good wherever they are (a draft's older copies), with no
    /// stop in Trash; journaled like a delete in Trash.
    Store::Result<ActionOutcome> deleteForGood(const QList<qint64> &ids);

    /// A new folder @p path; @p delimiter "" takes the one of the account's Inbox.
    Store::Result<ActionOutcome> createFolder(const QString &path, const QString &delimiter = QString());
    /// Renames the folder and its subfolders (as IMAP RENAME does).
    Store::Result<ActionOutcome> renameFolder(qint64 folderId, const QString &newPath);
    /// Removes the folder and its messages (its subfolders stay, as with IMAP DELETE).
    Store::Result<ActionOutcome> deleteFolder(qint64 folderId);

private:
    struct Group;
    struct Targeted;
    Store::Result<QList<Group>> groupByFolder(const QList<qint64> &ids);
    using MarkChange
        = std::function<Store::Result<QList<qint64>>(Store::MessageStore &messages, const QList<qint64> &ids)>;
    /// setFlag and setKeyword: @p change applied to the rows where @p has differs from
    /// @p on, each folder's journaled as a Flag/Unflag of @p name.
    Store::Result<ActionOutcome> changeMarks(const QList<qint64> &ids, const QString &name, bool on,
        const std::function<bool(const Store::MessageRecord &)> &has, const MarkChange &change);
    Store::Result<Targeted> targetAndGroups(const QList<qint64> &ids, qint64 targetFolderId);
    Store::Result<Store::Folder> existingFolder(qint64 folderId);
    Store::Result<qint64> journalMessages(Store::JournalKind kind, const Group &group, QJsonObject args);
    Store::Result<qint64> journalFolder(
        Store::JournalKind kind, const QString &path, qint64 folderId, const QJsonObject &args);
    /// Renames (@p newPath) or deletes (none) a folder, journaled for a server folder.
    Store::Result<ActionOutcome> changeFolder(qint64 folderId, const std::optional<QString> &newPath);
    Store::Result<ActionOutcome> moveGroups(const QList<Group> &groups, const Store::Folder &target);
    Store::Result<ActionOutcome> removeGroups(const QList<Group> &groups);

    Store::Database &m_database;
    bool m_imapAccount = false;
};

} // namespace Letterbox::Services
