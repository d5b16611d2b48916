#include "store/outbox.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Letterbox::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Store::Outbox", text);
}

QString stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::MaybeSent:
        return QStringLiteral("maybe-sent");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    }
    return QStringLiteral("queued");
}

OutboxState stateFrom(const QString &name)
{
    for (OutboxState state :
        {OutboxState::Queued, OutboxState::Sending, OutboxState::Failed, OutboxState::MaybeSent, OutboxState::Sent}) {
        if (stateName(state) == name) {
            return state;
        }
    }
    return OutboxState::Failed;
}

const QLatin1StringView s_columns(
    "id, blob_key, envelope_from, recipients, state, attempts, next_attempt, last_error, message_id, created");

OutboxEntry entryFrom(const Statement &row)
{
    OutboxEntry entry;
    entry.id = row.int64(0);
    entry.blobKey = row.text(1);
    entry.envelopeFrom = row.text(2);
    const QJsonArray recipients = QJsonDocument::fromJson(row.text(3).toUtf8()).array();
    for (const QJsonValue &recipient : recipients) {
        entry.recipients.append(recipient.toString());
    }
    entry.state = stateFrom(row.text(4));
    entry.attempts = int(row.int64(5));
    entry.nextAttempt = SqlValues::toDateTime(row.int64(6));
    entry.lastError = row.text(7);
    entry.messageId = row.text(8);
    entry.created = SqlValues::toDateTime(row.int64(9));
    return entry;
}

} // namespace

Outbox::Outbox(Database &database)
    : m_database(database)
{ }

Result<qint64> Outbox::enqueue(
    const QString &blobKey, const QString &envelopeFrom, const QStringList &recipients, const QString &messageId)
{
    if (recipients.isEmpty()) {
        return Status(ErrorCode::InvalidArgument, tr("A message needs at least one recipient."));
    }
    if (!m_database.blobs().contains(blobKey)) {
        return Status(ErrorCode::BlobMissing, tr("The message to send is not stored; it was not queued."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> insert
        = m_database.exec(QStringLiteral("INSERT INTO outbox(blob_key, envelope_from, recipients, message_id, created) "
                                         "VALUES (?, ?, ?, ?, ?)"),
            {blobKey, envelopeFrom,
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(recipients)).toJson(QJsonDocument::Compact)),
                SqlValues::normalizeMessageId(messageId), QDateTime::currentMSecsSinceEpoch()});
    if (!insert.ok()) {
        return insert.status();
    }
    const qint64 id = insert.value().lastInsertId();
    m_database.notify(Database::Change::Outbox);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return id;
}

Result<QList<OutboxEntry>> Outbox::entries()
{
    Result<Statement> query
        = m_database.exec(QLatin1String("SELECT ") + s_columns + QLatin1String(" FROM outbox ORDER BY id"));
    if (!query.ok()) {
        return query.status();
    }
    QList<OutboxEntry> entries;
    while (query.value().next()) {
        entries.append(entryFrom(query.value()));
    }
    return entries;
}

Result<std::optional<OutboxEntry>> Outbox::entry(qint64 id)
{
    Result<Statement> query
        = m_database.exec(QLatin1String("SELECT ") + s_columns + QLatin1String(" FROM outbox WHERE id = ?"), {id});
    if (!query.ok()) {
        return query.status();
    }
    return query.value().next() ? std::optional<OutboxEntry>(entryFrom(query.value())) : std::optional<OutboxEntry>();
}

Result<std::optional<OutboxEntry>> Outbox::nextDue(const QDateTime &now)
{
    Result<Statement> query = m_database.exec(QLatin1String("SELECT ") + s_columns
            + QLatin1String(" FROM outbox WHERE state = 'queued' "
                            "OR (state = 'failed' AND next_attempt > 0 AND next_attempt <= ?) "
                            "ORDER BY id LIMIT 1"),
        {SqlValues::fromDateTime(now)});
    if (!query.ok()) {
        return query.status();
    }
    return query.value().next() ? std::optional<OutboxEntry>(entryFrom(query.value())) : std::optional<OutboxEntry>();
}

Status Outbox::transition(qint64 id, const QList<OutboxState> &from, OutboxState to, const QString &error,
    const QDateTime &nextAttempt, bool countAttempt)
{
    // Leaving the outbox for good must survive a power cut, or the message goes twice.
    Transaction transaction(m_database, to == OutboxState::Sent ? Durability::Full : Durability::Normal);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> current = m_database.exec(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {id});
    if (!current.ok()) {
        return current.status();
    }
    if (!current.value().next()) {
        return Status(ErrorCode::NotFound, tr("There is no message %1 in the outbox.").arg(id));
    }
    const OutboxState state = stateFrom(current.value().text(0));
    current.value().finish();
    if (!from.contains(state)) {
        return Status(ErrorCode::InvalidTransition,
            tr("The outbox message %1 is %2 and cannot become %3.").arg(id).arg(stateName(state), stateName(to)));
    }
    if (Result<Statement> update
        = m_database.exec(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_attempt = ?, "
                                         "attempts = attempts + ? WHERE id = ?"),
            {stateName(to), error, SqlValues::fromDateTime(nextAttempt), countAttempt ? 1 : 0, id});
        !update.ok()) {
        return update.status();
    }
    m_database.notify(Database::Change::Outbox);
    return transaction.commit();
}

