#pragma once

#include "models/messageorder.h"
#include "models/messagepagecache.h"
#include "models/messageref.h"
#include "models/threadfolding.h"
#include "store/folder.h"

#include <QAbstractTableModel>

#include <optional>

namespace Letterbox::Models {

class AccountCaches;

/**
 * @short The message list: a lazy, windowed table over one folder, the unified Inbox or
 * a set of messages (search results).
 *
 * The rows are only ids — one qint64 per row (MessageOrder, RowKey) read in one
 * covering-index scan — and the records of the rows a view asks data() for are read a
 * page at a time into a bounded LRU (MessagePageCache): a 100,000-row folder holds
 * 800 KB of ids and at most cachedRecordLimit() records however far it is scrolled.
 * data() reads the local SQLite store only, never the network (DESIGN.md principle 1),
 * and only for a page not in memory (about 0.3 ms for 64 rows).
 *
 * Columns: read, flagged, attachment, correspondent (the sender, or the recipients in
 * Sent and Drafts), subject, date (the internal date in local time, the order of the
 * Date sort), size, account. The account column is always there; the gui hides it
 * outside the unified Inbox. Every column answers the roles of roles.h for its row.
 * sort() re-reads the order for a Store::SortKey and applies it as a layout change, so
 * the selection stays; the account column sorts by account, then newest first.
 *
 * Threaded (setThreaded): one folder's MessageQuery::threadedList(), as a flat list in
 * thread order with ThreadDepthRole, ThreadParentIdRole and ThreadReplyCountRole (a view
 * indents by depth and draws the expander). setThreadCollapsed() hides the replies under
 * a row (ThreadFolding) as a row removal, so it stays a table model and the selection of
 * the other rows stays; revealMessage() expands what hides a message. The unified Inbox
 * and search results are never threaded, and sort() does not change thread order.
 *
 * Quick filter (setQuickFilter): only unread, flagged or with-attachment rows of what is
 * shown (a folder, the unified Inbox, search results), read from the store with the order
 * (MessageQuery::orderedIds with a MessageFilter), so a 100,000-row folder filters in one
 * index scan. A filtered folder is a flat list even with threads on. A row that stops
 * matching while shown (read under "Unread") stays until the filter or the folder changes.
 *
 * Live updates: on StoreNotifier messagesInserted/Removed/Changed for a folder it shows
 * (and, for the unified Inbox, foldersChanged that brings an account's first Inbox),
 * the model re-reads the order and applies the difference as beginRemoveRows /
 * beginInsertRows runs, a layout change when rows changed places (a flag change under
 * the unread sort) and dataChanged for changed rows; a view's selection, current index
 * and scroll position survive a sync. Only showing another folder, toggling threads or
 * clear() reset the model.
 */
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReadColumn,
        FlaggedColumn,
        AttachmentColumn,
        CorrespondentColumn,
        SubjectColumn,
        DateColumn,
        SizeColumn,
        AccountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MessageListModel(AccountCaches &caches, QObject *parent = nullptr);
    ~MessageListModel() override;

    /// Shows folder @p folderId of @p account (a model reset); false if it cannot be read.
    bool showFolder(int account, qint64 folderId);
    /// Shows every account's Inbox in one list.
    bool showUnifiedInbox();
    /// Shows @p messages in the given order (search hits); they follow removals only.
    void showMessages(const QList<MessageRef> &messages);
    /**
     * Full-text search (MessageQuery::search, FtsExpression syntax) over every account, or
     * one folder when @p within is given: the best @p limit hits, best first. Typing more
     * of a query while results are shown updates them as row changes, not a reset, so a
     * result selected before the keystroke stays selected when it still matches.
     */
    bool showSearch(const QString &text, std::optional<FolderScope> within = {}, int limit = 500);
    void clear();

