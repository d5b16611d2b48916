#include "store/messagequery.h"

#include "store/database.h"
#include "store/ftsexpression.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::MessageQuery", text);
}

/// Matches ranked per search: the newest ones (see MessageQuery::search()).
constexpr int s_rankingWindow = 2000;

// The sort columns of each order (the row id follows as the tie-breaker). They match
// the indexes of 001_initial.sql column for column, which is what lets SQLite walk an
// index instead of sorting.
QStringList sortColumns(SortKey sort)
{
    switch (sort) {
    case SortKey::Date:
        return {QStringLiteral("m.internal_date")};
    case SortKey::From:
        return {QStringLiteral("m.sort_from"), QStringLiteral("m.internal_date")};
    case SortKey::Subject:
        return {QStringLiteral("m.subject_key"), QStringLiteral("m.internal_date")};
    case SortKey::Size:
        return {QStringLiteral("m.size")};
    case SortKey::Unread:
        return {QStringLiteral("m.unread"), QStringLiteral("m.internal_date")};
    case SortKey::Flagged:
        return {QStringLiteral("(m.flags & 4)"), QStringLiteral("m.internal_date")};
    case SortKey::Attachment:
        return {QStringLiteral("m.has_attachments"), QStringLiteral("m.internal_date")};
    case SortKey::Recipient:
        return {QStringLiteral("lower(m.to_summary)"), QStringLiteral("m.internal_date")};
    }
    return {QStringLiteral("m.internal_date")};
}

/// Whether the first sort column of @p sort is text (OrderedKey::text) or a number.
bool sortsByText(SortKey sort)
{
    return sort == SortKey::From || sort == SortKey::Subject || sort == SortKey::Recipient;
}

/// " AND (…)" for @p filter over the alias m, its value (the kept ids) added to @p values.
QString filterCondition(const MessageFilter &filter, QVariantList &values)
{
    if (filter.isEmpty()) {
        return {};
    }
    QStringList conditions;
    if (filter.unread) {
        conditions.append(QStringLiteral("m.unread = 1"));
    }
    if (filter.flagged) {
        conditions.append(QStringLiteral("(m.flags & %1) != 0").arg(quint32(MessageFlag::Flagged)));
    }
    if (filter.withAttachment) {
        conditions.append(QStringLiteral("m.has_attachments != 0"));
    }
    QString sql = QLatin1String(" AND (") + conditions.join(QLatin1String(" AND "));
    if (!filter.keep.isEmpty()) {
        sql += QLatin1String(" OR m.id IN (SELECT value FROM json_each(?))");
        values.append(SqlValues::jsonIds(filter.keep));
    }
    return sql + QLatin1Char(')');
}

QString orderBy(const QStringList &columns, Qt::SortOrder order)
{
    const QLatin1StringView direction(order == Qt::DescendingOrder ? " DESC" : " ASC");
    QStringList terms;
    for (const QString &column : columns) {
        terms.append(column + direction);
    }
    terms.append(QLatin1String("m.id") + direction);
    return terms.join(QLatin1String(", "));
}

} // namespace

MessageQuery::MessageQuery(Database &database)
    : m_database(database)
{ }

