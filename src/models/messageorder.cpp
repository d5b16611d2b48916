#include "models/messageorder.h"

#include "models/accountcaches.h"
#include "models/messageref.h"
#include "store/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace Letterbox::Models {

namespace {

Store::Status noCache(int account)
{
    return Store::Status(Store::ErrorCode::NotFound,
        QCoreApplication::translate("Letterbox::Models::MessageOrder", "Account %1 has no open cache.").arg(account));
}

struct MergeRow
{
    Store::OrderedKey key;
    int account;
};

} // namespace

Store::MessageFilter RowFilter::forAccount(int account) const
{
    Store::MessageFilter filter = conditions;
    filter.keep.clear();
    if (filter.isEmpty()) {
        return filter;
    }
    for (qint64 key : keptKeys) {
        if (RowKey::account(key) == account) {
            filter.keep.append(RowKey::id(key));
        }
    }
    return filter;
}

namespace MessageOrder {

Store::Result<MessageRows> sorted(const AccountCaches &caches, const QList<FolderScope> &scopes, Store::SortKey sort,
    Qt::SortOrder order, bool byAccount, const RowFilter &filter)
{
    MessageRows rows;
    if (scopes.size() == 1 && !byAccount) {
        Store::Database *database = caches.database(scopes.first().account);
        if (!database) {
            return noCache(scopes.first().account);
        }
        const Store::Result<QList<qint64>> ids = Store::MessageQuery(*database).orderedIds(
            scopes.first().folderId, sort, order, filter.forAccount(scopes.first().account));
        if (!ids.ok()) {
            return ids.status();
        }
        rows.keys.reserve(ids.value().size());
        for (qint64 id : ids.value()) {
            rows.keys.append(RowKey::pack(scopes.first().account, id));
        }
        return rows;
    }

    // Several caches: the store orders each one; merge them the same way.
    std::vector<MergeRow> merged;
    for (const FolderScope &scope : scopes) {
        Store::Database *database = caches.database(scope.account);
        if (!database) {
            return noCache(scope.account);
        }
        const Store::SortKey key = byAccount ? Store::SortKey::Date : sort;
        const Store::Result<QList<Store::OrderedKey>> keys = Store::MessageQuery(*database).orderedKeys(
            scope.folderId, key, Qt::AscendingOrder, filter.forAccount(scope.account));
        if (!keys.ok()) {
            return keys.status();
        }
        merged.reserve(merged.size() + size_t(keys.value().size()));
        for (const Store::OrderedKey &k : keys.value()) {
            merged.push_back(MergeRow {k, scope.account});
        }
    }
    const bool descending = order == Qt::DescendingOrder;
    auto ascending = [](const MergeRow &a, const MergeRow &b) {
        // SQLite's BINARY collation compares UTF-8 bytes; UTF-16 code units agree except
        // between surrogates and U+E000..U+FFFF, which no sort text of a person meets.
        if (const int text = QString::compare(a.key.text, b.key.text, Qt::CaseSensitive); text != 0) {
            return text < 0;
        }
        return std::tie(a.key.number, a.key.date, a.key.id, a.account)
            < std::tie(b.key.number, b.key.date, b.key.id, b.account);
    };
    if (byAccount) {
        std::sort(merged.begin(), merged.end(), [&](const MergeRow &a, const MergeRow &b) {
            if (a.account != b.account) {
                return descending ? a.account > b.account : a.account < b.account;
            }
            return ascending(b, a); // newest first within an account
        });
    } else {
        std::sort(merged.begin(), merged.end(),
            [&](const MergeRow &a, const MergeRow &b) { return descending ? ascending(b, a) : ascending(a, b); });
    }
    rows.keys.reserve(qsizetype(merged.size()));
    for (const MergeRow &row : merged) {
        rows.keys.append(RowKey::pack(row.account, row.key.id));
    }
    return rows;
}

Store::Result<MessageRows> threaded(const AccountCaches &caches, const FolderScope &scope)
{
    Store::Database *database = caches.database(scope.account);
    if (!database) {
        return noCache(scope.account);
    }
    const Store::Result<QList<Store::ThreadEntry>> entries
        = Store::MessageQuery(*database).threadedList(scope.folderId);
    if (!entries.ok()) {
        return entries.status();
    }
    MessageRows rows;
    rows.keys.reserve(entries.value().size());
    rows.threads.reserve(entries.value().size());
    // In depth-first order a row's replies are the rows after it that are deeper, so its
    // count is known when the next row at its depth or above comes: one pass, O(n) even
    // for one chain of 100,000 replies.
    QList<std::pair<qint64, qsizetype>> open; // rows whose subtree goes on: key, row
    const QList<Store::ThreadEntry> &list = entries.value();
    for (qsizetype row = 0; row <= list.size(); ++row) {
        const int depth = row < list.size() ? list.at(row).depth : -1;
        while (!open.isEmpty() && rows.threads.value(open.last().first).depth >= depth) {
            rows.threads[open.last().first].descendants = int(row - open.last().second - 1);
            open.removeLast();
        }
        if (row == list.size()) {
            break;
        }
        const qint64 key = RowKey::pack(scope.account, list.at(row).id);
        rows.keys.append(key);
        rows.threads.insert(key, ThreadPlace {depth, list.at(row).parentId, 0});
        open.append({key, row});
    }
    return rows;
}

} // namespace MessageOrder

} // namespace Letterbox::Models
