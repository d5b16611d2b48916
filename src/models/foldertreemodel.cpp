#include "models/foldertreemodel.h"

#include "models/messagedrag.h"

#include "models/accountcaches.h"
#include "models/messageref.h"
#include "models/roles.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/storenotifier.h"

#include <QFont>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFolderTree, "letterbox.models.foldertree")

namespace Letterbox::Models {

using Store::SpecialUse;

struct FolderTreeModel::Node
{
    NodeKind kind = NodeKind::PathPart;
    int account = -1;
    qint64 folderId = 0;
    QString name; ///< the path segment, or the account's name
    QString path;
    QString delimiter; ///< the server's hierarchy separator, for a new subfolder's path
    SpecialUse role = SpecialUse::None;
    qint64 unread = 0;
    qint64 total = 0;
    Node *parent = nullptr;
    Children children;

    [[nodiscard]] int row() const
    {
        if (!parent) {
            return 0;
        }
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this) {
                return int(i);
            }
        }
        return 0;
    }
    [[nodiscard]] bool hasCount() const { return kind == NodeKind::Folder || kind == NodeKind::UnifiedInbox; }
};

namespace {

// Where a special-use folder goes among its siblings; everything else follows by name.
int roleRank(SpecialUse role)
{
    switch (role) {
    case SpecialUse::Inbox:
        return 0;
    case SpecialUse::Drafts:
        return 1;
    case SpecialUse::Sent:
        return 2;
    case SpecialUse::Archive:
        return 3;
    case SpecialUse::Junk:
        return 4;
    case SpecialUse::Trash:
        return 5;
    case SpecialUse::All:
        return 6;
    case SpecialUse::Flagged:
        return 7;
    case SpecialUse::None:
        break;
    }
    return 8;
}

QString iconName(SpecialUse role)
{
    switch (role) {
    case SpecialUse::Inbox:
        return QStringLiteral("mail-folder-inbox");
    case SpecialUse::Drafts:
        return QStringLiteral("mail-folder-drafts");
    case SpecialUse::Sent:
        return QStringLiteral("mail-folder-sent");
    case SpecialUse::Archive:
        return QStringLiteral("mail-folder-archive");
    case SpecialUse::Junk:
        return QStringLiteral("mail-mark-junk");
    case SpecialUse::Trash:
        return QStringLiteral("user-trash");
    case SpecialUse::All:
        return QStringLiteral("mail-folder-all");
    case SpecialUse::Flagged:
        return QStringLiteral("mail-mark-important");
    case SpecialUse::None:
        break;
    }
    return QStringLiteral("folder");
}

} // namespace

FolderTreeModel::FolderTreeModel(AccountCaches &caches, QObject *parent)
    : QAbstractItemModel(parent)
    , m_caches(caches)
    , m_root(std::make_unique<Node>())
{
    auto unified = std::make_unique<Node>();
    unified->kind = NodeKind::UnifiedInbox;
    unified->role = SpecialUse::Inbox;
    unified->parent = m_root.get();
    m_unified = unified.get();
    m_root->children.push_back(std::move(unified));
    for (int account = 0; account < m_caches.count(); ++account) {
        addAccount(account);
    }
    connect(&m_caches, &AccountCaches::accountAdded, this, &FolderTreeModel::addAccount);
    connect(&m_caches, &AccountCaches::accountRemoving, this, &FolderTreeModel::removeAccount);
}

FolderTreeModel::~FolderTreeModel() = default;

// --- structure ------------------------------------------------------------------------------

void FolderTreeModel::addAccount(int account)
{
    if (!m_caches.database(account)) {
        return; // the empty slot of an account removed before the window opened
    }
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Account;
    node->account = account;
    node->name = m_caches.name(account);
    node->parent = m_root.get();
    node->children = loadFolders(account);
    for (auto &child : node->children) {
        child->parent = node.get();
    }
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(node));
    reindex(account);
    endInsertRows();
    updateUnifiedInbox();

    if (Store::Database *database = m_caches.database(account)) {
        Store::StoreNotifier *notifier = database->notifier();
        connect(notifier, &Store::StoreNotifier::foldersChanged, this, [this, account] { reloadFolders(account); });
        connect(notifier, &Store::StoreNotifier::folderCountsChanged, this,
            [this, account](qint64 folderId) { reloadCounts(account, folderId); });
    }
}

