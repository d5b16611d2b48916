#pragma once

#include "store/folder.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Letterbox::Models {

class AccountCaches;

/**
 * @short The folder pane: a "Unified Inbox" node, then every account with its folders.
 *
 * Top level: row 0 is the unified Inbox (the sum of every account's Inbox), then one node
 * per account in AccountCaches order. Under an account its folders are nested by each
 * folder's hierarchy delimiter ("INBOX/Work" under "INBOX"); a path part that is not a
 * folder itself ("Lists" of "Lists/dev" when the server has no "Lists") is a PathPart node,
 * enabled but not selectable. Siblings are ordered special-use first — Inbox, Drafts, Sent,
 * Archive, Junk, Trash, then All and Flagged — then by name, case-insensitively.
 *
 * One column. Qt::DisplayRole is the name with the unread count, "Work (3)", when there
 * is unread mail; Qt::EditRole and NameRole are the name alone; Qt::FontRole is bold
 * when unread > 0; UnreadCountRole and TotalCountRole carry the numbers. The INBOX shows
 * as "Inbox" (translated); other folders keep the server's name. IconNameRole:
 *
 * | node | icon name |
 * | --- | --- |
 * | unified Inbox, Inbox | mail-folder-inbox |
 * | account | folder-remote |
 * | Drafts, Sent, Archive | mail-folder-drafts, mail-folder-sent, mail-folder-archive |
 * | Junk, Trash | mail-mark-junk, user-trash |
 * | All, Flagged | mail-folder-all, mail-mark-important |
 * | other folder, path part | folder |
 *
 * Live: StoreNotifier::folderCountsChanged re-reads that one folder and emits dataChanged
 * for its row (and the unified Inbox's); foldersChanged re-lists the account's folders
 * and applies the difference as row removals, moves and inserts, so a view's expansion,
 * selection and current folder survive a sync. Never a model reset.
 */
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { UnifiedInbox, Account, Folder, PathPart };

    explicit FolderTreeModel(AccountCaches &caches, QObject *parent = nullptr);
    ~FolderTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Messages (MessageDrag) dropped on a folder of their own account: the model
    /// changes nothing itself (the window moves or copies them through the services and
    /// the undo stack), it emits messagesDropped().
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    [[nodiscard]] QModelIndex unifiedInboxIndex() const;
    [[nodiscard]] QModelIndex accountIndex(int account) const;
    /// The node of folder @p folderId of @p account; invalid when it is not in the tree.
    [[nodiscard]] QModelIndex folderIndex(int account, qint64 folderId) const;

Q_SIGNALS:
    /// @p ids of @p account were dropped on @p folderId; @p copy for a copy (Ctrl held).
    void messagesDropped(int account, const QList<qint64> &ids, qint64 folderId, bool copy);

private:
    struct Node;
    using Children = std::vector<std::unique_ptr<Node>>;

    void addAccount(int account);
    void removeAccount(int account);
    [[nodiscard]] Children loadFolders(int account) const;
    void reloadFolders(int account);
    void reloadCounts(int account, qint64 folderId);
    void syncChildren(Node *parent, Children wanted);
    void updateNode(Node *node, const Node &wanted);
    void reindex(int account);
    void updateUnifiedInbox();
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;

    AccountCaches &m_caches;
    std::unique_ptr<Node> m_root;
    Node *m_unified = nullptr;
    QHash<qint64, Node *> m_folders; ///< folderKey(account, folder id) → its node
};

} // namespace Letterbox::Models