Result<MessagePage> MessageQuery::page(const PageRequest &request)
{
    if (request.limit <= 0) {
        return Status(ErrorCode::InvalidArgument, tr("A page needs at least one row."));
    }
    const QStringList columns = sortColumns(request.sort);
    if (request.after.isValid()
        && (request.after.sort != request.sort || request.after.order != request.order
            || request.after.values.size() != columns.size() + 1)) {
        return Status(ErrorCode::InvalidArgument, tr("The page cursor belongs to another sort order."));
    }
    QString sql = QLatin1String("SELECT ") + SqlValues::messageColumns() + QLatin1String(", ")
        + columns.join(QLatin1String(", ")) + QLatin1String(" FROM messages m WHERE m.folder_id = ?");
    QVariantList values {request.folderId};
    if (request.after.isValid()) {
        // A row value comparison: SQLite uses it as the range bound on the index.
        QStringList placeholders;
        for (qsizetype i = 0; i < request.after.values.size(); ++i) {
            placeholders.append(QStringLiteral("?"));
        }
        sql += QLatin1String(" AND (") + columns.join(QLatin1String(", ")) + QLatin1String(", m.id) ")
            + QLatin1String(request.order == Qt::DescendingOrder ? "<" : ">") + QLatin1String(" (")
            + placeholders.join(QLatin1String(", ")) + QLatin1Char(')');
        values += request.after.values;
    }
    // One row more than asked, to know whether there is a next page.
    sql += QLatin1String(" ORDER BY ") + orderBy(columns, request.order) + QLatin1String(" LIMIT ?");
    values.append(request.limit + 1);

    Result<Statement> query = m_database.exec(sql, values);
    if (!query.ok()) {
        return query.status();
    }
    MessagePage page;
    QVariantList lastValues;
    const int firstSortColumn = SqlValues::s_messageColumnCount; // the sort columns follow
    while (query.value().next()) {
        if (page.rows.size() == request.limit) {
            page.next.sort = request.sort;
            page.next.order = request.order;
            page.next.values = lastValues;
            break;
        }
        page.rows.append(SqlValues::messageFrom(query.value()));
        lastValues.clear();
        for (int c = 0; c < columns.size(); ++c) {
            lastValues.append(query.value().value(firstSortColumn + c));
        }
        lastValues.append(page.rows.last().id);
    }
    return page;
}

Result<qint64> MessageQuery::count(qint64 folderId)
{
    Result<Statement> query
        = m_database.exec(QStringLiteral("SELECT total_count FROM folders WHERE id = ?"), {folderId});
    if (!query.ok()) {
        return query.status();
    }
    if (!query.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no folder %1 in the cache.").arg(folderId));
    }
    return query.value().int64(0);
}

Result<QList<qint64>> MessageQuery::orderedIds(
    qint64 folderId, SortKey sort, Qt::SortOrder order, const MessageFilter &filter)
{
    QVariantList values {folderId};
    const QString condition = filterCondition(filter, values);
    Result<Statement> query = m_database.exec(QStringLiteral("SELECT m.id FROM messages m WHERE m.folder_id = ?")
            + condition + QLatin1String(" ORDER BY ") + orderBy(sortColumns(sort), order),
        values);
    if (!query.ok()) {
        return query.status();
    }
    QList<qint64> ids;
    while (query.value().next()) {
        ids.append(query.value().int64(0));
    }
    return ids;
}

Result<QList<OrderedKey>> MessageQuery::orderedKeys(
    qint64 folderId, SortKey sort, Qt::SortOrder order, const MessageFilter &filter)
{
    QVariantList values {folderId};
    const QString condition = filterCondition(filter, values);
    const QStringList columns = sortColumns(sort);
    const QString first = sort == SortKey::Date ? QStringLiteral("''") : columns.first();
    const QString text = sortsByText(sort) ? first : QStringLiteral("''");
    const QString number = sortsByText(sort) || sort == SortKey::Date ? QStringLiteral("0") : first;
    Result<Statement> query = m_database.exec(QLatin1String("SELECT m.id, ") + text + QLatin1String(", ") + number
            + QLatin1String(", m.internal_date FROM messages m WHERE m.folder_id = ?") + condition
            + QLatin1String(" ORDER BY ") + orderBy(columns, order),
        values);
    if (!query.ok()) {
        return query.status();
    }
    QList<OrderedKey> keys;
    while (query.value().next()) {
        const Statement &row = query.value();
        keys.append(OrderedKey {row.int64(0), row.text(1), row.int64(2), row.int64(3)});
    }
    return keys;
}