Status Outbox::markSending(qint64 id)
{
    return transition(id, {OutboxState::Queued, OutboxState::Failed}, OutboxState::Sending, {}, {}, true);
}

Status Outbox::markSent(qint64 id)
{
    return transition(id, {OutboxState::Sending}, OutboxState::Sent, {}, {}, false);
}

Result<QString> Outbox::takeSent(qint64 id)
{
    Transaction transaction(m_database, Durability::Full);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> taken = m_database.exec(
        QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'sending' RETURNING blob_key"), {id});
    if (!taken.ok()) {
        return taken.status();
    }
    if (!taken.value().next()) {
        return Status(ErrorCode::InvalidTransition,
            tr("The outbox message %1 is not being sent, so it cannot be marked sent.").arg(id));
    }
    const QString blobKey = taken.value().text(0);
    taken.value().finish();
    m_database.notify(Database::Change::Outbox);
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return blobKey;
}

Status Outbox::markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    return transition(id, {OutboxState::Sending}, OutboxState::Failed, error, nextAttempt, false);
}

Status Outbox::markMaybeSent(qint64 id, const QString &error)
{
    return transition(id, {OutboxState::Sending}, OutboxState::MaybeSent, error, {}, false);
}

Status Outbox::requeue(qint64 id)
{
    return transition(id, {OutboxState::Failed, OutboxState::MaybeSent}, OutboxState::Queued, {}, {}, false);
}

Result<QList<qint64>> Outbox::recoverInterrupted()
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> update = m_database.exec(
        QStringLiteral("UPDATE outbox SET state = 'maybe-sent', last_error = ? WHERE state = 'sending' RETURNING id"),
        {tr("Letterbox stopped while sending this message; the server may have received it.")});
    if (!update.ok()) {
        return update.status();
    }
    QList<qint64> ids;
    while (update.value().next()) {
        ids.append(update.value().int64(0));
    }
    update.value().finish();
    if (!ids.isEmpty()) {
        m_database.notify(Database::Change::Outbox);
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return ids;
}

Result<int> Outbox::purgeSent()
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> drop
        = m_database.exec(QStringLiteral("DELETE FROM outbox WHERE state = 'sent' RETURNING blob_key"));
    if (!drop.ok()) {
        return drop.status();
    }
    int removed = 0;
    while (drop.value().next()) {
        m_database.removeBlobAfterCommit(drop.value().text(0));
        ++removed;
    }
    drop.value().finish();
    if (removed > 0) {
        m_database.notify(Database::Change::Outbox);
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return removed;
}

Status Outbox::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    Result<Statement> drop = m_database.exec(
        QStringLiteral("DELETE FROM outbox WHERE id = ? AND state != 'sending' RETURNING blob_key"), {id});
    if (!drop.ok()) {
        return drop.status();
    }
    if (!drop.value().next()) {
        drop.value().finish();
        Result<std::optional<OutboxEntry>> existing = entry(id);
        if (existing.ok() && existing.value()) {
            return Status(ErrorCode::InvalidTransition, tr("The outbox message %1 is being sent.").arg(id));
        }
        return Status(ErrorCode::NotFound, tr("There is no message %1 in the outbox.").arg(id));
    }
    m_database.removeBlobAfterCommit(drop.value().text(0));
    drop.value().finish();
    m_database.notify(Database::Change::Outbox);
    return transaction.commit();
}

} // namespace Letterbox::Store
