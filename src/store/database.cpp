#include "store/database.h"

#include "store/addressindex.h"
#include "store/blobstore.h"
#include "store/sqlscript.h"
#include "store/storelog.h"
#include "store/storenotifier.h"
#include "store/transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Letterbox::Store {

namespace {

const QLatin1StringView s_cacheFileName("cache.sqlite");
const QLatin1StringView s_migrationsDirectory(":/letterbox/store/migrations");
constexpr qint64 s_applicationId = 1279416408; // 'LBXX', set by 001_initial.sql
constexpr int s_busyTimeoutMilliseconds = 10000;

// SQLite result codes (sqlite3.h), as QSqlError::nativeErrorCode() reports them.
enum SqliteCode { Busy = 5, Locked = 6, Corrupt = 11, Full = 13, NotADatabase = 26 };

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::Database", text);
}

QAtomicInteger<quint64> s_connectionCounter;

/// The embedded migrations, by version: 001_initial.sql is version 1, and so on.
const QMap<int, QString> &migrations()
{
    static const QMap<int, QString> s_migrations = [] {
        QMap<int, QString> found;
        const QDir directory(s_migrationsDirectory);
        const QStringList names = directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            bool ok = false;
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            QFile file(directory.filePath(name));
            if (!ok || version <= 0 || !file.open(QIODevice::ReadOnly)) {
                qCCritical(lcStore) << "ignoring a migration with a bad name" << name;
                continue;
            }
            found.insert(version, QString::fromUtf8(file.readAll()));
        }
        // Versions must run 1, 2, 3… without a gap, or user_version would lie.
        int expected = 1;
        for (auto it = found.begin(); it != found.end(); ++it, ++expected) {
            if (it.key() != expected) {
                qCCritical(lcStore) << "migration" << expected << "is missing; stopping at" << expected - 1;
                while (it != found.end()) {
                    it = found.erase(it);
                }
                break;
            }
        }
        return found;
    }();
    return s_migrations;
}

bool looksLikeSqlite(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return true; // SQLite makes an empty file a new database
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return false;
    }
    static const QByteArray s_magic("SQLite format 3\0", 16);
    if (file.size() < 100 || file.read(16) != s_magic) {
        *reason = QCoreApplication::translate("Letterbox::Store::Database", "it is not an SQLite database");
        return false;
    }
    return true;
}

} // namespace

// --- Database ------------------------------------------------------------------------------