Result<QList<MessageRecord>> MessageQuery::records(const QList<qint64> &ids)
{
    Result<Statement> query = m_database.exec(QLatin1String("SELECT ") + SqlValues::messageColumns()
            + QLatin1String(" FROM messages m WHERE m.id IN (SELECT value FROM json_each(?))"),
        {SqlValues::jsonIds(ids)});
    if (!query.ok()) {
        return query.status();
    }
    QHash<qint64, MessageRecord> byId;
    byId.reserve(ids.size());
    while (query.value().next()) {
        MessageRecord record = SqlValues::messageFrom(query.value());
        byId.insert(record.id, std::move(record));
    }
    QList<MessageRecord> ordered;
    ordered.reserve(byId.size());
    for (qint64 id : ids) {
        if (auto found = byId.constFind(id); found != byId.cend()) {
            ordered.append(*found);
        }
    }
    return ordered;
}

Result<std::optional<MessageRecord>> MessageQuery::record(qint64 id)
{
    Result<QList<MessageRecord>> found = records({id});
    if (!found.ok()) {
        return found.status();
    }
    return found.value().isEmpty() ? std::optional<MessageRecord>()
                                   : std::optional<MessageRecord>(found.value().first());
}

Result<QList<ThreadEntry>> MessageQuery::threadedList(qint64 folderId)
{
    Result<Statement> query
        = m_database.exec(QStringLiteral("SELECT id, thread_id, internal_date, message_id, in_reply_to, reference_ids "
                                         "FROM messages WHERE folder_id = ? ORDER BY internal_date, id"),
            {folderId});
    if (!query.ok()) {
        return query.status();
    }
    struct Node
    {
        qint64 id;
        qint64 threadId;
        qint64 date;
        QString inReplyTo;
        QStringList references;
        qint64 parent = 0;
        QList<qsizetype> children;
    };
    QList<Node> nodes;
    QHash<QString, qsizetype> byMessageId; // first (oldest) copy wins
    while (query.value().next()) {
        const Statement &row = query.value();
        nodes.append(Node {row.int64(0), row.int64(1), row.int64(2), row.text(4),
            row.text(5).split(QLatin1Char(' '), Qt::SkipEmptyParts), 0, {}});
        const QString messageId = row.text(3);
        if (!messageId.isEmpty() && !byMessageId.contains(messageId)) {
            byMessageId.insert(messageId, nodes.size() - 1);
        }
    }
    query.value().finish();

    QHash<qint64, qsizetype> indexOfId;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        indexOfId.insert(nodes.at(i).id, i);
    }
    // Nearest ancestor present in this folder and in the same thread.
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        Node &node = nodes[i];
        QStringList candidates {node.inReplyTo};
        for (qsizetype r = node.references.size() - 1; r >= 0; --r) {
            candidates.append(node.references.at(r));
        }
        for (const QString &candidate : candidates) {
            const qsizetype parent = byMessageId.value(candidate, -1);
            if (parent >= 0 && parent != i && nodes.at(parent).threadId == node.threadId) {
                node.parent = nodes.at(parent).id;
                break;
            }
        }
    }
    // Break loops (A's parent B, B's parent A) that bad References can make: walk up from
    // each node not yet seen; meeting a node of the current walk again closes a loop, and
    // the last link of the walk is cut. Each node is walked once: O(n).
    {
        QList<char> state(nodes.size(), 0); // 0 unseen, 1 on the current walk, 2 done
        QList<qsizetype> walk;
        for (qsizetype start = 0; start < nodes.size(); ++start) {
            walk.clear();
            qsizetype current = start;
            while (current >= 0 && state.at(current) == 0) {
                state[current] = 1;
                walk.append(current);
                const qint64 parent = nodes.at(current).parent;
                current = parent == 0 ? -1 : indexOfId.value(parent);
            }
            if (current >= 0 && state.at(current) == 1) {
                nodes[walk.last()].parent = 0;
            }
            for (qsizetype visited : walk) {
                state[visited] = 2;
            }
        }
    }
    // Rows came oldest first, so children lists come out in date order.
    QList<qsizetype> roots;
    QHash<qint64, qint64> newestOfThread;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes.at(i);
        newestOfThread[node.threadId] = std::max(newestOfThread.value(node.threadId), node.date);
        if (node.parent == 0) {
            roots.append(i);
        } else {
            nodes[indexOfId.value(node.parent)].children.append(i);
        }
    }
    // Threads newest first; within a thread, its roots oldest first.
    std::stable_sort(roots.begin(), roots.end(), [&](qsizetype a, qsizetype b) {
        const Node &left = nodes.at(a);
        const Node &right = nodes.at(b);
        const qint64 newestLeft = newestOfThread.value(left.threadId);
        const qint64 newestRight = newestOfThread.value(right.threadId);
        if (newestLeft != newestRight) {
            return newestLeft > newestRight;
        }
        return left.threadId > right.threadId;
    });

    QList<ThreadEntry> entries;
    entries.reserve(nodes.size());
    // Iterative depth-first walk: a chain of 100,000 replies must not overflow the stack.
    QList<std::pair<qsizetype, int>> stack;
    for (qsizetype root : roots) {
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            const auto [index, depth] = stack.takeLast();
            const Node &node = nodes.at(index);
            entries.append(ThreadEntry {node.id, node.parent, node.threadId, depth});
            for (qsizetype c = node.children.size() - 1; c >= 0; --c) {
                stack.append({node.children.at(c), depth + 1});
            }
        }
    }
    return entries;
}

