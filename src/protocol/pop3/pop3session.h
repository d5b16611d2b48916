#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/common/sasl.h"
#include "protocol/pop3/pop3capabilities.h"
#include "protocol/pop3/pop3event.h"
#include "protocol/pop3/pop3replyparser.h"
#include "protocol/pop3/pop3sessionconfig.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <deque>
#include <optional>

namespace Letterbox::Pop3 {

/**
 * @short The POP3 client (RFC 1939) as a sans-I/O state machine in h11's shape: bytes
 * and calls in, events out; no socket, timer or event loop.
 *
 * Inputs: receive() the server's bytes, tlsEstablished() once a StartTls event's
 * handshake is done, connectionLost(), the TRANSACTION commands (stat(), list(), uidl(),
 * top(), retr(), dele(), rset(), noop(); any time, also before Ready, each with a token
 * of the caller's) and quit(). Outputs: drain nextEvent() after every input (Pop3Event,
 * pop3event.h).
 *
 * AUTHORIZATION: the greeting must be +OK; CAPA (RFC 2449; -ERR from an RFC 1939-only
 * server is tolerated and means "no capabilities"); with Pop3Security::StartTls, STLS
 * (RFC 2595) is required: not in CAPA, or -ERR, is a Security failure and nothing
 * secret is ever sent in the clear; a byte buffered after STLS's +OK was written before
 * the handshake (an injection) and is a Security failure too; after tlsEstablished()
 * every capability is forgotten and CAPA asked again. Login: on an unencrypted link the
 * person allowed, APOP (RFC 1939 section 7) when the greeting has a timestamp and no
 * CRAM-MD5 is offered, so the password itself never crosses; otherwise SASL (RFC 5034) with
 * Sasl::chooseMechanism over CAPA's SASL list, initial response when it fits; else
 * USER/PASS. Nothing goes out over an unencrypted link without plaintextAllowed. -ERR
 * [AUTH] or a plain -ERR is an Authentication failure, [IN-USE], [LOGIN-DELAY] and
 * [SYS/TEMP] are Temporary (RFC 2449 section 8, RFC 3206).
 *
 * TRANSACTION: every command gets exactly one final event for its token: StatResult,
 * ListResult, UidlResult, RetrDone (after RetrStarted and RetrData), DeleResult,
 * CommandOk, or CommandFailed (-ERR, or the session ended first). With PIPELINING in CAPA
 * the queue goes out in flights of at most maxCommandsInFlight commands and
 * maxBytesInFlight octets, replies matched strictly in order; without it, one command at
 * a time. UIDL values are checked (1-70 octets of 0x21-0x7E, unique); bad ones are
 * reported in UidlResult::invalid, never passed on as identities.
 *
 * UPDATE: quit() sends QUIT once everything queued is sent. DELE only marks; a
 * DeletionsResult says, once per session that reached Ready, whether the marked messages
 * were really deleted (QUIT +OK), surely not (QUIT never sent), or maybe (QUIT sent, -ERR
 * or no reply). Then Closed, or SessionFailed; nothing follows either.
 */
class Pop3Session
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Pop3::Pop3Session)

public:
    enum class State {
        Greeting, ///< waiting for +OK
        Capa, ///< CAPA sent
        StlsSent, ///< STLS sent, waiting for +OK
        TlsHandshake, ///< StartTls emitted, waiting for tlsEstablished()
        Authenticating, ///< USER/PASS or AUTH in progress
        Transaction, ///< commands may run
        Quitting, ///< QUIT sent (commands before it may still be answering)
        Closed,
        Failed,
    };

    explicit Pop3Session(Pop3SessionConfig config);

    void receive(QByteArrayView bytes);
    void tlsEstablished();
    void connectionLost();

    void stat(quint64 token);
    /// LIST for every message (@p number 0) or for one.
    void list(quint64 token, int number = 0);
    /// UIDL for every message (@p number 0) or for one.
    void uidl(quint64 token, int number = 0);
    /// TOP n lines (RFC 1939 section 7): the headers and @p lines body lines, streamed
    /// like RETR (RetrStarted / RetrData / RetrDone).
    void top(quint64 token, int number, int lines);
    void retr(quint64 token, int number);
    void dele(quint64 token, int number);
    void rset(quint64 token);
    void noop(quint64 token);
    /// QUIT once everything queued is sent; commands requested later fail at once.
    void quit();

    [[nodiscard]] std::optional<Pop3Event> nextEvent();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] const Pop3Capabilities &capabilities() const { return m_capabilities; }
    /// Whether commands are pipelined (CAPA offered PIPELINING).
    [[nodiscard]] bool isPipelining() const { return m_pipelining; }
    /// Commands requested and not yet finished.
    [[nodiscard]] int pendingCommands() const { return int(m_queue.size() + m_inFlight.size()); }
    /// Numbers whose DELE got +OK since the last RSET.
    [[nodiscard]] const QList<int> &markedForDeletion() const { return m_marked; }

private:
    enum class Kind { Stat, List, Uidl, Top, Retr, Dele, Rset, Noop, Quit };
    enum class AuthStep { User, Pass, Sasl, Apop };
    struct Command
    {
        Kind kind = Kind::Noop;
        quint64 token = 0;
        int number = 0;
        Protocol::OutgoingData data;
    };

    void process();
    void handleReply(const Pop3Reply &reply);
    void handleGreeting(const Pop3Reply &reply);
    void handleCapa(const Pop3Reply &reply);
    void handleStls(const Pop3Reply &reply);
    void handleAuth(const Pop3Reply &reply);
    void handleSaslContinuation(const Pop3Reply &reply);
    void sendCapa();
    void startAuthentication();
    void becomeReady();

    void request(Kind kind, quint64 token, int number, Protocol::OutgoingData data);
    void pump();
    void handleTransactionEvent(const Pop3ParserEvent &event);
    void handleCommandReply(const Command &command, const Pop3Reply &reply);
    void finishFront();
    void finishQuit(const Pop3Reply &reply);
    void protocolFailure(const QString &text);

    void send(const Protocol::OutgoingData &data, Pop3ReplyParser::Expect expect);
    void emitEvent(Pop3Event event);
    void fail(Pop3ErrorKind kind, const QString &text, const std::optional<Pop3Reply> &reply = std::nullopt);
    [[nodiscard]] bool isOver() const { return m_state == State::Closed || m_state == State::Failed; }

    Pop3SessionConfig m_config;
    Pop3ReplyParser m_parser;
    Pop3Capabilities m_capabilities;
    std::deque<Pop3Event> m_events;
    State m_state = State::Greeting;
    bool m_encrypted = false;
    bool m_pipelining = false;
    bool m_reachedReady = false;

    AuthStep m_authStep = AuthStep::User;
    std::optional<Protocol::SaslMechanism> m_mechanism;
    QByteArray m_deferredResponse; ///< an initial response too long for the AUTH line
    QByteArray m_apopTimestamp; ///< the greeting's "<...@...>", when it offers APOP
    int m_saslStep = 0;
    bool m_saslErrorAcknowledged = false;

    std::deque<Command> m_queue; ///< requested, not sent
    std::deque<Command> m_inFlight; ///< sent, in order, until their response is complete
    qsizetype m_bytesInFlight = 0;
    qint64 m_retrSize = 0; ///< octets of the RETR/TOP at the front delivered so far
    QList<int> m_marked;
    bool m_quitRequested = false;
    bool m_quitSent = false;
    bool m_idle = false;
};

} // namespace Letterbox::Pop3
