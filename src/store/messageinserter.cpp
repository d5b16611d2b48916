#include "store/messageinserter.h"

#include "store/addressindex.h"
#include "store/addresstally.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/threadindex.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace Letterbox::Store {

namespace {

// The translation context is spelled out as a literal: lupdate files a bare tr() in a
// free function under the namespace, not under the class the messages belong to.
Status checkBody(const NewMessage &message, const BlobStore &blobs)
{
    const bool hasBlob = !message.blobKey.isEmpty();
    const bool statePointsToBlob = message.bodyState == BodyState::Full || message.bodyState == BodyState::Partial;
    if (hasBlob != statePointsToBlob) {
        return Status(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Letterbox::Store::MessageStore",
                "A message's body state and its stored file disagree (full or partial needs a file, and only they "
                "have one)."));
    }
    // The row may be committed only after its blob is durable: BlobStore returns a key
    // only after fsync and rename, so a key that names no file was never committed.
    if (hasBlob && !blobs.contains(message.blobKey)) {
        return Status(ErrorCode::BlobMissing,
            QCoreApplication::translate(
                "Letterbox::Store::MessageStore", "The message file %1 is not stored; its row was not saved.")
                .arg(message.blobKey.left(40)));
    }
    return {};
}

void notifyRegrouped(Database &database, ThreadIndex &threads)
{
    const QHash<qint64, QList<qint64>> regrouped = threads.takeRegrouped();
    for (auto it = regrouped.cbegin(); it != regrouped.cend(); ++it) {
        database.notify(Database::Change::MessagesChanged, it.key(), it.value());
    }
}

struct Target
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    bool localOnly = false;
};

Result<Target> target(Database &database, qint64 folderId)
{
    Result<Statement> folder = database.exec(
        QStringLiteral("SELECT uidvalidity, uidnext, local_only FROM folders WHERE id = ?"), {folderId});
    if (!folder.ok()) {
        return folder.status();
    }
    if (!folder.value().next()) {
        return Status(ErrorCode::NotFound,
            QCoreApplication::translate("Letterbox::Store::MessageStore", "There is no folder %1 in the cache.")
                .arg(folderId));
    }
    return Target {quint32(folder.value().int64(0)), quint32(folder.value().int64(1)), folder.value().int64(2) != 0};
}

