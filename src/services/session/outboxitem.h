#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Letterbox::Services {

/**
 * @short One message waiting in an account's outbox, as the window lists it.
 *
 * A plain value read from the store's outbox (Store::OutboxEntry) plus the Subject of
 * the message, so the window can show it without reading the store itself.
 */
struct OutboxItem
{
    enum class State {
        Waiting, ///< queued, or failed for a reason that passes: sent by itself later
        Sending, ///< its bytes are going out now
        Failed, ///< refused (5xx, login, security): waits for the person ("Send Again")
        MaybeSent, ///< the final reply never came: the server may have it
    };

    qint64 id = 0;
    State state = State::Waiting;
    QString subject;
    QStringList recipients;
    /// The server's words (or the connection's) for the last failed attempt.
    QString error;
    QDateTime created;
    /// For a Waiting entry that failed before: when it is tried again.
    QDateTime nextAttempt;
    int attempts = 0;
    QString messageId;
};

/// What one attempt to send an outbox entry came to, for the window's status bar.
struct SendNotice
{
    qint64 entryId = 0;
    QString messageId;
    bool delivered = false; ///< accepted for every recipient
    QString text; ///< one sentence (SubmissionService's SendReport::text)
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::SendNotice)
