#pragma once

#include "protocol/net/connectioncounters.h"
#include "protocol/net/endpoint.h"
#include "protocol/net/timeouts.h"
#include "protocol/net/tlspolicy.h"
#include "protocol/smtp/smtpevent.h"
#include "protocol/smtp/smtpsessionconfig.h"
#include "services/submission/outgoingmessage.h"
#include "services/submission/smtpclient.h"
#include "store/outbox.h"
#include "store/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// Where and how an account submits mail.
struct SubmissionSettings
{
    QString accountName; ///< for the sentences
    Net::Endpoint endpoint;
    Net::TlsPolicy tls; ///< its mode follows session.security
    Smtp::SmtpSessionConfig session;
    Net::Timeouts timeouts;
    /// IMAP accounts get the Sent copy by IMAP APPEND (journaled, replayed by the IMAP
    /// engine); POP3 accounts keep it in a local Sent folder.
    bool imapAccount = true;
};

/// What became of one outbox entry in a flush.
struct SendReport
{
    enum class Result {
        Sent, ///< the server accepted it for every recipient
        PartlySent, ///< accepted for some recipients; refusedRecipients were refused
        WillRetry, ///< a temporary failure; it waits in the outbox until nextAttempt
        Failed, ///< refused for good (or a security/login problem): it waits for the person
        MaybeSent, ///< the final reply never came: the server may have it
    };
    qint64 entryId = 0;
    QString messageId;
    Result result = Result::WillRetry;
    QStringList refusedRecipients;
    QDateTime nextAttempt; ///< for WillRetry
    QString text; ///< one sentence: what happened and where the message is now

    [[nodiscard]] bool isDelivered() const { return result == Result::Sent; }
};

struct FlushSummary
{
    QList<SendReport> reports;
    std::optional<SmtpClientError> connectionError;
    /// The connection's bytes, round trips and TLS session (empty when none was made).
    Net::ConnectionCounters counters;
    [[nodiscard]] bool allSent() const;
};

/**
 * @short The outbox worker: sends what the outbox holds, with retry and backoff.
 *
 * DESIGN.md principle 3, as it applies to sending:
 * - enqueue() commits the message (blob, then outbox row) before any network I/O.
 * - An entry is marked `sending` before its first byte goes out, and leaves the outbox
 *   only after the server's final 2xx for it, in the same durable (synchronous=FULL)
 *   transaction that files its Sent copy.
 * - A connection lost during DATA leaves the entry `failed` with a next attempt: it is
 *   sent again. A connection lost after the final dot with no reply leaves it
 *   `maybe-sent`: the server may have it, so it is not sent again without the person's
 *   say (requeue()), and a resend uses the same bytes, so the same Message-ID. The
 *   guarantee is therefore "at least once": never lost, and duplicated only when a
 *   person resends a maybe-sent message the server did in fact accept.
 * - Temporary failures (4xx, unreachable, timeouts, a 421) are retried with exponential
 *   backoff (backoffSeconds()); permanent ones (5xx) and security or login failures stop
 *   with the server's words kept on the entry.
 *
 * Accepted messages are recorded in batches — one durable transaction for what the
 * server accepted within a few milliseconds, at most s_commitBatch at a time — because
 * an fsync per message would cost more than sending it (s_commitDelayMs, a tenth of a second). A crash between the
 * server's 250 and that commit leaves the entry `sending`, which recoverInterrupted() turns into maybe-sent: visible,
 * never silently sent twice. The Sent copy takes over the outbox entry's blob (Outbox::takeSent), so nothing is copied.
 *
 * One flush uses one connection for every due entry (the SMTP session pipelines them).
 * With setAutomaticRetry(true) (the window), a timer flushes again when the next failed
 * entry is due.
 */
class SubmissionService : public QObject
{
    Q_OBJECT

public:
    enum class FlushMode {
        Due, ///< queued entries and failed ones whose next attempt has come
        Everything, ///< also failed ones still waiting for their next attempt ("Send now")
    };

    explicit SubmissionService(Store::Database &database, QObject *parent = nullptr);
    ~SubmissionService() override;

    void setSettings(const SubmissionSettings &settings);
    [[nodiscard]] const SubmissionSettings &settings() const { return m_settings; }

    /// Commits @p message to the outbox (nothing is sent yet); returns the entry id.
    Store::Result<qint64> enqueue(const OutgoingMessage &message);
    /**
     * Sends the outbox's entries over one connection; flushFinished() follows (also when
     * nothing was due). Returns false, doing nothing, while a flush is running.
     */
    bool flush(FlushMode mode = FlushMode::Due);
    [[nodiscard]] bool isFlushing() const { return m_client != nullptr; }
    /// Entries left in `sending` by a process that died become maybe-sent; call at start.
    Store::Result<QList<qint64>> recoverInterrupted();

    /// Flush by itself when a failed entry's next attempt comes (and now, if one is due).
    void setAutomaticRetry(bool enabled);

    /// The wait before attempt @p attempts + 1: one minute, doubling, at most an hour.
    [[nodiscard]] static qint64 backoffSeconds(int attempts);

Q_SIGNALS:
    void entryFinished(const Letterbox::Services::SendReport &report);
    void flushFinished(const Letterbox::Services::FlushSummary &summary);
    /// A flush opened @p connection (alive until flushFinished): the protocol inspector
    /// and `letterbox-cli inspect` read its transcript tap.
    void connectionOpened(Letterbox::Net::Connection *connection);
    /// The server's EHLO named a SIZE limit (RFC 1870) of @p octets: the composer warns
    /// about a larger message before it is queued.
    void sizeLimitKnown(qint64 octets);

private:
    struct InFlight
    {
        Store::OutboxEntry entry;
        QByteArray bytes;
        std::optional<Smtp::MessageResult> temporaryResult; ///< decided when the connection ends
    };

    void onMessageFinished(const Smtp::MessageResult &result);
    void onClientFailed(const SmtpClientError &error);
    void onClientFinished();
    struct Accepted
    {
        InFlight inFlight;
        Smtp::MessageResult result;
    };

    void acceptLater(InFlight inFlight, const Smtp::MessageResult &result);
    void commitAccepted();
    Store::Status commitOne(const Accepted &accepted, bool withCopy);
    void reportSent(const Accepted &accepted, const QString &copyProblem);
    void finishFailed(InFlight &inFlight, const QString &text, bool retry);
    void finishMaybeSent(InFlight &inFlight, const QString &text);
    Store::Status fileSentCopy(const InFlight &inFlight, const QString &blobKey);
    void report(const SendReport &report);
    void scheduleRetry();

    Store::Database &m_database;
    SubmissionSettings m_settings;
    QPointer<SmtpClient> m_client;
    QHash<qint64, InFlight> m_inFlight;
    QList<Accepted> m_accepted; ///< accepted by the server, not yet recorded (see commitAccepted)
    QTimer m_commitTimer;
    FlushSummary m_summary;
    QTimer m_retryTimer;
    bool m_automaticRetry = false;
};

} // namespace Letterbox::Services
