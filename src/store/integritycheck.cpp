#include "store/integritycheck.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/storelog.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::IntegrityCheck", text);
}

constexpr qsizetype s_maximumProblems = 20;

} // namespace

IntegrityCheck::IntegrityCheck(Database &database)
    : m_database(database)
{ }

Result<IntegrityReport> IntegrityCheck::run()
{
    IntegrityReport report;
    if (!m_database.isOpen()) {
        return Status(ErrorCode::NotOpen, tr("The mail cache is not open."));
    }

    // 1. The SQLite file itself. A corrupt page can make the check itself fail: that is
    //    damage too, reported, not a reason to give up silently.
    Result<Statement> quick = m_database.exec(QStringLiteral("PRAGMA quick_check"));
    if (!quick.ok()) {
        report.databaseHealthy = false;
        report.problems.append(quick.message());
    } else {
        while (quick.value().next()) {
            const QString line = quick.value().text(0);
            if (line != QLatin1String("ok") && report.problems.size() < s_maximumProblems) {
                report.problems.append(line);
            }
        }
        quick.value().finish();
        report.databaseHealthy = report.problems.isEmpty();
    }
    if (!report.databaseHealthy) {
        qCWarning(lcStore) << "cache" << m_database.filePath() << "is damaged:" << report.problems;
        return report;
    }

    // 2. The full-text index against what it indexes (the view message_text). With
    //    rank = 1 FTS5 also compares the index with that content (3.40 skips it otherwise).
    if (m_depth == Depth::Thorough) {
        Result<Statement> fts = m_database.exec(
            QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"));
        if (!fts.ok()) {
            qCWarning(lcStore) << "full-text index check failed, rebuilding:" << fts.message();
            Transaction rebuild(m_database);
            if (!rebuild.isActive()) {
                return rebuild.status();
            }
            if (Result<Statement> again
                = m_database.exec(QStringLiteral("INSERT INTO message_fts(message_fts) VALUES ('rebuild')"));
                !again.ok()) {
                return again.status();
            }
            if (Status status = rebuild.commit(); !status.ok()) {
                return status;
            }
            report.searchIndexRebuilt = true;
        }
    }

    // 3. Rows against blobs, under the write lock so that no writer of this cache changes
    //    either side while they are compared.
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    BlobStore &blobs = m_database.blobs();
    Result<QStringList> onDisk = blobs.keys();
    if (!onDisk.ok()) {
        return onDisk.status();
    }
    const QSet<QString> present(onDisk.value().cbegin(), onDisk.value().cend());
    QSet<QString> referenced;

    struct Missing
    {
        qint64 id;
        qint64 folderId;
    };
    QList<Missing> missingMessages;
    Result<Statement> messages
        = m_database.exec(QStringLiteral("SELECT id, folder_id, blob_key FROM messages WHERE blob_key IS NOT NULL"));
    if (!messages.ok()) {
        return messages.status();
    }
    while (messages.value().next()) {
        const QString key = messages.value().text(2);
        referenced.insert(key);
        if (!present.contains(key)) {
            missingMessages.append({messages.value().int64(0), messages.value().int64(1)});
        }
    }
    messages.value().finish();

    Result<Statement> outbox = m_database.exec(QStringLiteral("SELECT id, blob_key FROM outbox"));
    if (!outbox.ok()) {
        return outbox.status();
    }
    while (outbox.value().next()) {
        const QString key = outbox.value().text(1);
        referenced.insert(key);
        if (!present.contains(key)) {
            report.outboxEntriesMissing.append(outbox.value().int64(0));
        }
    }
    outbox.value().finish();

    Result<Statement> journal
        = m_database.exec(QStringLiteral("SELECT id, blob_key FROM pending_operations WHERE blob_key IS NOT NULL"));
    if (!journal.ok()) {
        return journal.status();
    }
    while (journal.value().next()) {
        const QString key = journal.value().text(1);
        referenced.insert(key);
        if (!present.contains(key)) {
            report.journalEntriesMissing.append(journal.value().int64(0));
        }
    }
    journal.value().finish();

    QHash<qint64, QList<qint64>> missingByFolder;
    for (const Missing &missing : missingMessages) {
        if (Result<Statement> mark = m_database.exec(
                QStringLiteral("UPDATE messages SET body_state = 4, blob_key = NULL, blob_size = 0 WHERE id = ?"),
                {missing.id});
            !mark.ok()) {
            return mark.status();
        }
        report.messagesMissingBody.append(missing.id);
        missingByFolder[missing.folderId].append(missing.id);
    }
    for (qint64 id : report.outboxEntriesMissing) {
        if (Result<Statement> mark
            = m_database.exec(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"),
                {tr("The stored copy of this message is missing; it cannot be sent."), id});
            !mark.ok()) {
            return mark.status();
        }
    }
    for (qint64 id : report.journalEntriesMissing) {
        if (Result<Statement> mark = m_database.exec(
                QStringLiteral("UPDATE pending_operations SET state = 'failed', last_error = ? WHERE id = ?"),
                {tr("The stored copy of this message is missing; it cannot be uploaded."), id});
            !mark.ok()) {
            return mark.status();
        }
    }

    // Counts, one indexed pass per folder (messages_by_unread covers both numbers).
    Result<Statement> counts = m_database.exec(QStringLiteral(
        "SELECT f.id FROM folders f WHERE f.total_count != (SELECT count(*) FROM messages m WHERE m.folder_id = f.id) "
        "OR f.unread_count != (SELECT count(*) FROM messages m WHERE m.folder_id = f.id AND m.unread = 1)"));
    if (!counts.ok()) {
        return counts.status();
    }
    while (counts.value().next()) {
        report.foldersRecounted.append(counts.value().int64(0));
    }
    counts.value().finish();
    for (qint64 folderId : report.foldersRecounted) {
        if (Result<Statement> fix = m_database.exec(
                QStringLiteral("UPDATE folders SET total_count = (SELECT count(*) FROM messages WHERE folder_id = ?), "
                               "unread_count = (SELECT count(*) FROM messages WHERE folder_id = ? AND unread = 1) "
                               "WHERE id = ?"),
                {folderId, folderId, folderId});
            !fix.ok()) {
            return fix.status();
        }
    }
    if (!report.foldersRecounted.isEmpty()) {
        m_database.notify(Database::Change::Folders);
    }

    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_grace.count());
    for (const QString &key : present) {
        if (referenced.contains(key)) {
            continue;
        }
        Result<QString> path = blobs.filePath(key);
        if (path.ok() && QFileInfo(path.value()).lastModified() < cutoff) {
            m_database.removeBlobAfterCommit(key);
            ++report.orphanBlobsRemoved;
        } else {
            ++report.orphanBlobsKept;
        }
    }
    for (auto it = missingByFolder.cbegin(); it != missingByFolder.cend(); ++it) {
        m_database.notify(Database::Change::MessagesChanged, it.key(), it.value());
    }
    if (!report.outboxEntriesMissing.isEmpty()) {
        m_database.notify(Database::Change::Outbox);
    }
    if (!report.journalEntriesMissing.isEmpty()) {
        m_database.notify(Database::Change::Journal);
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }

    Result<int> temporary = blobs.removeTemporaryFiles(cutoff);
    if (!temporary.ok()) {
        return temporary.status();
    }
    report.temporaryFilesRemoved = temporary.value();
    if (!report.isClean()) {
        qCInfo(lcStore) << "integrity check of" << m_database.filePath() << ": removed" << report.orphanBlobsRemoved
                        << "orphan blobs and" << report.temporaryFilesRemoved << "temporary files;"
                        << report.messagesMissingBody.size() << "messages lost their body;"
                        << (report.searchIndexRebuilt ? "search index rebuilt" : "search index ok");
    }
    return report;
}

} // namespace Letterbox::Store