void FolderTreeModel::removeAccount(int account)
{
    const QModelIndex node = accountIndex(account);
    if (!node.isValid()) {
        return;
    }
    if (Store::Database *database = m_caches.database(account)) {
        database->notifier()->disconnect(this);
    }
    beginRemoveRows({}, node.row(), node.row());
    m_root->children.erase(m_root->children.begin() + node.row());
    for (auto it = m_folders.begin(); it != m_folders.end();) {
        it = RowKey::account(it.key()) == account ? m_folders.erase(it) : std::next(it);
    }
    endRemoveRows();
    updateUnifiedInbox();
}

FolderTreeModel::Children FolderTreeModel::loadFolders(int account) const
{
    Store::Database *database = m_caches.database(account);
    if (!database) {
        return {};
    }
    const Store::Result<QList<Store::Folder>> folders = Store::FolderStore(*database).list();
    if (!folders.ok()) {
        qCWarning(lcFolderTree) << "cannot list the folders of" << m_caches.name(account) << folders.message();
        return {};
    }
    // Build the nesting under a scratch root, then sort every level.
    Node scratch;
    for (const Store::Folder &folder : folders.value()) {
        QStringList parts = folder.delimiter.isEmpty() ? QStringList {folder.path}
                                                       : folder.path.split(folder.delimiter, Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            parts = QStringList {folder.path};
        }
        Node *parent = &scratch;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString &part = parts.at(i);
            auto found = std::find_if(parent->children.begin(), parent->children.end(),
                [&](const std::unique_ptr<Node> &child) { return child->name == part; });
            Node *node = nullptr;
            if (found == parent->children.end()) {
                auto created = std::make_unique<Node>();
                created->account = account;
                created->name = part;
                created->path = parts.mid(0, i + 1).join(folder.delimiter);
                created->delimiter = folder.delimiter;
                created->parent = parent;
                node = created.get();
                parent->children.push_back(std::move(created));
            } else {
                node = found->get();
            }
            parent = node;
        }
        parent->kind = NodeKind::Folder;
        parent->folderId = folder.id;
        parent->path = folder.path;
        parent->delimiter = folder.delimiter;
        parent->role = folder.role;
        parent->unread = folder.unreadCount;
        parent->total = folder.totalCount;
    }
    QList<Node *> levels {&scratch};
    while (!levels.isEmpty()) {
        Node *level = levels.takeLast();
        std::sort(level->children.begin(), level->children.end(),
            [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
                const int ra = roleRank(a->role), rb = roleRank(b->role);
                if (ra != rb) {
                    return ra < rb;
                }
                const int byName = QString::compare(a->name, b->name, Qt::CaseInsensitive);
                return byName != 0 ? byName < 0 : a->name < b->name;
            });
        for (auto &child : level->children) {
            levels.append(child.get());
        }
    }
    return std::move(scratch.children);
}

void FolderTreeModel::reloadFolders(int account)
{
    const QModelIndex accountRow = accountIndex(account);
    if (!accountRow.isValid()) {
        return;
    }
    syncChildren(nodeOf(accountRow), loadFolders(account));
    reindex(account);
    updateUnifiedInbox();
}