/// A single-row INSERT bound through SQLite's own API: integers as integers, text as
/// UTF-8 (the cache's encoding, so SQLite converts nothing), by position. Through QtSql
/// the same row cost a QVariant, a placeholder look-up and a UTF-16 → UTF-8 conversion
/// inside SQLite per value: measured (callgrind, 10,000 header rows), about a fifth of
/// MessageStore::insert.
class RowInsert
{
public:
    RowInsert(Database &database, const char *sql)
        : m_database(database)
        , m_sql(sql)
    {
        sqlite3 *db = database.handle();
        m_code = db ? sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) : SQLITE_MISUSE;
        m_texts.resize(m_statement ? sqlite3_bind_parameter_count(m_statement) + 1 : 0);
    }
    RowInsert(const RowInsert &) = delete;
    RowInsert &operator=(const RowInsert &) = delete;
    ~RowInsert() { sqlite3_finalize(m_statement); }

    [[nodiscard]] Status status() const
    {
        return m_code == SQLITE_OK ? Status() : m_database.errorFromHandle(m_code, QString::fromUtf8(m_sql));
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    /// A null QString binds '' (NOT NULL text columns), as Statement::bind() does.
    void bind(int index, const QString &text)
    {
        QByteArray &utf8 = m_texts[index];
        utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void bind(int index, const QByteArray &bytes)
    {
        m_texts[index] = bytes;
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    /// Runs with the values bound and resets for the next row.
    Status run()
    {
        m_code = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (m_code != SQLITE_DONE) {
            return status();
        }
        m_code = SQLITE_OK;
        return {};
    }

private:
    Database &m_database;
    const char *m_sql;
    sqlite3_stmt *m_statement = nullptr;
    int m_code = SQLITE_OK;
    QList<QByteArray> m_texts; // keeps each bound value alive until the step (SQLITE_STATIC)
};

} // namespace

MessageInserter::MessageInserter(Database &database)
    : m_database(database)
{ }

Result<QList<qint64>> MessageInserter::insert(qint64 folderId, const QList<NewMessage> &messages)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Target> folder = target(m_database, folderId);
    if (!folder.ok()) {
        return folder.status();
    }
    const Target &into = folder.value();
    for (const NewMessage &message : messages) {
        if (Status status = checkBody(message, m_database.blobs()); !status.ok()) {
            return status;
        }
        if (!message.uid && !into.localOnly) {
            return Status(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "Letterbox::Store::MessageStore", "A message in an IMAP folder needs its UID."));
        }
    }

    // 1. What is cached already (a sync that restarts after a crash sends the same UIDs
    //    again): one query for the batch's UIDs; UIDLs (POP3, a message at a time) each.
    QHash<quint32, qint64> existingUids;
    {
        QList<quint32> uids;
        for (const NewMessage &message : messages) {
            if (message.uid) {
                uids.append(*message.uid);
            }
        }
        if (!uids.isEmpty()) {
            Result<Statement> found
                = m_database.exec(QStringLiteral("SELECT uid, id FROM messages WHERE folder_id = ? AND uidvalidity = ? "
                                                 "AND uid IN (SELECT value FROM json_each(?))"),
                    {folderId, qint64(into.uidValidity), SqlValues::jsonUids(uids)});
            if (!found.ok()) {
                return found.status();
            }
            while (found.value().next()) {
                existingUids.insert(quint32(found.value().int64(0)), found.value().int64(1));
            }
        }
    }
    QHash<QByteArray, qint64> existingUidls;
    for (const NewMessage &message : messages) {
        if (message.uidl.isEmpty() || existingUidls.contains(message.uidl)) {
            continue;
        }
        Result<Statement> found = m_database.exec(
            QStringLiteral("SELECT id FROM messages WHERE folder_id = ? AND uidl = ?"), {folderId, message.uidl});
        if (!found.ok()) {
            return found.status();
        }
        if (found.value().next()) {
            existingUidls.insert(message.uidl, found.value().int64(0));
        }
    }

    // 2. Ids and UIDs for the new rows. The write lock is held, so max(id) + 1 … are ours.
    Result<Statement> last = m_database.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"));
    if (!last.ok()) {
        return last.status();
    }
    const qint64 firstId = (last.value().next() ? last.value().int64(0) : 0) + 1;
    last.value().finish();
    qint64 nextId = firstId;
    quint32 nextLocalUid = std::max<quint32>(into.uidNext, 1);
    QList<qint64> ids;
    ids.reserve(messages.size());
    struct Row
    {
        const NewMessage *message;
        qint64 id;
        quint32 uid;
    };
    QList<Row> rows;
    rows.reserve(messages.size());
    for (const NewMessage &message : messages) {
        if (message.uid && existingUids.contains(*message.uid)) {
            ids.append(existingUids.value(*message.uid));
            continue;
        }
        if (!message.uidl.isEmpty() && existingUidls.contains(message.uidl)) {
            ids.append(existingUidls.value(message.uidl));
            continue;
        }
        quint32 uid = 0;
        if (message.uid) {
            uid = *message.uid;
            if (into.localOnly) {
                nextLocalUid = std::max(nextLocalUid, uid + 1);
            }
        } else {
            uid = nextLocalUid++;
        }
        const qint64 id = nextId++;
        // The same UID or UIDL twice in one batch is one message.
        existingUids.insert(uid, id);
        if (!message.uidl.isEmpty()) {
            existingUidls.insert(message.uidl, id);
        }
        ids.append(id);
        rows.append({&message, id, uid});
    }
    if (rows.isEmpty()) {
        if (Status status = transaction.commit(); !status.ok()) {
            return status;
        }
        return ids;
    }

    // 3. Threads, for the whole batch at once.
    ThreadIndex threads(m_database);
    QList<ThreadKeys> keys;
    keys.reserve(rows.size());
    for (const Row &row : std::as_const(rows)) {
        ThreadKeys key {row.message->messageId, row.message->inReplyTo, row.message->references, {}, false};
        key.subjectKey = ThreadIndex::baseSubject(row.message->subject, &key.isReply);
        keys.append(key);
    }
    Result<QList<qint64>> threadIds = threads.assign(folderId, keys);
    if (!threadIds.ok()) {
        return threadIds.status();
    }

    // 4. The rows and their body text: one single-row INSERT each, prepared once per batch
    //    and bound through SQLite's API (RowInsert). Not multi-row VALUES nor
    //    INSERT … SELECT: a statement that writes several rows opens a statement journal,
    //    which copies every page it touches (16 KB each); and JSON rows (json_each + ->>)
    //    parse each row once per column.
    RowInsert insertRow(m_database,
        "INSERT INTO messages(id, folder_id, uidvalidity, uid, uidl, modseq, flags, keywords, internal_date, "
        "sent_date, size, from_name, from_address, sort_from, to_summary, cc_summary, subject, subject_key, "
        "message_id, in_reply_to, reference_ids, thread_id, snippet, has_attachments, body_state, blob_key, "
        "blob_size, last_access) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)");
    RowInsert insertBody(m_database, "INSERT INTO message_bodies(message_id, body) VALUES (?1, ?2)");
    if (Status status = insertRow.status(); !status.ok()) {
        return status;
    }
    if (Status status = insertBody.status(); !status.ok()) {
        return status;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 unread = 0;
    QList<qint64> inserted;
    inserted.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const NewMessage &message = *rows.at(r).message;
        QStringList references;
        references.reserve(message.references.size());
        for (const QString &reference : message.references) {
            if (const QString id = SqlValues::normalizeMessageId(reference); !id.isEmpty()) {
                references.append(id);
            }
        }
        const bool hasBlob = !message.blobKey.isEmpty();
        const qint64 id = rows.at(r).id;
        insertRow.bind(1, id);
        insertRow.bind(2, folderId);
        insertRow.bind(3, qint64(into.uidValidity));
        insertRow.bind(4, qint64(rows.at(r).uid));
        if (message.uidl.isEmpty()) {
            insertRow.bindNull(5);
        } else {
            insertRow.bind(5, message.uidl);
        }
        insertRow.bind(6, message.modSeq);
        insertRow.bind(7, qint64(message.flags.toInt()));
        insertRow.bind(8, SqlValues::joinKeywords(message.keywords));
        insertRow.bind(9, SqlValues::fromDateTime(message.internalDate));
        insertRow.bind(10, SqlValues::fromDateTime(message.sentDate));
        insertRow.bind(11, message.size);
        insertRow.bind(12, message.fromName);
        insertRow.bind(13, message.fromAddress);
        insertRow.bind(14, (message.fromName.isEmpty() ? message.fromAddress : message.fromName).toCaseFolded());
        insertRow.bind(15, message.toSummary);
        insertRow.bind(16, message.ccSummary);
        insertRow.bind(17, message.subject);
        insertRow.bind(18, keys.at(r).subjectKey);
        insertRow.bind(19, SqlValues::normalizeMessageId(message.messageId));
        insertRow.bind(20, SqlValues::normalizeMessageId(message.inReplyTo));
        insertRow.bind(21, references.join(QLatin1Char(' ')));
        insertRow.bind(22, threadIds.value().at(r));
        insertRow.bind(23, message.snippet);
        insertRow.bind(24, qint64(message.hasAttachments ? 1 : 0));
        insertRow.bind(25, qint64(message.bodyState));
        if (hasBlob) {
            insertRow.bind(26, message.blobKey);
        } else {
            insertRow.bindNull(26);
        }
        insertRow.bind(27, hasBlob ? message.blobSize : 0);
        insertRow.bind(28, hasBlob ? now : 0);
        if (Status status = insertRow.run(); !status.ok()) {
            return status;
        }
        // Headers-only messages (a header sync) have no body row: the index reads '' for them.
        if (!message.bodyText.isEmpty()) {
            insertBody.bind(1, id);
            insertBody.bind(2, message.bodyText);
            if (Status status = insertBody.run(); !status.ok()) {
                return status;
            }
        }
        unread += message.flags.testFlag(MessageFlag::Seen) ? 0 : 1;
        inserted.append(id);
    }
    if (Result<Statement> counts = m_database.exec(
            QStringLiteral("UPDATE folders SET total_count = total_count + ?, unread_count = unread_count + ?, "
                           "uidnext = CASE WHEN local_only THEN ? ELSE uidnext END WHERE id = ?"),
            {qint64(rows.size()), unread, qint64(nextLocalUid), folderId});
        !counts.ok()) {
        return counts.status();
    }
    // The correspondents for address completion: one look-up per distinct address of the
    // batch, before the full-text statement below, which must stay the last.
    AddressTally correspondents;
    for (const Row &row : std::as_const(rows)) {
        const NewMessage &message = *row.message;
        correspondents.addMessage(message.fromName, message.fromAddress, message.toSummary, message.ccSummary,
            SqlValues::fromDateTime(message.internalDate.isValid() ? message.internalDate : message.sentDate));
    }
    if (Status status = AddressIndex(m_database).record(correspondents); !status.ok()) {
        return status;
    }
    // The full-text index last, in one statement: no later statement of this batch opens
    // a savepoint, so FTS5 keeps the batch's terms in memory and writes them as one segment
    // at the commit (see 001_initial.sql).
    if (Result<Statement> index = m_database.exec(
            QStringLiteral("INSERT INTO message_fts(rowid, subject, addresses, body) "
                           "SELECT message_id, subject, addresses, body FROM message_text WHERE message_id >= ?"),
            {firstId});
        !index.ok()) {
        return index.status();
    }

    m_database.notify(Database::Change::MessagesInserted, folderId, inserted);
    notifyRegrouped(m_database, threads);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return ids;
}

} // namespace Letterbox::Store
