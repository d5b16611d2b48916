#include "store/offlinejournal.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::OfflineJournal", text);
}

struct KindName
{
    JournalKind kind;
    QLatin1StringView name;
};
// The names are the CHECK constraint's in 001_initial.sql.
const KindName s_kinds[] = {
    {JournalKind::Flag, QLatin1StringView("flag")},
    {JournalKind::Unflag, QLatin1StringView("unflag")},
    {JournalKind::Move, QLatin1StringView("move")},
    {JournalKind::Copy, QLatin1StringView("copy")},
    {JournalKind::Delete, QLatin1StringView("delete")},
    {JournalKind::CreateFolder, QLatin1StringView("create-folder")},
    {JournalKind::RenameFolder, QLatin1StringView("rename-folder")},
    {JournalKind::DeleteFolder, QLatin1StringView("delete-folder")},
    {JournalKind::Append, QLatin1StringView("append")},
};

QString kindName(JournalKind kind)
{
    for (const KindName &entry : s_kinds) {
        if (entry.kind == kind) {
            return entry.name;
        }
    }
    return QStringLiteral("flag");
}

JournalKind kindFrom(const QString &name)
{
    for (const KindName &entry : s_kinds) {
        if (entry.name == name) {
            return entry.kind;
        }
    }
    return JournalKind::Flag;
}

QString stateName(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return QStringLiteral("pending");
    case JournalState::Replaying:
        return QStringLiteral("replaying");
    case JournalState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

JournalState stateFrom(const QString &name)
{
    if (name == QLatin1String("replaying")) {
        return JournalState::Replaying;
    }
    return name == QLatin1String("failed") ? JournalState::Failed : JournalState::Pending;
}

} // namespace

OfflineJournal::OfflineJournal(Database &database)
    : m_database(database)
{ }

Result<qint64> OfflineJournal::append(const NewJournalEntry &entry)
{
    if (entry.kind == JournalKind::Append && !m_database.blobs().contains(entry.blobKey)) {
        return Status(ErrorCode::BlobMissing, tr("The message to upload is not stored; the change was not saved."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> insert = m_database.exec(
        QStringLiteral(
            "INSERT INTO pending_operations(seq, kind, folder_id, folder_path, uids, args, blob_key, created) "
            "VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM pending_operations), ?, ?, ?, ?, ?, ?, ?)"),
        {kindName(entry.kind), entry.folderId == 0 ? QVariant() : QVariant(entry.folderId), entry.folderPath,
            SqlValues::jsonUids(entry.uids),
            QString::fromUtf8(QJsonDocument(entry.args).toJson(QJsonDocument::Compact)),
            entry.blobKey.isEmpty() ? QVariant() : QVariant(entry.blobKey), QDateTime::currentMSecsSinceEpoch()});
    if (!insert.ok()) {
        return insert.status();
    }
    const qint64 id = insert.value().lastInsertId();
    m_database.notify(Database::Change::Journal);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return id;
}

Result<QList<JournalEntry>> OfflineJournal::select(const QString &where)
{
    Result<Statement> query = m_database.exec(
        QStringLiteral("SELECT id, seq, kind, folder_id, folder_path, uids, args, blob_key, created, state, attempts, "
                       "last_error FROM pending_operations WHERE ")
        + where + QStringLiteral(" ORDER BY seq"));
    if (!query.ok()) {
        return query.status();
    }
    QList<JournalEntry> entries;
    const Statement &row = query.value();
    while (query.value().next()) {
        JournalEntry entry;
        entry.id = row.int64(0);
        entry.seq = row.int64(1);
        entry.kind = kindFrom(row.text(2));
        entry.folderId = row.int64(3);
        entry.folderPath = row.text(4);
        entry.uids = SqlValues::uidsFromJson(row.text(5));
        entry.args = QJsonDocument::fromJson(row.text(6).toUtf8()).object();
        entry.blobKey = row.text(7);
        entry.created = SqlValues::toDateTime(row.int64(8));
        entry.state = stateFrom(row.text(9));
        entry.attempts = int(row.int64(10));
        entry.lastError = row.text(11);
        entries.append(entry);
    }
    return entries;
}

Result<QList<JournalEntry>> OfflineJournal::pending()
{
    return select(QStringLiteral("state != 'failed'"));
}

Result<QList<JournalEntry>> OfflineJournal::failed()
{
    return select(QStringLiteral("state = 'failed'"));
}

Result<std::optional<JournalEntry>> OfflineJournal::next()
{
    Result<QList<JournalEntry>> entries = select(QStringLiteral("state != 'failed' AND seq = "
                                                                "(SELECT min(seq) FROM pending_operations "
                                                                "WHERE state != 'failed')"));
    if (!entries.ok()) {
        return entries.status();
    }
    return entries.value().isEmpty() ? std::optional<JournalEntry>()
                                     : std::optional<JournalEntry>(entries.value().first());
}

Result<qint64> OfflineJournal::pendingCount()
{
    Result<Statement> query
        = m_database.exec(QStringLiteral("SELECT count(*) FROM pending_operations WHERE state != 'failed'"));
    if (!query.ok()) {
        return query.status();
    }
    return query.value().next() ? query.value().int64(0) : 0;
}

Status OfflineJournal::setState(qint64 id, JournalState state, const QString &error, bool countAttempt)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> update = m_database.exec(
        QStringLiteral("UPDATE pending_operations SET state = ?, last_error = ?, attempts = attempts + ? WHERE id = ?"),
        {stateName(state), error, countAttempt ? 1 : 0, id});
    if (!update.ok()) {
        return update.status();
    }
    if (update.value().rowsAffected() == 0) {
        return Status(ErrorCode::NotFound, tr("There is no journaled change %1.").arg(id));
    }
    m_database.notify(Database::Change::Journal);
    return transaction.commit();
}

Status OfflineJournal::markReplaying(qint64 id)
{
    return setState(id, JournalState::Replaying, {}, true);
}

Status OfflineJournal::markFailed(qint64 id, const QString &error)
{
    return setState(id, JournalState::Failed, error, false);
}

Status OfflineJournal::retry(qint64 id)
{
    return setState(id, JournalState::Pending, {}, false);
}

Status OfflineJournal::complete(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> drop
        = m_database.exec(QStringLiteral("DELETE FROM pending_operations WHERE id = ? RETURNING blob_key"), {id});
    if (!drop.ok()) {
        return drop.status();
    }
    if (!drop.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no journaled change %1.").arg(id));
    }
    m_database.removeBlobAfterCommit(drop.value().text(0));
    drop.value().finish();
    m_database.notify(Database::Change::Journal);
    return transaction.commit();
}

Status OfflineJournal::updateUids(qint64 id, const QList<quint32> &uids)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> update = m_database.exec(
        QStringLiteral("UPDATE pending_operations SET uids = ? WHERE id = ?"), {SqlValues::jsonUids(uids), id});
    if (!update.ok()) {
        return update.status();
    }
    if (update.value().rowsAffected() == 0) {
        return Status(ErrorCode::NotFound, tr("There is no journaled change %1.").arg(id));
    }
    m_database.notify(Database::Change::Journal);
    return transaction.commit();
}

} // namespace Letterbox::Store