Database::Database(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
    , m_connectionName(QStringLiteral("letterbox-store-%1").arg(++s_connectionCounter))
    , m_blobs(std::make_unique<BlobStore>(m_directory + QLatin1String("/blobs")))
    , m_notifier(StoreNotifier::forCache(filePath()))
{ }

Database::~Database()
{
    close();
}

QString Database::filePath() const
{
    return m_directory + QLatin1Char('/') + s_cacheFileName;
}

QString Database::cacheFileName()
{
    return s_cacheFileName;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().lastKey();
}

bool Database::isOpen() const
{
    return m_connection.isValid() && m_connection.isOpen();
}

Status Database::open()
{
    if (isOpen()) {
        return {};
    }
    if (!QDir().mkpath(m_directory)) {
        return Status(ErrorCode::DirectoryUnavailable,
            tr("Letterbox could not create the folder %1 for its mail cache.").arg(m_directory));
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QString reason;
    if (!looksLikeSqlite(filePath(), &reason)) {
        qCWarning(lcStore) << "refusing" << filePath() << reason;
        return Status(ErrorCode::Damaged,
            tr("The mail cache %1 is damaged (%2). Letterbox can set it aside and download the mail again.")
                .arg(filePath(), reason));
    }
    Status status = openConnection();
    if (status.ok()) {
        status = migrate();
    }
    if (status.ok()) {
        status = m_blobs->ensureDirectory();
    }
    if (!status.ok()) {
        close();
        return status;
    }
    qCDebug(lcStore) << "opened" << filePath() << "schema" << m_schemaVersion;
    return {};
}

Status Database::openConnection()
{
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(filePath());
    m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(s_busyTimeoutMilliseconds));
    if (!m_connection.open()) {
        return Status(ErrorCode::Damaged,
            tr("Letterbox could not open its mail cache %1: %2.").arg(filePath(), m_connection.lastError().text()));
    }
    QFile::setPermissions(filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The first statement reads the header: a garbage file fails here with "not a database".
    // A new file gets 16 KB pages first (only possible before its first table): the sort
    // indexes take inserts at random places, and every commit rewrites each page it
    // touched into the WAL; bigger pages mean fewer, larger writes and shallower trees
    // (measured: 1,000-row batches into a 100,000-message folder ran 40% faster than
    // with 4 KB pages).
    if (Status status = exec(QStringLiteral("PRAGMA page_size = 16384")).status(); !status.ok()) {
        return status;
    }
    Result<Statement> journal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal.ok()) {
        return journal.status();
    }
    if (journal.value().next() && journal.value().text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Only on file systems without shared memory; the cache still works, just less
        // concurrently.
        qCWarning(lcStore) << "WAL is not available for" << filePath() << "; journal mode is"
                           << journal.value().text(0);
    }
    journal.value().finish();
    // NORMAL is safe in WAL against crashes; a commit that must survive a power cut asks
    // for Durability::Full. Blobs are fsync'd on their own, before their rows.
    // The WAL is checkpointed at 64 MB instead of SQLite's 4 MB: a batch of headers
    // writes more than 4 MB, so the default would checkpoint (two fsyncs and a copy of
    // every page) after every batch; and it is cut back to 64 MB afterwards.
    for (const char *pragma :
        {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
            "PRAGMA cache_size = -32768", "PRAGMA wal_autocheckpoint = 4096", "PRAGMA journal_size_limit = 67108864"}) {
        if (Result<Statement> result = exec(QString::fromLatin1(pragma)); !result.ok()) {
            return result.status();
        }
    }
    return {};
}

Status Database::migrate()
{
    const int latest = latestSchemaVersion();
    if (latest == 0) {
        return Status(ErrorCode::MigrationFailed, tr("This build of Letterbox has no cache schema."));
    }
    auto readVersion = [this](const char *pragma) -> Result<qint64> {
        Result<Statement> query = exec(QString::fromLatin1(pragma));
        if (!query.ok()) {
            return query.status();
        }
        return query.value().next() ? query.value().int64(0) : 0;
    };
    Result<qint64> version = readVersion("PRAGMA user_version");
    if (!version.ok()) {
        return version.status();
    }
    Result<qint64> applicationId = readVersion("PRAGMA application_id");
    if (!applicationId.ok()) {
        return applicationId.status();
    }
    Result<qint64> objects = readVersion("SELECT count(*) FROM sqlite_master");
    if (!objects.ok()) {
        return objects.status();
    }
    if ((version.value() == 0 && objects.value() > 0)
        || (version.value() > 0 && applicationId.value() != s_applicationId)) {
        return Status(ErrorCode::NotACache,
            tr("%1 is an SQLite file, but not a Letterbox mail cache; Letterbox leaves it alone.").arg(filePath()));
    }
    if (version.value() > latest) {
        return Status(ErrorCode::NewerVersion,
            tr("The mail cache %1 was made by a newer version of Letterbox (cache version %2; this version knows "
               "up to %3). Update Letterbox, or remove the cache to download the mail again.")
                .arg(filePath())
                .arg(version.value())
                .arg(latest));
    }
    m_schemaVersion = int(version.value());
    const QMap<int, QString> &all = migrations();
    for (auto it = all.upperBound(m_schemaVersion); it != all.end(); ++it) {
        if (Status status = applyMigration(it.key(), it.value()); !status.ok()) {
            return status;
        }
    }
    return {};
}

Status Database::runMigrationStep(int version)
{
    // Work a migration's SQL cannot do, in the same transaction, after its script.
    switch (version) {
    case 2: // addresses: split the To/Cc summaries of the messages already cached
        return AddressIndex(*this).rebuild();
    default:
        return {};
    }
}

Status Database::applyMigration(int version, const QString &script)
{
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    // Another process may have migrated while this one waited for the write lock.
    Result<Statement> current = exec(QStringLiteral("PRAGMA user_version"));
    if (!current.ok()) {
        return current.status();
    }
    const qint64 now = current.value().next() ? current.value().int64(0) : 0;
    current.value().finish();
    if (now >= version) {
        m_schemaVersion = int(now);
        return transaction.commit();
    }
    const QStringList statements = SqlScript::split(script);
    for (const QString &sql : statements) {
        // Run once each: migration statements do not belong in the statement cache.
        QSqlQuery query(m_connection);
        if (!query.exec(sql)) {
            const Status error = errorFrom(query, sql);
            qCCritical(lcStore) << "migration" << version << "failed:" << error.message();
            if (error.code() == ErrorCode::Damaged || error.code() == ErrorCode::DiskFull) {
                return error;
            }
            return Status(ErrorCode::MigrationFailed,
                tr("Letterbox could not update its mail cache %1 to version %2: %3")
                    .arg(filePath())
                    .arg(version)
                    .arg(error.message()));
        }
    }
    if (Status status = runMigrationStep(version); !status.ok()) {
        return status;
    }
    QSqlQuery setVersion(m_connection);
    if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        return errorFrom(setVersion, setVersion.lastQuery());
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    qCInfo(lcStore) << "cache" << filePath() << "migrated to version" << version;
    m_schemaVersion = version;
    return {};
}

void Database::close()
{
    if (m_transactionDepth > 0) {
        m_transactionDepth = 1;
        rollbackTransaction();
    }
    m_inUse.clear();
    m_statements.clear();
    if (m_connection.isValid()) {
        m_connection.close();
    }
    m_connection = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_schemaVersion = 0;
}

Result<Statement> Database::prepare(const QString &sql)
{
    if (!m_connection.isValid() || !m_connection.isOpen()) {
        return Status(ErrorCode::NotOpen, tr("The mail cache is not open."));
    }
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_connection);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return errorFrom(*query, sql);
        }
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *cached = found->second.get();
    if (m_inUse[cached]) {
        // The same SQL is already being read further up the stack: use a fresh one.
        auto fresh = std::make_unique<QSqlQuery>(m_connection);
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql)) {
            return errorFrom(*fresh, sql);
        }
        QSqlQuery *raw = fresh.get();
        return Statement(this, raw, std::move(fresh), sql);
    }
    m_inUse[cached] = true;
    return Statement(this, cached, nullptr, sql);
}

