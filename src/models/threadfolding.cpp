#include "models/threadfolding.h"

#include "models/messageref.h"

namespace Letterbox::Models {

void ThreadFolding::setRows(MessageRows all)
{
    m_all = std::move(all);
}

void ThreadFolding::clear()
{
    m_all = {};
    m_collapsed.clear();
    m_expanded.clear();
    m_allCollapsed = false;
}

bool ThreadFolding::isCollapsed(qint64 key) const
{
    if (m_all.threads.value(key).descendants == 0) {
        return false;
    }
    return m_allCollapsed ? !m_expanded.contains(key) : m_collapsed.contains(key);
}

void ThreadFolding::setCollapsed(qint64 key, bool collapsed)
{
    // Under collapseAll() the set holds the exceptions: the expanded rows.
    QSet<qint64> &exceptions = m_allCollapsed ? m_expanded : m_collapsed;
    if (collapsed != m_allCollapsed) {
        exceptions.insert(key);
    } else {
        exceptions.remove(key);
    }
}

void ThreadFolding::collapseAll()
{
    m_allCollapsed = true;
    m_expanded.clear();
    m_collapsed.clear();
}

void ThreadFolding::expandAll()
{
    m_allCollapsed = false;
    m_expanded.clear();
    m_collapsed.clear();
}

void ThreadFolding::reveal(qint64 key)
{
    const int account = RowKey::account(key);
    for (qint64 parent = m_all.threads.value(key).parentId; parent != 0;) {
        const qint64 parentKey = RowKey::pack(account, parent);
        setCollapsed(parentKey, false);
        parent = m_all.threads.value(parentKey).parentId;
    }
}

MessageRows ThreadFolding::visible() const
{
    MessageRows rows;
    rows.threads = m_all.threads; // implicitly shared: no copy
    rows.keys.reserve(m_all.keys.size());
    int hiddenBelow = -1; // the depth of the collapsed row whose replies are being skipped
    for (qint64 key : m_all.keys) {
        const ThreadPlace place = m_all.threads.value(key);
        if (hiddenBelow >= 0 && place.depth > hiddenBelow) {
            continue;
        }
        hiddenBelow = -1;
        rows.keys.append(key);
        if (isCollapsed(key)) {
            hiddenBelow = place.depth;
        }
    }
    return rows;
}

} // namespace Letterbox::Models
