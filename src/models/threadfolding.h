#pragma once

#include "models/messageorder.h"

#include <QSet>

namespace Letterbox::Models {

/**
 * @short Which threads of a threaded message list are collapsed, and the rows that leaves.
 *
 * Holds the whole threaded order (MessageOrder::threaded) and the set of collapsed rows;
 * visible() is that order without the replies under a collapsed row. The message list
 * applies visible() with the same row diff as a sync, so collapsing is a row removal and
 * expanding a row insert, and a view's selection of the other rows stays.
 * New threads arrive expanded; collapseAll() also collapses those that come later.
 */
class ThreadFolding
{
public:
    void setRows(MessageRows all);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_all.keys.isEmpty(); }

    /// The rows to show, with the places of every row (collapsed ones included).
    [[nodiscard]] MessageRows visible() const;
    [[nodiscard]] bool isCollapsed(qint64 key) const;
    void setCollapsed(qint64 key, bool collapsed);
    void collapseAll();
    void expandAll();
    /// Expands every thread row above @p key, so that it is visible.
    void reveal(qint64 key);

private:
    MessageRows m_all;
    QSet<qint64> m_collapsed;
    QSet<qint64> m_expanded; ///< exceptions while m_allCollapsed
    bool m_allCollapsed = false;
};

} // namespace Letterbox::Models
