#pragma once

#include <QString>

namespace Letterbox::Store {

/// A folder's special use (RFC 6154), so the window can put Inbox, Sent… first with their icons.
enum class SpecialUse { None = 0, Inbox, Drafts, Sent, Junk, Trash, Archive, All, Flagged };

/// What a new folder is made from.
struct NewFolder
{
    QString path; ///< the full name (IMAP: decoded from modified UTF-7)
    QString delimiter; ///< hierarchy delimiter, "" when the server has none
    SpecialUse role = SpecialUse::None;
    bool subscribed = true;
    /// A POP3 account's folder: nothing on a server, UIDs are assigned locally and
    /// bodies are never evicted (the cache holds the only copy).
    bool localOnly = false;
    quint32 uidValidity = 0; ///< IMAP: from SELECT; a local folder gets 1 when 0
};

/// IMAP state of a folder's cache (RFC 4549, RFC 7162).
struct FolderSyncState
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    qint64 highestModSeq = 0;
};

/// One row of the folders table.
struct Folder
{
    qint64 id = 0;
    QString path;
    QString delimiter;
    SpecialUse role = SpecialUse::None;
    FolderSyncState sync;
    bool subscribed = true;
    bool localOnly = false;
    qint64 totalCount = 0;
    qint64 unreadCount = 0;

    /// The last path segment ("Work" for "INBOX/Work").
    [[nodiscard]] QString name() const
    {
        return delimiter.isEmpty() ? path : path.section(delimiter, -1, -1, QString::SectionSkipEmpty);
    }
};

} // namespace Letterbox::Store
