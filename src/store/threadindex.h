#pragma once

#include "store/status.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Letterbox::Store {

class Database;

/// What threading reads of one message.
struct ThreadKeys
{
    QString messageId;
    QString inReplyTo;
    QStringList references;
    QString subjectKey; ///< baseSubject() of the subject
    bool isReply = false; ///< the subject had a reply or forward prefix
};

/**
 * @short Puts new messages into threads (used by MessageStore inside its transaction).
 *
 * The keys of a message are its own Message-ID, its References and its In-Reply-To
 * (RFC 5322 section 3.6.4). Every key ever seen is in the message_ids table with its
 * thread, so threading is a primary-key look-up per key — O(log n) per message instead of
 * the JWZ algorithm's pass over the whole folder — and a batch needs one query for all
 * its keys:
 *  - no key known: a new thread — unless the message is a reply by its subject ("Re:",
 *    "AW:", "SV:"…) and carries no References or In-Reply-To at all (clients that drop
 *    them), then it joins the thread of the newest message of the same folder with the
 *    same base subject;
 *  - keys known in one thread: that thread;
 *  - keys in several threads (a parent arrives that links two groups of replies that
 *    came before it): the threads merge into the oldest one.
 * Then every key is recorded for the thread, so a parent that arrives after its replies
 * finds the thread they opened. Only the last 64 References are used: a hostile header
 * with thousands of ids must not cost thousands of look-ups.
 */
class ThreadIndex
{
public:
    explicit ThreadIndex(Database &database);

    /// The thread of each message going into @p folderId, in order; must run inside a transaction.
    Result<QList<qint64>> assign(qint64 folderId, const QList<ThreadKeys> &messages);

    /// Existing messages whose thread changed because threads merged, by folder.
    QHash<qint64, QList<qint64>> takeRegrouped() { return std::exchange(m_regrouped, {}); }

    /**
     * The subject the fallback and the subject sort compare: reply and forward prefixes
     * (Re:, Fwd:, Fw:, AW:, WG:, SV:, VS:, Antw:, TR:, RIF:, Re[2]:) and mailing-list tags
     * ("[list]") removed from the front, whitespace collapsed, case folded.
     * @p isReply tells whether a reply or forward prefix was removed.
     */
    [[nodiscard]] static QString baseSubject(const QString &subject, bool *isReply = nullptr);

private:
    Status mergeStored(qint64 survivor, qint64 absorbed);

    Database &m_database;
    QHash<qint64, QList<qint64>> m_regrouped;
};

} // namespace Letterbox::Store
