#pragma once

#include "store/statement.h"
#include "store/status.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <unordered_map>

class QSqlQuery;

struct sqlite3;

namespace Letterbox::Store {

class BlobStore;
class StoreNotifier;

/// Whether a commit must survive a power cut before commit() returns.
enum class Durability {
    /// WAL with synchronous=NORMAL: atomic and consistent, and survives a crash or kill of
    /// the process; a power cut may lose the last commits (never corrupt the file). Right for
    /// everything that can be fetched again.
    Normal,
    /// synchronous=FULL for this commit: the WAL is fsync'd before commit() returns. For
    /// commits that something irreversible depends on — a POP3 DELE, the end of an outbox
    /// entry. Must be the outermost transaction.
    Full,
};

/**
 * @short The SQLite index of one account's cache: `<dir>/cache.sqlite` plus `<dir>/blobs/`.
 *
 * open() creates the directory (0700) and the file, switches it to WAL, turns foreign keys
 * on, and brings the schema to latestSchemaVersion() with the numbered migrations embedded
 * from `src/store/migrations/NNN_name.sql`, each in its own transaction together with
 * `PRAGMA user_version` (Geary's numbered files, not Trojitá's if-chain). A cache whose
 * user_version is higher than this build knows is refused (ErrorCode::NewerVersion) and left
 * untouched; a file that is not an SQLite database, is truncated, or is reported corrupt
 * gives ErrorCode::Damaged; nothing here crashes on a bad file.
 *
 * Each Database owns a uniquely named QSqlDatabase connection and must be used from one
 * thread only; open one Database per thread on the same directory. Writers take the lock
 * with BEGIN IMMEDIATE and wait up to the busy timeout, so two writers never deadlock.
 *
 * The store classes (FolderStore, MessageStore, MessageQuery, BodyCache, Outbox,
 * OfflineJournal, Pop3Ledger, IntegrityCheck) are light views over a Database; make them
 * on the stack as needed. Changes are announced by notifier() after their commit.
 */
class Database
{
public:
    /// What changed, for the notifier; queued during a transaction, emitted after commit.
    enum class Change { Folders, MessagesInserted, MessagesChanged, MessagesRemoved, Outbox, Journal };

    explicit Database(const QString &directory);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating or migrating) the cache. Calling it again on an open Database is a no-op.
    Status open();
    /// Rolls back an unfinished transaction and closes the connection.
    void close();
    [[nodiscard]] bool isOpen() const;

    [[nodiscard]] QString directory() const { return m_directory; }
    /// `<directory>/cache.sqlite`
    [[nodiscard]] QString filePath() const;
    /// The schema version of the open cache (0 when closed).
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// The highest migration embedded in this build.
    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] static QString cacheFileName();

    /// The raw messages beside the index, `<directory>/blobs/`.
    [[nodiscard]] BlobStore &blobs() { return *m_blobs; }
    [[nodiscard]] StoreNotifier *notifier() const { return m_notifier.get(); }

    /// A cached prepared statement for @p sql.
    Result<Statement> prepare(const QString &sql);
    /// Prepares, binds @p values and runs @p sql.
    Result<Statement> exec(const QString &sql, const QVariantList &values = {});

    /// The connection's own sqlite3 handle (nullptr when closed), for the one hot path
    /// that binds its values itself: MessageInserter's row insert, where QtSql's
    /// per-value cost (a QVariant, a named look-up, UTF-16 text converted by SQLite)
    /// was a fifth of the time. Anything else goes through prepare() and exec().
    [[nodiscard]] sqlite3 *handle() const;
    /// The Status for the SQLite result code @p code of a call made on handle().
    [[nodiscard]] Status errorFromHandle(int code, const QString &sql) const;

    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }
    /// Announces a change after the current transaction commits (at once outside one).
    void notify(Change change, qint64 folderId = 0, const QList<qint64> &ids = {});
    /// Removes the blob @p key once the outermost transaction has committed, and not at all
    /// if it rolls back: a row always goes before its blob, never the other way round.
    void removeBlobAfterCommit(const QString &key);
    /// Removes the blob @p key if the current transaction rolls back (a blob made for rows
    /// that were never committed).
    void removeBlobOnRollback(const QString &key);

    /**
     * Moves a damaged cache out of the way so that open() can start a new one:
     * cache.sqlite (with its -wal and -shm) and blobs/ are renamed with the suffix
     * `.damaged-<UTC time>`. The blobs are kept beside it, never deleted: for a POP3
     * account they may be the only copy of the mail. No Database may be open on it.
     * Returns the suffix used.
     */
    static Result<QString> setAsideDamagedCache(const QString &directory);

private:
    friend class Statement;
    friend class Transaction;

    Status openConnection();
    Status migrate();
    Status applyMigration(int version, const QString &script);
    Status runMigrationStep(int version);
    Status beginTransaction(Durability durability);
    Status commitTransaction();
    void rollbackTransaction();
    void emitPendingChanges();
    Status errorFrom(const QSqlQuery &query, const QString &sql) const;
    Status statusFor(int code, const QString &databaseText, const QString &text, const QString &sql) const;
    void release(QSqlQuery *query);

    struct PendingChange
    {
        Change change;
        qint64 folderId;
        QList<qint64> ids;
    };

    QString m_directory;
    QString m_connectionName;
    QSqlDatabase m_connection;
    std::unique_ptr<BlobStore> m_blobs;
    std::shared_ptr<StoreNotifier> m_notifier;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<const QSqlQuery *, bool> m_inUse;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    Durability m_durability = Durability::Normal;
    QList<PendingChange> m_pendingChanges;
    QStringList m_removeAfterCommit;
    QStringList m_removeOnRollback;
};

} // namespace Letterbox::Store