// Turns parent's children into @p wanted with the fewest signals: rows that went are
// removed, rows that stayed are updated in place (moved when their order changed, as when a
// folder becomes Trash), new rows are inserted with their subtrees. Children are matched by
// name, which is unique among siblings.
void FolderTreeModel::syncChildren(Node *parent, Children wanted)
{
    const QModelIndex parentIndex = indexOf(parent);
    Children &current = parent->children;
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        const QString &name = current[size_t(i)]->name;
        const bool kept = std::any_of(
            wanted.cbegin(), wanted.cend(), [&](const std::unique_ptr<Node> &w) { return w->name == name; });
        if (!kept) {
            beginRemoveRows(parentIndex, i, i);
            current.erase(current.begin() + i);
            endRemoveRows();
        }
    }
    for (size_t position = 0; position < wanted.size(); ++position) {
        std::unique_ptr<Node> &target = wanted[position];
        if (position < current.size() && current[position]->name == target->name) {
            updateNode(current[position].get(), *target);
            syncChildren(current[position].get(), std::move(target->children));
            continue;
        }
        auto found = std::find_if(current.begin() + qsizetype(position), current.end(),
            [&](const std::unique_ptr<Node> &c) { return c->name == target->name; });
        if (found != current.end()) {
            const int from = int(found - current.begin());
            beginMoveRows(parentIndex, from, from, parentIndex, int(position));
            std::unique_ptr<Node> moved = std::move(*found);
            current.erase(found);
            current.insert(current.begin() + qsizetype(position), std::move(moved));
            endMoveRows();
            updateNode(current[position].get(), *target);
            syncChildren(current[position].get(), std::move(target->children));
            continue;
        }
        beginInsertRows(parentIndex, int(position), int(position));
        target->parent = parent;
        current.insert(current.begin() + qsizetype(position), std::move(target));
        endInsertRows();
    }
}

void FolderTreeModel::updateNode(Node *node, const Node &wanted)
{
    const bool changed = node->kind != wanted.kind || node->folderId != wanted.folderId || node->path != wanted.path
        || node->role != wanted.role || node->unread != wanted.unread || node->total != wanted.total;
    if (!changed) {
        return;
    }
    node->kind = wanted.kind;
    node->folderId = wanted.folderId;
    node->path = wanted.path;
    node->delimiter = wanted.delimiter;
    node->role = wanted.role;
    node->unread = wanted.unread;
    node->total = wanted.total;
    const QModelIndex changedIndex = indexOf(node);
    Q_EMIT dataChanged(changedIndex, changedIndex);
}

void FolderTreeModel::reindex(int account)
{
    for (auto it = m_folders.begin(); it != m_folders.end();) {
        it = RowKey::account(it.key()) == account ? m_folders.erase(it) : std::next(it);
    }
    const QModelIndex accountRow = accountIndex(account);
    if (!accountRow.isValid()) {
        return;
    }
    QList<Node *> pending {nodeOf(accountRow)};
    while (!pending.isEmpty()) {
        Node *node = pending.takeLast();
        if (node->kind == NodeKind::Folder) {
            m_folders.insert(RowKey::pack(account, node->folderId), node);
        }
        for (auto &child : node->children) {
            pending.append(child.get());
        }
    }
}

// --- counts ---------------------------------------------------------------------------------

void FolderTreeModel::reloadCounts(int account, qint64 folderId)
{
    Node *node = m_folders.value(RowKey::pack(account, folderId));
    Store::Database *database = m_caches.database(account);
    if (!node || !database) {
        return;
    }
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(*database).folder(folderId);
    if (!folder.ok() || !folder.value()) {
        return; // removed: foldersChanged follows
    }
    if (node->unread == folder.value()->unreadCount && node->total == folder.value()->totalCount) {
        return;
    }
    node->unread = folder.value()->unreadCount;
    node->total = folder.value()->totalCount;
    const QModelIndex changed = indexOf(node);
    Q_EMIT dataChanged(changed, changed);
    if (node->role == SpecialUse::Inbox) {
        updateUnifiedInbox();
    }
}

void FolderTreeModel::updateUnifiedInbox()
{
    qint64 unread = 0;
    qint64 total = 0;
    for (const Node *node : std::as_const(m_folders)) {
        if (node->role == SpecialUse::Inbox) {
            unread += node->unread;
            total += node->total;
        }
    }
    if (unread == m_unified->unread && total == m_unified->total) {
        return;
    }
    m_unified->unread = unread;
    m_unified->total = total;
    const QModelIndex changed = unifiedInboxIndex();
    Q_EMIT dataChanged(changed, changed);
}

