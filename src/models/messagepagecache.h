#pragma once

#include "store/messagerecord.h"

#include <QHash>
#include <QList>

namespace Letterbox::Models {

/**
 * @short A bounded least-recently-used cache of message rows, page by page.
 *
 * The message list keeps only ids for its rows; the records of the rows a view asks for
 * are read a page at a time (one indexed query for s_pageSize rows) and kept here. At
 * most maxPages pages stay, so a view scrolled over 100,000 rows holds a few hundred
 * records, not 100,000. Pages are numbered by row, so any insert or removal above a page
 * moves its rows: the model clears the cache on every structural change (a cleared page
 * costs one query the next time it is painted).
 */
class MessagePageCache
{
public:
    static constexpr int s_pageSize = 64;

    explicit MessagePageCache(int maxPages = 16);

    /// The record of @p row if its page is here (and marks the page used), else nullptr.
    /// A row whose message was gone when its page was read has a record with id 0.
    const Store::MessageRecord *find(int row);
    /// Stores page @p page (its first row is page × s_pageSize), evicting the oldest page.
    void insert(int page, QList<Store::MessageRecord> records);
    /// Drops the page holding @p row (its row changed in the store).
    void dropRow(int row);
    void clear();

    [[nodiscard]] int recordCount() const;
    [[nodiscard]] int maxPages() const { return m_maxPages; }
    [[nodiscard]] static int pageOf(int row) { return row / s_pageSize; }

private:
    struct Page
    {
        QList<Store::MessageRecord> records;
        quint64 lastUse = 0;
    };
    QHash<int, Page> m_pages;
    int m_maxPages;
    quint64 m_clock = 0;
};

} // namespace Letterbox::Models