void Database::release(QSqlQuery *query)
{
    m_inUse[query] = false;
}

Result<Statement> Database::exec(const QString &sql, const QVariantList &values)
{
    Result<Statement> statement = prepare(sql);
    if (!statement.ok()) {
        return statement;
    }
    if (Status status = statement.value().exec(values); !status.ok()) {
        return status;
    }
    return statement;
}

Status Database::errorFrom(const QSqlQuery &query, const QString &sql) const
{
    const QSqlError error = query.lastError();
    return statusFor(error.nativeErrorCode().toInt(), error.databaseText(), error.text(), sql);
}

Status Database::errorFromHandle(int code, const QString &sql) const
{
    sqlite3 *db = handle();
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return statusFor(code, text, text, sql);
}

sqlite3 *Database::handle() const
{
    if (!m_connection.isValid() || !m_connection.isOpen()) {
        return nullptr;
    }
    const QVariant handle = m_connection.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status Database::statusFor(int nativeCode, const QString &databaseText, const QString &text, const QString &sql) const
{
    const int code = nativeCode & 0xff;
    qCWarning(lcStore) << "SQL failed:" << text << "in" << sql.simplified().left(200);
    switch (code) {
    case Corrupt:
    case NotADatabase:
        return Status(ErrorCode::Damaged,
            tr("The mail cache %1 is damaged (%2). Letterbox can set it aside and download the mail again.")
                .arg(filePath(), databaseText));
    case Full:
        return Status(
            ErrorCode::DiskFull, tr("The disk is full: Letterbox could not update its mail cache %1.").arg(filePath()));
    case Busy:
    case Locked:
        return Status(ErrorCode::Busy,
            tr("The mail cache %1 is in use by another Letterbox process that did not let go.").arg(filePath()));
    default:
        return Status(ErrorCode::QueryFailed,
            tr("Letterbox could not read or update its mail cache %1: %2.").arg(filePath(), text));
    }
}

// --- transactions and notifications ------------------------------------------------------

Status Database::beginTransaction(Durability durability)
{
    if (!isOpen()) {
        return Status(ErrorCode::NotOpen, tr("The mail cache is not open."));
    }
    if (m_transactionDepth > 0) {
        if (durability == Durability::Full && m_durability != Durability::Full) {
            // synchronous cannot change inside a transaction, so the outer one decides.
            return Status(ErrorCode::InvalidArgument,
                tr("A change that must survive a power cut was started inside an ordinary transaction."));
        }
        ++m_transactionDepth;
        return {};
    }
    if (durability == Durability::Full) {
        if (Result<Statement> sync = exec(QStringLiteral("PRAGMA synchronous = FULL")); !sync.ok()) {
            return sync.status();
        }
    }
    if (Result<Statement> begin = exec(QStringLiteral("BEGIN IMMEDIATE")); !begin.ok()) {
        if (durability == Durability::Full) {
            (void)exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        return begin.status();
    }
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    m_durability = durability;
    return {};
}

Status Database::commitTransaction()
{
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        return {};
    }
    if (m_rollbackOnly) {
        rollbackTransaction();
        return Status(ErrorCode::QueryFailed, tr("An earlier step of this change failed, so none of it was saved."));
    }
    if (Result<Statement> commit = exec(QStringLiteral("COMMIT")); !commit.ok()) {
        rollbackTransaction();
        return commit.status();
    }
    m_transactionDepth = 0;
    if (m_durability == Durability::Full) {
        (void)exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        m_durability = Durability::Normal;
    }
    m_removeOnRollback.clear();
    // The rows are gone for good; a crash before these unlinks leaves orphans, which
    // IntegrityCheck removes, never a row without its blob.
    for (const QString &key : std::exchange(m_removeAfterCommit, {})) {
        if (Status status = m_blobs->remove(key); !status.ok()) {
            qCWarning(lcStore) << "could not remove blob" << key << status.message();
        }
    }
    emitPendingChanges();
    return {};
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        m_rollbackOnly = true;
        return;
    }
    if (m_transactionDepth == 0) {
        return;
    }
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    m_pendingChanges.clear();
    m_removeAfterCommit.clear();
    // Statements still reading would make ROLLBACK fail with "SQL statements in progress".
    for (auto &[sql, query] : m_statements) {
        query->finish();
    }
    QSqlQuery rollback(m_connection);
    if (!rollback.exec(QStringLiteral("ROLLBACK"))) {
        qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
    }
    if (m_durability == Durability::Full) {
        QSqlQuery normal(m_connection);
        (void)normal.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        m_durability = Durability::Normal;
    }
    for (const QString &key : std::exchange(m_removeOnRollback, {})) {
        (void)m_blobs->remove(key);
    }
}