Result<QList<MessageRecord>> MessageQuery::thread(qint64 threadId)
{
    Result<Statement> query = m_database.exec(QLatin1String("SELECT ") + SqlValues::messageColumns()
            + QLatin1String(" FROM messages m WHERE m.thread_id = ? ORDER BY m.internal_date, m.id"),
        {threadId});
    if (!query.ok()) {
        return query.status();
    }
    QList<MessageRecord> records;
    while (query.value().next()) {
        records.append(SqlValues::messageFrom(query.value()));
    }
    return records;
}

Result<QList<SearchHit>> MessageQuery::search(
    const QString &query, int limit, std::optional<qint64> folderId, const MessageFilter &filter)
{
    QList<SearchHit> hits;
    const QString expression = FtsExpression::fromUserInput(query);
    if (expression.isEmpty() || limit <= 0) {
        return hits;
    }
    // 1. The newest matches first, by rowid, without ranking: FTS5 walks its doclists
    //    backwards and stops after s_rankingWindow hits. Ranking every match of a common
    //    word ("project" in half of 100,000 messages) costs a bm25 per match, 100 ms and
    //    more; the newest few thousand are what a person looks through anyway.
    QVariantList values;
    QString join;
    if (folderId || !filter.isEmpty()) {
        join = QStringLiteral(" JOIN messages m ON m.id = message_fts.rowid");
        if (folderId) {
            join += QLatin1String(" AND m.folder_id = ?");
            values.append(*folderId);
        }
        join += filterCondition(filter, values);
    }
    values.append(expression);
    Result<Statement> window
        = m_database.exec(QStringLiteral("SELECT min(rowid), count(*) FROM (SELECT message_fts.rowid "
                                         "FROM message_fts")
                + join
                + QStringLiteral(" WHERE message_fts MATCH ? ORDER BY message_fts.rowid DESC LIMIT %1)")
                      .arg(s_rankingWindow),
            values);
    if (!window.ok()) {
        return window.status();
    }
    if (!window.value().next() || window.value().int64(1) == 0) {
        return hits;
    }
    const qint64 oldest = window.value().int64(0);
    window.value().finish();
    // 2. Rank only those (bm25: subject over addresses over body).
    values.append(oldest);
    values.append(limit);
    Result<Statement> ranked = m_database.exec(
        QStringLiteral("SELECT message_fts.rowid, message_fts.rank FROM message_fts") + join
            + QStringLiteral(" WHERE message_fts MATCH ? AND message_fts.rowid >= ? ORDER BY message_fts.rank LIMIT ?"),
        values);
    if (!ranked.ok()) {
        return ranked.status();
    }
    while (ranked.value().next()) {
        hits.append(SearchHit {ranked.value().int64(0), ranked.value().value(1).toDouble()});
    }
    return hits;
}

} // namespace Letterbox::Store
