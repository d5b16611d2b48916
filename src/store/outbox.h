#pragma once

#include "store/status.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Letterbox::Store {

class Database;

/**
 * The life of an outbox entry:
 *
 *     queued ──markSending──▶ sending ──markSent──▶ sent ──purgeSent──▶ (gone)
 *       ▲                      │  │
 *       │      markFailed ◀────┘  └────▶ markMaybeSent (the final reply never came)
 *       └── requeue ── failed / maybe-sent
 *
 * A send interrupted by a crash is found in `sending` at the next start;
 * recoverInterrupted() makes it maybe-sent: the server may have accepted it, so it is not
 * sent again without the person's say (requeue()).
 */
enum class OutboxState { Queued, Sending, Failed, MaybeSent, Sent };

struct OutboxEntry
{
    qint64 id = 0;
    QString blobKey; ///< the raw message, as it goes out
    QString envelopeFrom; ///< MAIL FROM
    QStringList recipients; ///< RCPT TO, one each
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttempt; ///< when a failed entry may be tried again
    QString lastError;
    QString messageId;
    QDateTime created;
};

/**
 * @short Messages waiting for SMTP submission (the queue under services/submission).
 *
 * DESIGN.md principle 3: an entry leaves only after the server's final 250 for it. State
 * changes follow OutboxState's diagram and any other change is refused with
 * ErrorCode::InvalidTransition, so two senders cannot both take one entry. markSent()
 * commits with Durability::Full: once it returns, a power cut cannot bring the entry back
 * to be sent twice. The blob must be committed (BlobStore) before enqueue(); it is removed
 * with the entry.
 */
class Outbox
{
public:
    explicit Outbox(Database &database);

    Result<qint64> enqueue(
        const QString &blobKey, const QString &envelopeFrom, const QStringList &recipients, const QString &messageId);
    Result<QList<OutboxEntry>> entries();
    Result<std::optional<OutboxEntry>> entry(qint64 id);
    /// The oldest queued entry, or failed one whose next attempt is due at @p now (never a
    /// permanently failed one).
    Result<std::optional<OutboxEntry>> nextDue(const QDateTime &now);

    /// queued or failed → sending; counts an attempt.
    Status markSending(qint64 id);
    /// sending → sent: the server said 250 after DATA.
    Status markSent(qint64 id);
    /**
     * sending → gone: the server said 250, and the entry's blob passes to the caller (its
     * key is returned), who gives it a new owner in the same transaction — the Sent
     * folder's row, or the journal's APPEND — so a sent message is never copied. Durable
     * (Durability::Full) like markSent(); call it inside the caller's Full transaction.
     */
    Result<QString> takeSent(qint64 id);
    /**
     * sending → failed: try again at @p nextAttempt (a temporary failure), or, when
     * @p nextAttempt is invalid, never by itself (a permanent one: the server said 5xx;
     * only requeue() sends it again).
     */
    Status markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt);
    /// sending → maybe-sent: the connection ended between the end of DATA and the reply.
    Status markMaybeSent(qint64 id, const QString &error);
    /// failed or maybe-sent → queued: the person asked to send it (again).
    Status requeue(qint64 id);
    /// At start: every `sending` entry (its sender died) becomes maybe-sent. Returns their ids.
    Result<QList<qint64>> recoverInterrupted();
    /// Removes sent entries and their blobs; returns how many.
    Result<int> purgeSent();
    /// Removes an entry that is not being sent (the person discarded it), with its blob.
    Status remove(qint64 id);

private:
    Status transition(qint64 id, const QList<OutboxState> &from, OutboxState to, const QString &error,
        const QDateTime &nextAttempt, bool countAttempt);

    Database &m_database;
};

} // namespace Letterbox::Store
