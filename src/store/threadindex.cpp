#include "store/threadindex.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QSet>

#include <utility>

#include <algorithm>

namespace Letterbox::Store {

namespace {

constexpr qsizetype s_maximumReferences = 64;

} // namespace

ThreadIndex::ThreadIndex(Database &database)
    : m_database(database)
{ }

QString ThreadIndex::baseSubject(const QString &subject, bool *isReply)
{
    // Localised reply/forward prefixes as Outlook, Thunderbird and Apple Mail write them,
    // optionally counted ("Re[2]:", "Re(2):"), with an ASCII or a full-width colon. Hand
    // written rather than a regular expression: this runs for every message inserted.
    static const QStringList s_prefixes {QStringLiteral("re"), QStringLiteral("fw"), QStringLiteral("fwd"),
        QStringLiteral("aw"), QStringLiteral("wg"), QStringLiteral("sv"), QStringLiteral("vs"), QStringLiteral("antw"),
        QStringLiteral("tr"), QStringLiteral("rif"), QStringLiteral("ref"), QStringLiteral("réf")};
    bool reply = false;
    QStringView text(subject);
    const auto skipSpaces = [](QStringView view) {
        qsizetype i = 0;
        while (i < view.size() && view.at(i).isSpace()) {
            ++i;
        }
        return view.mid(i);
    };
    for (;;) {
        text = skipSpaces(text);
        if (text.startsWith(QLatin1Char('['))) {
            // A list tag: "[dev] ".
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close > 1 && close <= 41) {
                text = text.mid(close + 1);
                continue;
            }
            break;
        }
        qsizetype end = 0;
        while (end < text.size() && end < 5 && text.at(end).isLetter()) {
            ++end;
        }
        if (end == 0 || !s_prefixes.contains(text.left(end).toString().toCaseFolded())) {
            break;
        }
        qsizetype i = end;
        if (i < text.size() && (text.at(i) == QLatin1Char('[') || text.at(i) == QLatin1Char('('))) {
            const QChar close = text.at(i) == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')');
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isDigit()) {
                ++j;
            }
            if (j == i + 1 || j >= text.size() || text.at(j) != close) {
                break;
            }
            i = j + 1;
        }
        while (i < text.size() && text.at(i).isSpace()) {
            ++i;
        }
        if (i < text.size() && (text.at(i) == QLatin1Char(':') || text.at(i) == QChar(0xFF1A))) {
            text = text.mid(i + 1);
            reply = true;
            continue;
        }
        break;
    }
    if (isReply) {
        *isReply = reply;
    }
    return text.toString().simplified().toCaseFolded();
}