// --- QAbstractItemModel ---------------------------------------------------------------------

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node *node = nodeOf(parent);
    if (size_t(row) >= node->children.size()) {
        return {};
    }
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOf(nodeOf(child)->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeOf(index);
    auto shownName = [node] {
        switch (node->kind) {
        case NodeKind::UnifiedInbox:
            return tr("Unified Inbox");
        case NodeKind::Folder:
            // INBOX is the protocol's name for it (RFC 9051 section 5.1), not the person's.
            if (node->role == SpecialUse::Inbox && node->parent && node->parent->kind == NodeKind::Account) {
                return tr("Inbox");
            }
            return node->name;
        case NodeKind::Account:
        case NodeKind::PathPart:
            break;
        }
        return node->name;
    };
    switch (role) {
    case Qt::DisplayRole:
        if (node->hasCount() && node->unread > 0) {
            return tr("%1 (%2)").arg(shownName()).arg(node->unread);
        }
        return shownName();
    case Qt::EditRole:
    case NameRole:
        return shownName();
    case Qt::ToolTipRole:
        if (node->hasCount()) {
            const QString where = node->kind == NodeKind::Folder ? node->path : shownName();
            return QString(tr("%1: %n message(s)", nullptr, int(node->total)).arg(where) + QLatin1String(", ")
                + tr("%n unread", nullptr, int(node->unread)));
        }
        return node->kind == NodeKind::Account ? node->name : node->path;
    case Qt::FontRole:
        if (node->hasCount() && node->unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IconNameRole:
        switch (node->kind) {
        case NodeKind::UnifiedInbox:
            return QStringLiteral("mail-folder-inbox");
        case NodeKind::Account:
            return QStringLiteral("folder-remote");
        case NodeKind::Folder:
        case NodeKind::PathPart:
            break;
        }
        return iconName(node->role);
    case NodeKindRole:
        return int(node->kind);
    case AccountIdRole:
        return node->account >= 0 ? QVariant(m_caches.name(node->account)) : QVariant();
    case AccountIndexRole:
        return node->account >= 0 ? QVariant(node->account) : QVariant();
    case FolderIdRole:
        return node->folderId;
    case SpecialUseRole:
        return int(node->role);
    case UnreadCountRole:
        return node->unread;
    case TotalCountRole:
        return node->total;
    case PathRole:
        return node->path;
    case DelimiterRole:
        return node->delimiter;
    default:
        return {};
    }
}

QVariant FolderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return tr("Folder");
    }
    return {};
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    // A path part holds no messages: it can be expanded but not opened.
    if (nodeOf(index)->kind == NodeKind::PathPart) {
        return Qt::ItemIsEnabled;
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return nodeOf(index)->kind == NodeKind::Folder ? flags | Qt::ItemIsDropEnabled : flags;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {MessageDrag::mimeType()};
}

Qt::DropActions FolderTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool FolderTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if ((action != Qt::MoveAction && action != Qt::CopyAction) || !checkIndex(parent, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const Node *target = nodeOf(parent);
    if (target->kind != NodeKind::Folder) {
        return false;
    }
    const QList<MessageRef> messages = MessageDrag::decode(data);
    // Only within one account: another account's cache cannot take a row id.
    return !messages.isEmpty() && std::all_of(messages.cbegin(), messages.cend(), [target](const MessageRef &message) {
        return message.account == target->account;
    });
}

bool FolderTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const Node *target = nodeOf(parent);
    QList<qint64> ids;
    for (const MessageRef &message : MessageDrag::decode(data)) {
        ids.append(message.id);
    }
    Q_EMIT messagesDropped(target->account, ids, target->folderId, action == Qt::CopyAction);
    // False: the list must not remove the rows itself; the store's signals do that.
    return false;
}

QModelIndex FolderTreeModel::unifiedInboxIndex() const
{
    return indexOf(m_unified);
}

QModelIndex FolderTreeModel::accountIndex(int account) const
{
    for (const auto &child : m_root->children) {
        if (child->kind == NodeKind::Account && child->account == account) {
            return indexOf(child.get());
        }
    }
    return {};
}

QModelIndex FolderTreeModel::folderIndex(int account, qint64 folderId) const
{
    return indexOf(m_folders.value(RowKey::pack(account, folderId)));
}

} // namespace Letterbox::Models