void Database::removeBlobAfterCommit(const QString &key)
{
    if (key.isEmpty()) {
        return;
    }
    if (m_transactionDepth == 0) {
        (void)m_blobs->remove(key);
        return;
    }
    m_removeAfterCommit.append(key);
}

void Database::removeBlobOnRollback(const QString &key)
{
    if (m_transactionDepth > 0 && !key.isEmpty()) {
        m_removeOnRollback.append(key);
    }
}

void Database::notify(Change change, qint64 folderId, const QList<qint64> &ids)
{
    if (change != Change::Folders && change != Change::Outbox && change != Change::Journal && ids.isEmpty()) {
        return;
    }
    // Merge with an earlier change of the same kind and folder, unless another kind came
    // in between (a move is "removed here" then "inserted there", in that order).
    if (!m_pendingChanges.isEmpty()) {
        PendingChange &last = m_pendingChanges.last();
        if (last.change == change && last.folderId == folderId) {
            last.ids += ids;
            if (m_transactionDepth == 0) {
                emitPendingChanges();
            }
            return;
        }
    }
    m_pendingChanges.append(PendingChange {change, folderId, ids});
    if (m_transactionDepth == 0) {
        emitPendingChanges();
    }
}

void Database::emitPendingChanges()
{
    const QList<PendingChange> changes = std::exchange(m_pendingChanges, {});
    bool foldersSent = false;
    bool outboxSent = false;
    bool journalSent = false;
    QList<qint64> countedFolders;
    StoreNotifier *notifier = m_notifier.get();
    for (const PendingChange &pending : changes) {
        switch (pending.change) {
        case Change::Folders:
            if (!std::exchange(foldersSent, true)) {
                Q_EMIT notifier->foldersChanged();
            }
            break;
        case Change::Outbox:
            if (!std::exchange(outboxSent, true)) {
                Q_EMIT notifier->outboxChanged();
            }
            break;
        case Change::Journal:
            if (!std::exchange(journalSent, true)) {
                Q_EMIT notifier->journalChanged();
            }
            break;
        case Change::MessagesInserted:
            Q_EMIT notifier->messagesInserted(pending.folderId, pending.ids);
            break;
        case Change::MessagesChanged:
            Q_EMIT notifier->messagesChanged(pending.folderId, pending.ids);
            break;
        case Change::MessagesRemoved:
            Q_EMIT notifier->messagesRemoved(pending.folderId, pending.ids);
            break;
        }
        const bool countsMove = pending.change == Change::MessagesInserted || pending.change == Change::MessagesChanged
            || pending.change == Change::MessagesRemoved;
        if (countsMove && !countedFolders.contains(pending.folderId)) {
            countedFolders.append(pending.folderId);
        }
    }
    for (qint64 folderId : countedFolders) {
        Q_EMIT notifier->folderCountsChanged(folderId);
    }
}

// --- damaged caches ------------------------------------------------------------------------

Result<QString> Database::setAsideDamagedCache(const QString &directory)
{
    const QDir dir(directory);
    const QString suffix
        = QLatin1String(".damaged-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString cache = dir.filePath(s_cacheFileName);
    // The -wal and -shm files travel with the database, renamed so that SQLite would still
    // pair them with it if someone opens the damaged copy to recover mail.
    const QList<std::pair<QString, QString>> moves = {
        {cache, cache + suffix},
        {cache + QLatin1String("-wal"), cache + suffix + QLatin1String("-wal")},
        {cache + QLatin1String("-shm"), cache + suffix + QLatin1String("-shm")},
        {dir.filePath(QStringLiteral("blobs")), dir.filePath(QStringLiteral("blobs")) + suffix},
    };
    for (const auto &[from, to] : moves) {
        if (QFileInfo::exists(from) && !QFile::rename(from, to) && !QDir().rename(from, to)) {
            return Status(ErrorCode::DirectoryUnavailable, tr("Letterbox could not move %1 out of the way.").arg(from));
        }
    }
    qCWarning(lcStore) << "set aside the damaged cache in" << directory << "as" << suffix;
    return suffix;
}

} // namespace Letterbox::Store
