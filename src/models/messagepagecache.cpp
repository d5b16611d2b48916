#include "models/messagepagecache.h"

namespace Letterbox::Models {

MessagePageCache::MessagePageCache(int maxPages)
    : m_maxPages(std::max(1, maxPages))
{ }

const Store::MessageRecord *MessagePageCache::find(int row)
{
    const auto found = m_pages.find(pageOf(row));
    if (found == m_pages.end()) {
        return nullptr;
    }
    const int offset = row - found.key() * s_pageSize;
    if (offset < 0 || offset >= found->records.size()) {
        return nullptr;
    }
    found->lastUse = ++m_clock;
    return &found->records.at(offset);
}

void MessagePageCache::insert(int page, QList<Store::MessageRecord> records)
{
    // A linear look for the oldest page: there are at most m_maxPages of them.
    while (m_pages.size() >= m_maxPages && !m_pages.contains(page)) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse) {
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, Page {std::move(records), ++m_clock});
}

void MessagePageCache::dropRow(int row)
{
    m_pages.remove(pageOf(row));
}

void MessagePageCache::clear()
{
    m_pages.clear();
}

int MessagePageCache::recordCount() const
{
    int count = 0;
    for (const Page &page : m_pages) {
        count += int(page.records.size());
    }
    return count;
}

} // namespace Letterbox::Models
