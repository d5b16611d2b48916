#pragma once

#include <Qt>

namespace Letterbox::Models {

/**
 * @short The item roles of every model in src/models, in one enum (Trojitá's ItemRoles.h).
 *
 * One enum so a role means the same in the folder tree and the message list, and a view
 * or proxy can ask any index for it. A plain (unscoped) enum on purpose: data() and
 * setData() take an int role, and `index.data(Models::IsUnreadRole)` should read as it
 * does for Qt's own roles. A role a model does not know gives an invalid QVariant.
 *
 * Besides these, the models answer Qt::DisplayRole, Qt::EditRole (folders), Qt::FontRole
 * (a bold QFont for unread), Qt::ToolTipRole and Qt::TextAlignmentRole. No model returns
 * Qt::DecorationRole: IconNameRole names a freedesktop theme icon and the gui picks the
 * QIcon (QIcon::fromTheme with the bundled fallback theme), so the models need no QtGui
 * icon engine and tests need no theme.
 */
enum Role : int {
    // --- shared --------------------------------------------------------------------------
    /// QString: the account's name (unique in a profile; the key of Profile and AccountStore).
    AccountIdRole = Qt::UserRole + 1,
    /// int: the account's index in AccountCaches (what MessageRef and the models' API take).
    AccountIndexRole,
    /// qint64: the store row id of the folder (0 for nodes that are not folders).
    FolderIdRole,
    /// QString: a freedesktop icon name ("mail-folder-inbox", "mail-unread", …); empty for none.
    IconNameRole,

    // --- FolderTreeModel -----------------------------------------------------------------
    /// int: a FolderTreeModel::NodeKind (unified Inbox, account, folder, path part).
    NodeKindRole,
    /// int: the folder's Store::SpecialUse (0 = None); Inbox for the unified Inbox node.
    SpecialUseRole,
    /// qint64: unread messages in the folder (the unified Inbox: in every account's Inbox).
    /// Qt::DisplayRole already shows it as "Inbox (3)"; Qt::EditRole and NameRole do not.
    UnreadCountRole,
    /// qint64: messages in the folder.
    TotalCountRole,
    /// QString: the folder's full path on the server ("INBOX/Work"), or the path part's.
    PathRole,
    /// QString: the name shown without the unread count ("Work"; "Inbox" for INBOX).
    NameRole,

    // --- MessageListModel (every column answers these for its row) ----------------------
    /// qint64: the message's row id in its account's cache (Store::MessageRecord::id).
    MessageIdRole,
    /// bool: \Seen is not set.
    IsUnreadRole,
    /// bool: \Flagged is set.
    IsFlaggedRole,
    /// bool: \Answered is set.
    IsAnsweredRole,
    /// bool: the message has attachments (as the header sync or the parser saw it).
    HasAttachmentRole,
    /// int: the Store::BodyState (none, partial, full, evicted, missing): lets a view draw
    /// "not downloaded yet" before it asks the service for the body.
    BodyStateRole,
    /// bool: enough of the body is cached to show it offline (BodyState Partial or Full).
    IsBodyCachedRole,
    /// int: nesting in the threaded view (0 for a thread's first message and in flat views).
    ThreadDepthRole,
    /// qint64: the row id of the message this one replies to in the threaded view (0: none).
    ThreadParentIdRole,
    /// int: replies below this row in the threaded view, at any depth (0 in flat views).
    ThreadReplyCountRole,
    /// bool: this thread row is collapsed (its replies hidden) in the threaded view.
    IsThreadCollapsedRole,
    /// qint64: the store's thread id (the same for every message of a conversation).
    ThreadIdRole,
    /// QDateTime: the date the Date column shows (the internal date, local time).
    DateRole,
    /// qint64: the size in bytes.
    SizeRole,
    /// QString: the subject as stored (the Subject column shows "(no subject)" for none).
    SubjectRole,
    /// QString: the sender's display name or address.
    SenderRole,
    /// QString: the To summary.
    RecipientsRole,
    /// QString: the first words of the body, when the cache has them.
    SnippetRole,
    /// bool: the row's record is in memory now (false only while a removal is on its way);
    /// for tests and for a delegate that wants to draw a placeholder.
    IsLoadedRole,
    /// QStringList: the names of the message's tags (MessageTags), for a tooltip or a view.
    TagsRole,
    /// QStringList: the message's IMAP keywords as stored ($label1, …), for tag actions.
    KeywordsRole,
    /// QString: a folder's hierarchy delimiter ("/" or "."), to build a subfolder's path.
    DelimiterRole,

    // --- AddressCompletionModel (also NameRole: the display name, empty for none) --------
    /// QString: the e-mail address alone ("bob@example.org").
    EmailAddressRole,
    /// qint64: messages in every account's cache that named the address.
    UseCountRole,
    /// QDateTime: when the latest of them arrived.
    LastSeenRole,

    // --- ConnectionListModel and TranscriptModel (the protocol inspector) ---------------
    /// quint64: the connection's id in Services::ConnectionRegistry.
    ConnectionIdRole,
    /// bool: the connection is still open (or connecting).
    IsLiveRole,
    /// int: a Services::TranscriptRow::Direction (client, server, info); -1 for a folded line.
    TranscriptDirectionRole,
    /// bool: the row is a folded literal or message body (its lines are its children).
    IsFoldedRole,
    /// qint64: the row's sequence in the connection's transcript.
    SequenceRole,
};

} // namespace Letterbox::Models
