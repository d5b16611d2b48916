#include "models/messagelistmodel.h"

#include "models/messagedrag.h"

#include "models/accountcaches.h"
#include "models/messagecolumns.h"
#include "models/roles.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/storenotifier.h"

#include <QSet>

#include <algorithm>

namespace Letterbox::Models {

using Store::MessageRecord;
using Store::SortKey;

MessageListModel::MessageListModel(AccountCaches &caches, QObject *parent)
    : QAbstractTableModel(parent)
    , m_caches(caches)
{
    for (int account = 0; account < m_caches.count(); ++account) {
        connectAccount(account);
    }
    connect(&m_caches, &AccountCaches::accountAdded, this, &MessageListModel::connectAccount);
    connect(&m_caches, &AccountCaches::accountRemoving, this, &MessageListModel::disconnectAccount);
}

void MessageListModel::disconnectAccount(int account)
{
    if (Store::Database *database = m_caches.database(account)) {
        database->notifier()->disconnect(this);
    }
    const bool shown = std::any_of(m_scopes.cbegin(), m_scopes.cend(),
                           [account](const FolderScope &scope) { return scope.account == account; })
        || std::any_of(m_rows.keys.cbegin(), m_rows.keys.cend(),
            [account](qint64 key) { return RowKey::account(key) == account; });
    if (shown) {
        clear(); // the window shows another folder next
    }
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::connectAccount(int account)
{
    Store::Database *database = m_caches.database(account);
    if (!database) {
        return;
    }
    Store::StoreNotifier *notifier = database->notifier();
    connect(notifier, &Store::StoreNotifier::messagesInserted, this,
        [this, account](qint64 folderId, const QList<qint64> &) { onInserted(account, folderId); });
    connect(notifier, &Store::StoreNotifier::messagesRemoved, this,
        [this, account](qint64 folderId, const QList<qint64> &ids) { onRemoved(account, folderId, ids); });
    connect(notifier, &Store::StoreNotifier::messagesChanged, this,
        [this, account](qint64 folderId, const QList<qint64> &ids) { onChanged(account, folderId, ids); });
    connect(notifier, &Store::StoreNotifier::foldersChanged, this, &MessageListModel::onFoldersChanged);
}

QList<FolderScope> MessageListModel::inboxes() const
{
    QList<FolderScope> scopes;
    for (int account = 0; account < m_caches.count(); ++account) {
        if (!m_caches.database(account)) {
            continue; // a removed account's empty slot
        }
        const Store::Result<std::optional<Store::Folder>> inbox
            = Store::FolderStore(*m_caches.database(account)).findByRole(Store::SpecialUse::Inbox);
        if (inbox.ok() && inbox.value()) {
            scopes.append(FolderScope {account, inbox.value()->id});
        }
    }
    return scopes;
}

// An account's first sync makes its Inbox: the unified Inbox takes it in (as rows inserted).
void MessageListModel::onFoldersChanged()
{
    if (m_kind != Kind::Folders) {
        return;
    }
    if (!m_unified) {
        // A removed folder takes its rows with it without a messagesRemoved signal.
        const FolderScope &shown = m_scopes.first();
        const Store::Result<std::optional<Store::Folder>> folder
            = Store::FolderStore(*m_caches.database(shown.account)).folder(shown.folderId);
        if (folder.ok() && !folder.value()) {
            clear();
            Q_EMIT folderRemoved();
        }
        return;
    }
    const QList<FolderScope> scopes = inboxes();
    const bool same = scopes.size() == m_scopes.size()
        && std::equal(
            scopes.cbegin(), scopes.cend(), m_scopes.cbegin(), [](const FolderScope &a, const FolderScope &b) {
                return a.account == b.account && a.folderId == b.folderId;
            });
    if (!same) {
        m_scopes = scopes;
        reload(false);
    }
}

// --- what is shown ------------------------------------------------------------------------

bool MessageListModel::showFolder(int account, qint64 folderId)
{
    Store::Database *database = m_caches.database(account);
    if (!database) {
        return false;
    }
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(*database).folder(folderId);
    if (!folder.ok() || !folder.value()) {
        Q_EMIT readFailed(folder.ok() ? tr("The folder is no longer in the cache.") : folder.message());
        return false;
    }
    m_kind = Kind::Folders;
    m_unified = false;
    m_folding.clear();
    m_filter.keptKeys.clear();
    m_scopes = {FolderScope {account, folderId}};
    m_role = folder.value()->role;
    return reload(true);
}

bool MessageListModel::showUnifiedInbox()
{
    const QList<FolderScope> scopes = inboxes();
    m_kind = Kind::Folders;
    m_unified = true;
    m_folding.clear();
    m_filter.keptKeys.clear();
    m_scopes = scopes;
    m_role = Store::SpecialUse::Inbox;
    return reload(true);
}

void MessageListModel::showMessages(const QList<MessageRef> &messages)
{
    beginResetModel();
    m_kind = Kind::Messages;
    m_search.reset();
    m_unified = false;
    m_folding.clear();
    m_scopes.clear();
    m_role = Store::SpecialUse::None;
    m_rows = {};
    m_rows.keys.reserve(messages.size());
    for (const MessageRef &message : messages) {
        m_rows.keys.append(RowKey::pack(message.account, message.id));
    }
    m_cache.clear();
    endResetModel();
}

bool MessageListModel::showSearch(const QString &text, std::optional<FolderScope> within, int limit)
{
    struct Hit
    {
        double rank;
        qint64 key;
    };
    QList<Hit> hits;
    for (int account = 0; account < m_caches.count(); ++account) {
        if ((within && within->account != account) || !m_caches.database(account)) {
            continue;
        }
        const Store::Result<QList<Store::SearchHit>> found
            = Store::MessageQuery(*m_caches.database(account))
                  .search(text, limit, within ? std::optional<qint64>(within->folderId) : std::optional<qint64>(),
                      m_filter.conditions);
        if (!found.ok()) {
            Q_EMIT readFailed(found.message());
            return false;
        }
        for (const Store::SearchHit &hit : found.value()) {
            hits.append(Hit {hit.rank, RowKey::pack(account, hit.id)});
        }
    }
    // bm25 ranks of two caches are not on one scale, but close enough to interleave the
    // best of each; within a cache the order is the store's.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.rank < b.rank; });
    MessageRows rows;
    for (qsizetype i = 0; i < std::min<qsizetype>(hits.size(), limit); ++i) {
        rows.keys.append(hits.at(i).key);
    }
    if (m_kind == Kind::Messages) {
        applyRows(std::move(rows));
    } else {
        QList<MessageRef> messages;
        for (qint64 key : std::as_const(rows.keys)) {
            messages.append(RowKey::ref(key));
        }
        showMessages(messages);
    }
    m_search = Search {text, within, limit};
    return true;
}

void MessageListModel::setQuickFilter(const Store::MessageFilter &filter)
{
    if (filter.sameConditions(m_filter.conditions)) {
        return;
    }
    m_filter = RowFilter {filter, {}};
    m_filter.conditions.keep.clear();
    if (m_kind == Kind::Messages) {
        if (m_search) {
            const Search search = *m_search;
            showSearch(search.text, search.within, search.limit);
        }
        return;
    }
    if (m_kind != Kind::Folders) {
        return;
    }
    // A reset, not the diff of a sync: filtering 100,000 rows down to 30,000 is tens of
    // thousands of removal runs, each costing the view a pass over its rows (6 s measured).
    // Threaded and flat rows also differ in their roles. The window selects again.
    m_folding.clear();
    reload(true);
}

void MessageListModel::clear()
{
    beginResetModel();
    m_kind = Kind::Empty;
    m_search.reset();
    m_folding.clear();
    m_scopes.clear();
    m_rows = {};
    m_cache.clear();
    endResetModel();
}

void MessageListModel::setThreaded(bool threaded)
{
    if (m_threaded == threaded) {
        return;
    }
    m_threaded = threaded;
    m_folding.clear();
    if (m_kind == Kind::Folders && !m_unified && m_scopes.size() == 1) {
        reload(true);
    }
}

SortKey MessageListModel::sortKeyOf(int column) const
{
    switch (column) {
    case ReadColumn:
        return SortKey::Unread;
    case FlaggedColumn:
        return SortKey::Flagged;
    case AttachmentColumn:
        return SortKey::Attachment;
    case CorrespondentColumn:
        return m_role == Store::SpecialUse::Sent || m_role == Store::SpecialUse::Drafts ? SortKey::Recipient
                                                                                        : SortKey::From;
    case SubjectColumn:
        return SortKey::Subject;
    case SizeColumn:
        return SortKey::Size;
    default:
        return SortKey::Date;
    }
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return; // a view's "no sort indicator"
    }
    m_sortColumn = column;
    m_sortOrder = order;
    // Search results keep their rank order, and threads their thread order.
    if (m_kind == Kind::Folders && !isThreadedView()) {
        reload(false);
    }
}

// --- reading and applying the order ----------------------------------------------------------

Store::Result<MessageRows> MessageListModel::loadRows() const
{
    if (m_kind != Kind::Folders || m_scopes.isEmpty()) {
        return MessageRows {};
    }
    if (isThreadedView()) {
        return MessageOrder::threaded(m_caches, m_scopes.first());
    }
    const bool byAccount = m_sortColumn == AccountColumn && m_unified;
    return MessageOrder::sorted(m_caches, m_scopes, sortKeyOf(m_sortColumn), m_sortOrder, byAccount, m_filter);
}

bool MessageListModel::reload(bool reset)
{
    Store::Result<MessageRows> rows = loadRows();
    if (rows.ok() && isThreadedView()) {
        m_folding.setRows(std::move(rows).value());
        rows = m_folding.visible();
    }
    if (!rows.ok()) {
        Q_EMIT readFailed(rows.message());
        if (reset) {
            beginResetModel();
            m_rows = {};
            m_cache.clear();
            endResetModel();
        }
        return false;
    }
    if (reset) {
        beginResetModel();
        m_rows = std::move(rows).value();
        m_cache.clear();
        endResetModel();
    } else {
        applyRows(std::move(rows).value());
    }
    return true;
}

// Turns the current rows into @p rows with the signals a view keeps its state through:
// removals in runs, a layout change only if rows that stay changed places, then inserts
// in runs. Rows are matched by key, so a row's selection follows its message.
void MessageListModel::applyRows(MessageRows rows)
{
    const QList<qint64> &wanted = rows.keys;
    const QSet<qint64> wantedSet(wanted.cbegin(), wanted.cend());
    QList<qint64> &keys = m_rows.keys;
    const bool threaded = !rows.threads.isEmpty() || !m_rows.threads.isEmpty();
    m_rows.threads = std::move(rows.threads);

    // 1. Rows that went, from the bottom up so earlier row numbers stay right.
    int runEnd = -1;
    for (int row = int(keys.size()) - 1; row >= -1; --row) {
        const bool gone = row >= 0 && !wantedSet.contains(keys.at(row));
        if (gone) {
            if (runEnd < 0) {
                runEnd = row;
            }
            continue;
        }
        if (runEnd >= 0) {
            beginRemoveRows({}, row + 1, runEnd);
            keys.remove(row + 1, runEnd - row);
            m_cache.clear();
            endRemoveRows();
            runEnd = -1;
        }
    }

    // 2. Rows that stayed but changed places (a sort key of theirs changed).
    const QSet<qint64> kept(keys.cbegin(), keys.cend());
    QList<qint64> keptInOrder;
    keptInOrder.reserve(keys.size());
    for (qint64 key : wanted) {
        if (kept.contains(key)) {
            keptInOrder.append(key);
        }
    }
    // std::equal, not QList's operator!=: Qt 6.4 memcmp()s a null buffer when both are empty.
    if (!std::equal(keptInOrder.cbegin(), keptInOrder.cend(), keys.cbegin(), keys.cend())) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> beforeKeys;
        beforeKeys.reserve(before.size());
        for (const QModelIndex &index : before) {
            beforeKeys.append(keys.at(index.row()));
        }
        keys = keptInOrder;
        m_cache.clear();
        QHash<qint64, int> rowOfKey;
        rowOfKey.reserve(keys.size());
        for (int row = 0; row < keys.size(); ++row) {
            rowOfKey.insert(keys.at(row), row);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            after.append(index(rowOfKey.value(beforeKeys.at(i)), before.at(i).column()));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows, in runs. Rows that stayed are now in wanted's order, so a mismatch at
    //    a position is a new row there.
    for (int row = 0; row < wanted.size();) {
        if (row < keys.size() && keys.at(row) == wanted.at(row)) {
            ++row;
            continue;
        }
        int end = row;
        while (end < wanted.size() && !kept.contains(wanted.at(end))) {
            ++end;
        }
        beginInsertRows({}, row, end - 1);
        keys = keys.first(row) + wanted.mid(row, end - row) + keys.sliced(row);
        m_cache.clear();
        endInsertRows();
        row = end;
    }

    if (threaded && !keys.isEmpty()) {
        Q_EMIT dataChanged(
            index(0, 0), index(int(keys.size()) - 1, ColumnCount - 1), {ThreadDepthRole, ThreadParentIdRole});
    }
}

// --- store signals ---------------------------------------------------------------------------

bool MessageListModel::shows(int account, qint64 folderId) const
{
    return m_kind == Kind::Folders && std::any_of(m_scopes.cbegin(), m_scopes.cend(), [&](const FolderScope &scope) {
        return scope.account == account && scope.folderId == folderId;
    });
}

bool MessageListModel::orderDependsOnFlags() const
{
    const SortKey key = sortKeyOf(m_sortColumn);
    return !isThreadedView() && (key == SortKey::Unread || key == SortKey::Flagged);
}

void MessageListModel::onInserted(int account, qint64 folderId)
{
    if (shows(account, folderId)) {
        reload(false);
    }
}

void MessageListModel::onRemoved(int account, qint64 folderId, const QList<qint64> &ids)
{
    if (shows(account, folderId)) {
        reload(false);
        return;
    }
    if (m_kind != Kind::Messages) {
        return;
    }
    // A search result that moved to another folder is still a result: drop only the rows
    // whose message left the cache.
    QList<qint64> shown;
    for (qint64 id : ids) {
        if (m_rows.keys.contains(RowKey::pack(account, id))) {
            shown.append(id);
        }
    }
    if (shown.isEmpty()) {
        return;
    }
    const Store::Result<QList<MessageRecord>> still = Store::MessageQuery(*m_caches.database(account)).records(shown);
    QSet<qint64> gone;
    for (qint64 id : shown) {
        gone.insert(RowKey::pack(account, id));
    }
    if (still.ok()) {
        for (const MessageRecord &record : still.value()) {
            gone.remove(RowKey::pack(account, record.id));
        }
    }
    MessageRows rows;
    for (qint64 key : std::as_const(m_rows.keys)) {
        if (!gone.contains(key)) {
            rows.keys.append(key);
        }
    }
    applyRows(std::move(rows));
}

void MessageListModel::onChanged(int account, qint64 folderId, const QList<qint64> &ids)
{
    if (m_kind == Kind::Empty || (m_kind == Kind::Folders && !shows(account, folderId))) {
        return;
    }
    QSet<qint64> changed;
    for (qint64 id : ids) {
        changed.insert(RowKey::pack(account, id));
    }
    const bool filtered = m_kind == Kind::Folders && !m_filter.conditions.isEmpty();
    if (filtered) {
        // What was shown stays shown (the person just read it); what now matches comes in.
        for (qint64 key : std::as_const(m_rows.keys)) {
            if (changed.contains(key)) {
                m_filter.keptKeys.insert(key);
            }
        }
    }
    if (m_kind == Kind::Folders && (filtered || orderDependsOnFlags())) {
        reload(false);
    }
    for (int row = 0; row < m_rows.keys.size(); ++row) {
        if (changed.contains(m_rows.keys.at(row))) {
            m_cache.dropRow(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

// --- threads ---------------------------------------------------------------------------------

void MessageListModel::setThreadCollapsed(int row, bool collapsed)
{
    if (!isThreadedView() || row < 0 || row >= m_rows.keys.size()) {
        return;
    }
    const qint64 key = m_rows.keys.at(row);
    if (m_folding.isCollapsed(key) == collapsed) {
        return;
    }
    m_folding.setCollapsed(key, collapsed);
    applyRows(m_folding.visible());
    const QModelIndex changed = index(rowOf(RowKey::ref(key)), 0);
    Q_EMIT dataChanged(changed, changed.siblingAtColumn(ColumnCount - 1), {IsThreadCollapsedRole});
}

bool MessageListModel::isThreadCollapsed(int row) const
{
    return isThreadedView() && row >= 0 && row < m_rows.keys.size() && m_folding.isCollapsed(m_rows.keys.at(row));
}

void MessageListModel::collapseAllThreads()
{
    if (isThreadedView()) {
        m_folding.collapseAll();
        applyRows(m_folding.visible());
    }
}

void MessageListModel::expandAllThreads()
{
    if (isThreadedView()) {
        m_folding.expandAll();
        applyRows(m_folding.visible());
    }
}

int MessageListModel::revealMessage(const MessageRef &message)
{
    if (isThreadedView() && rowOf(message) < 0) {
        m_folding.reveal(RowKey::pack(message.account, message.id));
        applyRows(m_folding.visible());
    }
    return rowOf(message);
}

// --- lookups -----------------------------------------------------------------------------

int MessageListModel::rowOf(const MessageRef &message) const
{
    return int(m_rows.keys.indexOf(RowKey::pack(message.account, message.id)));
}

MessageRef MessageListModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.keys.size() ? RowKey::ref(m_rows.keys.at(row)) : MessageRef {};
}

QList<MessageRef> MessageListModel::messagesAt(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this) {
            rows.append(index.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<MessageRef> messages;
    messages.reserve(rows.size());
    for (int row : rows) {
        messages.append(messageAt(row));
    }
    return messages;
}

// The page of @p row, read when it is not in memory: one query per account on the page.
const MessageRecord *MessageListModel::record(int row) const
{
    if (const MessageRecord *cached = m_cache.find(row)) {
        return cached;
    }
    const int page = MessagePageCache::pageOf(row);
    const int first = page * MessagePageCache::s_pageSize;
    const int last = std::min(int(m_rows.keys.size()), first + MessagePageCache::s_pageSize);
    QHash<int, QList<qint64>> idsOfAccount;
    for (int r = first; r < last; ++r) {
        const qint64 key = m_rows.keys.at(r);
        idsOfAccount[RowKey::account(key)].append(RowKey::id(key));
    }
    QHash<qint64, MessageRecord> byKey;
    for (auto it = idsOfAccount.cbegin(); it != idsOfAccount.cend(); ++it) {
        Store::Database *database = m_caches.database(it.key());
        if (!database) {
            continue;
        }
        Store::Result<QList<MessageRecord>> records = Store::MessageQuery(*database).records(it.value());
        if (!records.ok()) {
            continue; // shown as empty rows; the next page read tries again
        }
        for (MessageRecord &record : records.value()) {
            byKey.insert(RowKey::pack(it.key(), record.id), std::move(record));
        }
    }
    QList<MessageRecord> records;
    records.reserve(last - first);
    for (int r = first; r < last; ++r) {
        // Gone since the order was read: an empty row until messagesRemoved arrives.
        records.append(byKey.value(m_rows.keys.at(r)));
    }
    m_cache.insert(page, std::move(records));
    return m_cache.find(row);
}

// --- QAbstractItemModel ---------------------------------------------------------------------

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.keys.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const qint64 key = m_rows.keys.at(index.row());
    switch (role) {
    case MessageIdRole:
        return RowKey::id(key);
    case AccountIndexRole:
        return RowKey::account(key);
    case AccountIdRole:
        return m_caches.name(RowKey::account(key));
    case ThreadDepthRole:
        return m_rows.threads.value(key).depth;
    case ThreadParentIdRole:
        return m_rows.threads.value(key).parentId;
    case ThreadReplyCountRole:
        return m_rows.threads.value(key).descendants;
    case IsThreadCollapsedRole:
        return isThreadedView() && m_folding.isCollapsed(key);
    default:
        break;
    }
    const MessageRecord *found = record(index.row());
    if (!found || found->id == 0) {
        return role == IsLoadedRole ? QVariant(false) : QVariant();
    }
    return MessageColumns::data(*found, index.column(), role, {showsRecipients(), m_caches.name(RowKey::account(key))});
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return MessageColumns::header(section, showsRecipients());
}

bool MessageListModel::showsRecipients() const
{
    return m_role == Store::SpecialUse::Sent || m_role == Store::SpecialUse::Drafts;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList MessageListModel::mimeTypes() const
{
    return {MessageDrag::mimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<MessageRef> messages = messagesAt(indexes);
    return messages.isEmpty() ? nullptr : MessageDrag::encode(messages);
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace Letterbox::Models