    /// Shows only the rows that pass @p filter's conditions (its keep list is the model's own).
    void setQuickFilter(const Store::MessageFilter &filter);
    /// Drops the filter without reading the rows again: the next show…() shows every row.
    void resetQuickFilter() { m_filter = {}; }
    [[nodiscard]] Store::MessageFilter quickFilter() const { return m_filter.conditions; }

    /// Threaded view of a single folder; ignored for the unified Inbox and search results.
    void setThreaded(bool threaded);
    [[nodiscard]] bool isThreaded() const { return m_threaded; }
    /// Hides or shows the replies under @p row (threaded view; a row without replies: no-op).
    void setThreadCollapsed(int row, bool collapsed);
    [[nodiscard]] bool isThreadCollapsed(int row) const;
    void collapseAllThreads();
    void expandAllThreads();
    /// Expands the threads that hide @p message; its row afterwards, or -1.
    int revealMessage(const MessageRef &message);
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// The store order a column sorts by (the correspondent column: From, or Recipient in
    /// Sent and Drafts).
    [[nodiscard]] Store::SortKey sortKeyOf(int column) const;

    /// The row of @p message, or -1 ("select message X").
    [[nodiscard]] int rowOf(const MessageRef &message) const;
    [[nodiscard]] MessageRef messageAt(int row) const;
    /// The messages of @p indexes' rows, each once, in row order (for actions).
    [[nodiscard]] QList<MessageRef> messagesAt(const QModelIndexList &indexes) const;

    /// Records held in memory now, and the most it will hold (tests, benchmarks).
    [[nodiscard]] int cachedRecordCount() const { return m_cache.recordCount(); }
    [[nodiscard]] int cachedRecordLimit() const { return m_cache.maxPages() * MessagePageCache::s_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Rows drag as MessageDrag payloads (to a folder of the folder tree).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    /// The folder shown was removed from the cache; the list is now empty.
    void folderRemoved();
    /// Reading the store failed (one sentence); the list keeps what it showed.
    void readFailed(const QString &message);

private:
    enum class Kind { Empty, Folders, Messages };

    void connectAccount(int account);
    /// A removed account: its signals stop, and a list showing any of its rows is emptied.
    void disconnectAccount(int account);
    bool reload(bool reset);
    Store::Result<MessageRows> loadRows() const;
    void applyRows(MessageRows rows);
    [[nodiscard]] bool isThreadedView() const
    {
        return m_threaded && m_kind == Kind::Folders && !m_unified && m_scopes.size() == 1
            && m_filter.conditions.isEmpty();
    }
    void onInserted(int account, qint64 folderId);
    void onRemoved(int account, qint64 folderId, const QList<qint64> &ids);
    void onChanged(int account, qint64 folderId, const QList<qint64> &ids);
    void onFoldersChanged();
    /// The Inbox of every account that has one.
    [[nodiscard]] QList<FolderScope> inboxes() const;
    [[nodiscard]] bool shows(int account, qint64 folderId) const;
    [[nodiscard]] bool orderDependsOnFlags() const;
    const Store::MessageRecord *record(int row) const;
    [[nodiscard]] bool showsRecipients() const;

    AccountCaches &m_caches;
    Kind m_kind = Kind::Empty;
    QList<FolderScope> m_scopes; ///< the folders shown (Kind::Folders)
    bool m_unified = false; ///< m_scopes are the Inboxes of the unified Inbox (even if only one)
    Store::SpecialUse m_role = Store::SpecialUse::None; ///< of a single folder: Sent/Drafts show recipients
    bool m_threaded = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    MessageRows m_rows;
    RowFilter m_filter;
    /// The search shown (Kind::Messages from showSearch), run again when the filter changes.
    struct Search
    {
        QString text;
        std::optional<FolderScope> within;
        int limit = 0;
    };
    std::optional<Search> m_search;
    ThreadFolding m_folding; ///< the whole threaded order, in a threaded view
    mutable MessagePageCache m_cache;
};

} // namespace Letterbox::Models
