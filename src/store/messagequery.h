#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QList>
#include <QVariantList>
#include <Qt>

#include <optional>

namespace Letterbox::Store {

class Database;

/// The message list's sort orders, each backed by an index on (folder, key…).
enum class SortKey {
    Date, ///< internal date (arrival)
    From, ///< sender's display name, else address (case folded), then date
    Subject, ///< base subject (without Re:/Fwd:), then date
    Size,
    Unread, ///< unread before read when descending, then date
    // The three below have no index of their own: SQLite sorts the folder's rows in a
    // temporary B-tree (about as long as reading the ids, tens of ms at 100,000 rows).
    Flagged, ///< flagged before unflagged when descending, then date
    Attachment, ///< with attachments before without when descending, then date
    Recipient, ///< the To summary, case-insensitive, then date (the Sent folder's "sender")
};

/**
 * An id with the values it sorts by, from orderedKeys(): lets a caller merge the ordered
 * lists of several caches (the unified Inbox) in the order orderedIds() gives each one,
 * comparing (text, number, date) and then the row id.
 */
struct OrderedKey
{
    qint64 id = 0;
    QString text; ///< From, Subject, Recipient: the sort text (SQLite's BINARY order); else empty
    qint64 number = 0; ///< Size, Unread, Flagged, Attachment: that value; else 0
    qint64 date = 0; ///< the internal date in ms (the key of Date, the tie-breaker of the rest)
};

/// Where the next page starts: the sort values of the last row shown. Opaque to callers.
struct PageCursor
{
    SortKey sort = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    QVariantList values; ///< the sort columns, then the row id

    [[nodiscard]] bool isValid() const { return !values.isEmpty(); }
};

struct PageRequest
{
    qint64 folderId = 0;
    SortKey sort = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    PageCursor after; ///< invalid: the first page
    int limit = 100;
};

struct MessagePage
{
    QList<MessageRecord> rows;
    PageCursor next; ///< invalid when this was the last page
};

/// One row of the threaded view, in display order.
struct ThreadEntry
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a thread's root in this folder
    qint64 threadId = 0;
    int depth = 0;
};

/// A full-text hit; lower rank is better (FTS5 bm25, subject > addresses > body).
struct SearchHit
{
    qint64 id = 0;
    double rank = 0;
};

/**
 * What the quick-filter bar keeps of a folder: a row shows when every condition set
 * holds, or when it is in @ref keep. Each condition is a fixed SQL fragment; nothing a
 * person types reaches the SQL text.
 */
struct MessageFilter
{
    bool unread = false;
    bool flagged = false;
    bool withAttachment = false;
    /// Row ids shown whatever their state: a message read while "Unread" is on stays in
    /// the list until the person changes the filter, as in Thunderbird.
    QList<qint64> keep;

    /// No condition set (keep alone filters nothing).
    [[nodiscard]] bool isEmpty() const { return !unread && !flagged && !withAttachment; }
    [[nodiscard]] bool sameConditions(const MessageFilter &other) const
    {
        return unread == other.unread && flagged == other.flagged && withAttachment == other.withAttachment;
    }
};

/**
 * @short Reads for the message list, the threaded view and search; never writes.
 *
 * Pages use keyset pagination — `WHERE folder = ? AND (key, id) < (last key, last id)
 * ORDER BY key DESC, id DESC LIMIT n` — which walks one index and reads n rows however
 * deep into a 1,000,000-message folder the page is (OFFSET would read and drop every row
 * before it). A windowed model can instead take orderedIds() (one covering-index scan)
 * and fetch the rows it shows with records().
 */
class MessageQuery
{
public:
    explicit MessageQuery(Database &database);

    /// Up to request.limit rows after request.after.
    Result<MessagePage> page(const PageRequest &request);
    /// The folder's row count (kept by triggers; no counting).
    Result<qint64> count(qint64 folderId);
    /// Every id of the folder that passes @p filter, in the given order.
    Result<QList<qint64>> orderedIds(
        qint64 folderId, SortKey sort, Qt::SortOrder order = Qt::DescendingOrder, const MessageFilter &filter = {});
    /// orderedIds() with the sort values of each row (see OrderedKey).
    Result<QList<OrderedKey>> orderedKeys(
        qint64 folderId, SortKey sort, Qt::SortOrder order = Qt::DescendingOrder, const MessageFilter &filter = {});
    /// The rows of @p ids, in the order of @p ids (ids no longer there are skipped).
    Result<QList<MessageRecord>> records(const QList<qint64> &ids);
    Result<std::optional<MessageRecord>> record(qint64 id);

    /**
     * The folder's messages grouped into threads: threads newest first (by their newest
     * message), each depth first with replies by date. A message's parent is the nearest
     * ancestor (In-Reply-To, then References from the last) that is in the same folder, so
     * a thread whose middle is in Sent still nests. Loops in bad References are broken.
     */
    Result<QList<ThreadEntry>> threadedList(qint64 folderId);
    /// Every message of one thread, any folder, oldest first.
    Result<QList<MessageRecord>> thread(qint64 threadId);

    /**
     * Full-text search over subject, addresses and body text; @p query is what the person
     * typed (see FtsExpression). Best hits first (bm25), at most @p limit, optionally in one
     * folder. Ranking is over the 2,000 newest matches: a query that matches more than
     * that (a common word) returns the best of the recent ones, in bounded time. Only hits
     * that pass @p filter count.
     */
    Result<QList<SearchHit>> search(
        const QString &query, int limit, std::optional<qint64> folderId = {}, const MessageFilter &filter = {});

private:
    Database &m_database;
};

} // namespace Letterbox::Store
