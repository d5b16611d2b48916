#pragma once

#include "store/messagequery.h"
#include "store/status.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Letterbox::Models {

class AccountCaches;

/// One folder of one account that a message list shows.
struct FolderScope
{
    int account = -1;
    qint64 folderId = 0;
};

/// A row's place in the threaded view.
struct ThreadPlace
{
    int depth = 0;
    qint64 parentId = 0; ///< store row id of the message it replies to, 0 for none
    int descendants = 0; ///< replies below it, at any depth
};

/// The quick filter of a message list: the conditions, and the rows shown whatever their
/// state (RowKey values of any account).
struct RowFilter
{
    Store::MessageFilter conditions;
    QSet<qint64> keptKeys;

    /// The store's filter for one account's cache: the conditions and its kept ids.
    [[nodiscard]] Store::MessageFilter forAccount(int account) const;
};

/// The rows of a view in display order, as RowKey values (8 bytes a row).
struct MessageRows
{
    QList<qint64> keys;
    /// Threaded views only: the place of each row, by row key.
    QHash<qint64, ThreadPlace> threads;
};

/**
 * @short The order of a message list's rows, read from the store without any record.
 *
 * One folder: MessageQuery::orderedIds(), one covering-index scan. Several folders (the
 * unified Inbox): each folder's orderedKeys(), merged in the store's order (key, then
 * date, then row id, then account). Threaded: MessageQuery::threadedList() of one folder.
 */
namespace MessageOrder {

/// The rows of @p scopes sorted by @p sort; @p byAccount puts the account first (the
/// unified Inbox's Account column), then the newest first within each account. Only the
/// rows that pass @p filter.
Store::Result<MessageRows> sorted(const AccountCaches &caches, const QList<FolderScope> &scopes, Store::SortKey sort,
    Qt::SortOrder order, bool byAccount = false, const RowFilter &filter = {});

/// The rows of one folder, threaded (threads newest first, each depth first).
Store::Result<MessageRows> threaded(const AccountCaches &caches, const FolderScope &scope);

} // namespace MessageOrder

} // namespace Letterbox::Models