Result<QList<qint64>> ThreadIndex::assign(qint64 folderId, const QList<ThreadKeys> &messages)
{
    struct Prepared
    {
        QStringList keys;
        bool hasParentKeys = false;
        bool isReply = false;
        QString subjectKey;
    };
    QList<Prepared> prepared;
    prepared.reserve(messages.size());
    QStringList allKeys;
    QSet<QString> seenKeys;
    for (const ThreadKeys &message : messages) {
        Prepared p;
        auto addKey = [&p](const QString &raw) {
            const QString key = SqlValues::normalizeMessageId(raw);
            if (!key.isEmpty() && !p.keys.contains(key)) {
                p.keys.append(key);
            }
        };
        addKey(message.messageId);
        const qsizetype ownKeys = p.keys.size();
        addKey(message.inReplyTo);
        const qsizetype first = std::max<qsizetype>(0, message.references.size() - s_maximumReferences);
        for (qsizetype i = message.references.size() - 1; i >= first; --i) {
            addKey(message.references.at(i));
        }
        p.hasParentKeys = p.keys.size() > ownKeys;
        p.subjectKey = message.subjectKey;
        p.isReply = message.isReply;
        for (const QString &key : std::as_const(p.keys)) {
            if (!seenKeys.contains(key)) {
                seenKeys.insert(key);
                allKeys.append(key);
            }
        }
        prepared.append(std::move(p));
    }

    // One look-up for every key of the batch.
    QHash<QString, qint64> known;
    known.reserve(allKeys.size());
    {
        Result<Statement> lookup
            = m_database.exec(QStringLiteral("SELECT k.message_id, k.thread_id FROM json_each(?) j "
                                             "JOIN message_ids k ON k.message_id = j.value"),
                {SqlValues::jsonStrings(allKeys)});
        if (!lookup.ok()) {
            return lookup.status();
        }
        while (lookup.value().next()) {
            known.insert(lookup.value().text(0), lookup.value().int64(1));
        }
    }
    // Thread ids are never reused while a key still names them: the highest in use by a
    // message or a key, both found through their thread_id indexes.
    Result<Statement> last
        = m_database.exec(QStringLiteral("SELECT max(coalesce((SELECT max(thread_id) FROM messages), 0), "
                                         "coalesce((SELECT max(thread_id) FROM message_ids), 0))"));
    if (!last.ok()) {
        return last.status();
    }
    const qint64 firstNewThread = (last.value().next() ? last.value().int64(0) : 0) + 1;
    last.value().finish();
    qint64 nextThread = firstNewThread;

    QHash<qint64, qint64> absorbedInto;
    auto resolve = [&absorbedInto](qint64 thread) {
        while (absorbedInto.contains(thread)) {
            thread = absorbedInto.value(thread);
        }
        return thread;
    };
    QHash<QString, qint64> newestBySubject; // threads given to messages of this batch
    QHash<QString, qint64> newKeys;
    QList<qint64> result;
    result.reserve(prepared.size());

    for (const Prepared &message : std::as_const(prepared)) {
        QList<qint64> threads;
        for (const QString &key : message.keys) {
            if (auto found = known.constFind(key); found != known.cend()) {
                const qint64 thread = resolve(*found);
                if (!threads.contains(thread)) {
                    threads.append(thread);
                }
            }
        }
        qint64 thread = 0;
        if (threads.isEmpty()) {
            if (message.isReply && !message.hasParentKeys && !message.subjectKey.isEmpty()) {
                thread = resolve(newestBySubject.value(message.subjectKey));
                if (thread == 0) {
                    Result<Statement> bySubject = m_database.exec(
                        QStringLiteral("SELECT thread_id FROM messages WHERE folder_id = ? AND subject_key = ? "
                                       "ORDER BY internal_date DESC, id DESC LIMIT 1"),
                        {folderId, message.subjectKey});
                    if (!bySubject.ok()) {
                        return bySubject.status();
                    }
                    thread = bySubject.value().next() ? resolve(bySubject.value().int64(0)) : 0;
                }
            }
            if (thread == 0) {
                thread = nextThread++;
            }
        } else {
            thread = *std::min_element(threads.cbegin(), threads.cend());
            for (qint64 other : std::as_const(threads)) {
                if (other == thread) {
                    continue;
                }
                absorbedInto.insert(other, thread);
                // A thread made in this batch has nothing stored yet to move.
                if (other < firstNewThread) {
                    if (Status status = mergeStored(thread, other); !status.ok()) {
                        return status;
                    }
                }
            }
        }
        result.append(thread);
        if (!message.subjectKey.isEmpty()) {
            newestBySubject.insert(message.subjectKey, thread);
        }
        for (const QString &key : message.keys) {
            if (!known.contains(key)) {
                known.insert(key, thread);
                newKeys.insert(key, thread);
            }
        }
    }

    // Merges later in the batch may have absorbed threads assigned earlier in it.
    for (qint64 &thread : result) {
        thread = resolve(thread);
    }
    if (!newKeys.isEmpty()) {
        // One statement for the batch's keys (rows of two small values parse cheaply).
        SqlValues::JsonRows json;
        for (auto it = newKeys.cbegin(); it != newKeys.cend(); ++it) {
            json.beginRow();
            json.add(it.key());
            json.add(resolve(it.value()));
            json.endRow();
        }
        if (Result<Statement> insert
            = m_database.exec(QStringLiteral("INSERT OR IGNORE INTO message_ids(message_id, thread_id) "
                                             "SELECT value->>0, value->>1 FROM json_each(?)"),
                {json.text()});
            !insert.ok()) {
            return insert.status();
        }
    }
    return result;
}

Status ThreadIndex::mergeStored(qint64 survivor, qint64 absorbed)
{
    Result<Statement> moved = m_database.exec(
        QStringLiteral("UPDATE messages SET thread_id = ? WHERE thread_id = ? RETURNING id, folder_id"),
        {survivor, absorbed});
    if (!moved.ok()) {
        return moved.status();
    }
    while (moved.value().next()) {
        m_regrouped[moved.value().int64(1)].append(moved.value().int64(0));
    }
    moved.value().finish();
    if (Result<Statement> keys = m_database.exec(
            QStringLiteral("UPDATE message_ids SET thread_id = ? WHERE thread_id = ?"), {survivor, absorbed});
        !keys.ok()) {
        return keys.status();
    }
    return {};
}

} // namespace Letterbox::Store
