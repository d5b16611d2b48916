#include "store/pop3ledger.h"

#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::Pop3Ledger", text);
}

} // namespace

Pop3Ledger::Pop3Ledger(Database &database)
    : m_database(database)
{ }

Status Pop3Ledger::recordSeen(const QList<Pop3ServerMessage> &messages, const QDateTime &now)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> insert = m_database.prepare(QStringLiteral(
        "INSERT INTO pop3ledger(uidl, first_seen, size) VALUES (?, ?, ?) ON CONFLICT(uidl) DO UPDATE SET size = "
        "excluded.size"));
    if (!insert.ok()) {
        return insert.status();
    }
    const qint64 seen = SqlValues::fromDateTime(now);
    for (const Pop3ServerMessage &message : messages) {
        if (message.uidl.isEmpty()) {
            return Status(ErrorCode::InvalidArgument, tr("A POP3 message without a UIDL cannot be recorded."));
        }
        if (Status status = insert.value().exec({message.uidl, seen, message.size}); !status.ok()) {
            return status;
        }
    }
    return transaction.commit();
}

Status Pop3Ledger::markStored(const QByteArray &uidl, qint64 messageRowId)
{
    Transaction transaction(m_database, Durability::Full);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> row = m_database.exec(
        QStringLiteral("SELECT message_id, blob_key FROM messages WHERE id = ? AND uidl = ?"), {messageRowId, uidl});
    if (!row.ok()) {
        return row.status();
    }
    if (!row.value().next() || row.value().value(1).isNull()) {
        return Status(ErrorCode::InvalidArgument,
            tr("The POP3 message is not stored in the cache with its body, so it must stay on the server."));
    }
    const QString messageId = row.value().text(0);
    row.value().finish();
    Result<Statement> update = m_database.exec(
        QStringLiteral("UPDATE pop3ledger SET stored = 1, message_id = ? WHERE uidl = ?"), {messageId, uidl});
    if (!update.ok()) {
        return update.status();
    }
    if (update.value().rowsAffected() == 0) {
        return Status(ErrorCode::NotFound, tr("The server never listed this POP3 message."));
    }
    return transaction.commit();
}

Status Pop3Ledger::markDeletedOnServer(const QList<QByteArray> &uidls)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> update
        = m_database.prepare(QStringLiteral("UPDATE pop3ledger SET deleted_on_server = 1 WHERE uidl = ?"));
    if (!update.ok()) {
        return update.status();
    }
    for (const QByteArray &uidl : uidls) {
        if (Status status = update.value().exec({uidl}); !status.ok()) {
            return status;
        }
    }
    return transaction.commit();
}

Status Pop3Ledger::forget(const QList<QByteArray> &uidls)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> drop = m_database.prepare(QStringLiteral("DELETE FROM pop3ledger WHERE uidl = ?"));
    if (!drop.ok()) {
        return drop.status();
    }
    for (const QByteArray &uidl : uidls) {
        if (Status status = drop.value().exec({uidl}); !status.ok()) {
            return status;
        }
    }
    return transaction.commit();
}

Result<QList<Pop3LedgerEntry>> Pop3Ledger::select(const QString &where, const QVariantList &values)
{
    Result<Statement> query = m_database.exec(
        QStringLiteral("SELECT uidl, first_seen, size, stored, deleted_on_server, message_id FROM pop3ledger ") + where
            + QStringLiteral(" ORDER BY first_seen, uidl"),
        values);
    if (!query.ok()) {
        return query.status();
    }
    QList<Pop3LedgerEntry> entries;
    const Statement &row = query.value();
    while (query.value().next()) {
        entries.append(Pop3LedgerEntry {row.value(0).toByteArray(), SqlValues::toDateTime(row.int64(1)), row.int64(2),
            row.int64(3) != 0, row.int64(4) != 0, row.text(5)});
    }
    return entries;
}

Result<std::optional<Pop3LedgerEntry>> Pop3Ledger::entry(const QByteArray &uidl)
{
    Result<QList<Pop3LedgerEntry>> found = select(QStringLiteral("WHERE uidl = ?"), {uidl});
    if (!found.ok()) {
        return found.status();
    }
    return found.value().isEmpty() ? std::optional<Pop3LedgerEntry>()
                                   : std::optional<Pop3LedgerEntry>(found.value().first());
}

Result<QList<Pop3LedgerEntry>> Pop3Ledger::entries()
{
    return select(QString(), {});
}

Result<QList<Pop3LedgerEntry>> Pop3Ledger::notYetStored()
{
    return select(QStringLiteral("WHERE stored = 0 AND deleted_on_server = 0"), {});
}

Result<QList<Pop3LedgerEntry>> Pop3Ledger::removedLocally()
{
    // Through folders so that each probe uses messages_by_uidl (folder_id, uidl). CROSS JOIN
    // fixes that order: with a plain JOIN SQLite 3.40 scanned the whole index for every
    // ledger row (O(n²): a quarter of a 10,000-message download, measured with perf).
    return select(QStringLiteral("WHERE stored = 1 AND deleted_on_server = 0 AND NOT EXISTS (SELECT 1 FROM folders f "
                                 "CROSS JOIN messages m ON m.folder_id = f.id AND m.uidl = pop3ledger.uidl)"),
        {});
}

} // namespace Letterbox::Store
