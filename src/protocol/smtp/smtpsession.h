#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/common/sasl.h"
#include "protocol/smtp/smtpcapabilities.h"
#include "protocol/smtp/smtpencoder.h"
#include "protocol/smtp/smtpenvelope.h"
#include "protocol/smtp/smtpevent.h"
#include "protocol/smtp/smtpreplyparser.h"
#include "protocol/smtp/smtpsessionconfig.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <deque>
#include <optional>

namespace Letterbox::Smtp {

/**
 * @short The SMTP submission client as a sans-I/O state machine (RFC 6409 over RFC
 * 5321), in h11's shape: bytes and calls in, events out; no socket, timer or event loop.
 *
 * Inputs: receive() the server's bytes, tlsEstablished() once a StartTls event's
 * handshake is done, connectionLost(), submit() messages (any time, also before Ready)
 * and quit(). Outputs: drain nextEvent() after every input (SmtpEvent in smtpevent.h).
 *
 * The session: greeting 220; EHLO, HELO on 500/502; STARTTLS when required (RFC 3207:
 * not offered or not 220 is a Security failure, never a plaintext fallback; any byte
 * buffered after the 220 go-ahead is an injection attack; after the handshake every
 * capability is forgotten and EHLO asked again); AUTH with Sasl::chooseMechanism (RFC
 * 4954); then the queue, one connection for all of it, with RSET after a failed
 * transaction; QUIT when quit() was called and the queue is empty.
 *
 * Before anything of a message is sent it is refused (PermanentFailure, no reply) when it
 * is over the server's SIZE (RFC 1870), has a non-ASCII address and the server lacks
 * SMTPUTF8 (RFC 6531), or has 8-bit octets and the server lacks 8BITMIME (RFC 6152: we
 * do not downgrade). DSN parameters (RFC 3461) go out only when DSN is offered.
 *
 * Pipelining (RFC 2920): MAIL, every RCPT and DATA go in one flight and the replies are
 * matched to the commands strictly in order. With CHUNKING (RFC 3030) the flight is MAIL,
 * the RCPTs, "BDAT n LAST" and the message (CRLF-normalised, not dot-stuffed), and the
 * next message's commands follow at once, up to maxMessagesInFlight (default 4) messages
 * before the first one's final reply: enough to keep the server busy while replies
 * travel, small enough that a failure early in the window wastes little. With DATA the
 * next message's commands can only follow the previous message's final dot (DATA must be
 * the last command of a flight), so at most two are in flight.
 *
 * When a message fails after the server accepted its MAIL (every RCPT refused, a BDAT
 * refused), the transaction may still be open: RSET follows, and a later message already
 * in flight whose MAIL comes back 503 ("nested MAIL") is collateral damage, put back in the
 * queue once and sent again after the RSET rather than reported as failed.
 *
 * A 421 anywhere, or connectionLost(), ends the session (SessionFailed); every message not
 * yet reported gets a MessageResult first: TemporaryFailure when its data was not
 * completely handed out, MaybeSent when it was and the final reply never came (the
 * submission service keeps it visible instead of sending it twice).
 */
class SmtpSession
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Smtp::SmtpSession)

public:
    enum class State {
        Greeting, ///< waiting for 220
        Ehlo, ///< EHLO sent
        Helo, ///< HELO sent after EHLO was not understood
        StartTlsSent, ///< STARTTLS sent, waiting for 220
        TlsHandshake, ///< StartTls emitted, waiting for tlsEstablished()
        Authenticating,
        Ready, ///< transactions may run
        Quitting, ///< QUIT sent
        Closed,
        Failed,
    };

    explicit SmtpSession(SmtpSessionConfig config);

    void receive(QByteArrayView bytes);
    void tlsEstablished();
    void connectionLost();
    /// Queues a raw RFC 5322 message; exactly one MessageResult with @p token follows.
    void submit(const SmtpEnvelope &envelope, const QByteArray &message, quint64 token);
    /// QUIT once everything queued has been reported.
    void quit();

    [[nodiscard]] std::optional<SmtpEvent> nextEvent();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] const SmtpCapabilities &capabilities() const { return m_capabilities; }
    /// Messages submitted and not yet reported.
    [[nodiscard]] int pendingMessages() const { return int(m_queue.size() + m_active.size()); }

private:
    struct Job
    {
        quint64 id = 0;
        quint64 sequence = 0; ///< submission order, kept when a job is put back
        quint64 token = 0;
        SmtpEnvelope envelope;
        QByteArray message; ///< as submitted
        QByteArray mailCommand;
        QByteArrayList rcptCommands;
        QByteArray payload; ///< dot-stuffed (DATA) or CRLF-normalised (BDAT)
        bool chunked = false;
        std::optional<SmtpReply> mailReply;
        QList<SmtpRecipientResult> recipients;
        int rcptSent = 0;
        int rcptReplies = 0;
        int pendingReplies = 0;
        int attempts = 0;
        bool dataHandedOut = false; ///< the whole message and its end went out
        bool emptyDataSent = false; ///< 354 came with no recipient: a lone "." ended it
        bool collateral = false; ///< MAIL got 503 behind a failed, possibly open transaction
        bool reported = false;

        [[nodiscard]] int acceptedRecipients() const;
    };
    enum class Expect { Mail, Rcpt, Data, DataEnd, Rset, Quit };
    struct Expected
    {
        Expect kind;
        quint64 jobId = 0;
        int index = 0;
    };

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleHelo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleTransaction(const SmtpReply &reply);
    void afterGreetingExchange();
    void startAuthentication();
    void becomeReady();

    void pump();
    [[nodiscard]] bool canSendCommand() const;
    [[nodiscard]] std::optional<QString> refusalBeforeSending(const Job &job) const;
    void startJob(Job job);
    void sendRecipient(Job &job);
    void sendDataCommand(Job &job);
    void onMailReply(Job &job, const SmtpReply &reply);
    void onRcptReply(Job &job, int index, const SmtpReply &reply);
    void onDataReply(Job &job, const SmtpReply &reply);
    void onDataEndReply(Job &job, const SmtpReply &reply);
    void finishFailed(Job &job, const SmtpReply &lastReply);
    void finishAccepted(Job &job, const SmtpReply &reply);
    void report(Job &job, SmtpOutcome outcome, const std::optional<SmtpReply> &reply, const QString &text);
    void dropFinishedJobs();
    void requestRset();
    [[nodiscard]] Job *findJob(quint64 id);

    void send(const QByteArray &command);
    void send(const Protocol::OutgoingData &data);
    void emitEvent(SmtpEvent event);
    void fail(SmtpErrorKind kind, const QString &text, const std::optional<SmtpReply> &reply = std::nullopt);
    void failFromReply(const SmtpReply &reply, const QString &what);

    SmtpSessionConfig m_config;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_capabilities;
    std::deque<SmtpEvent> m_events;
    State m_state = State::Greeting;
    bool m_encrypted = false;

    std::optional<Protocol::SaslMechanism> m_mechanism;
    int m_authStep = 0;

    std::deque<Job> m_queue; ///< submitted, not started
    std::deque<Job> m_active; ///< started, in order; leave once reported and every reply is in
    std::deque<Expected> m_expected; ///< one per command sent, in order
    quint64 m_nextJobId = 1;
    bool m_rsetWanted = false;
    bool m_transactionSuspect = false; ///< a failed transaction may still be open
    bool m_quitRequested = false;
    bool m_idle = true;
};

} // namespace Letterbox::Smtp
