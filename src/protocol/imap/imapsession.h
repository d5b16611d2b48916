#pragma once

#include "protocol/common/sasl.h"
#include "protocol/imap/imapencoder.h"
#include "protocol/imap/imapframer.h"
#include "protocol/imap/imapparser.h"
#include "protocol/imap/imapsessionconfig.h"
#include "protocol/imap/imapsessionevent.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <deque>
#include <functional>
#include <optional>

namespace Letterbox::Imap {

/// How a command may share the wire with others (see ImapSession).
enum class ImapCommandFlow {
    Pipelined, ///< may go out while others are in flight, and others may follow it
    Drain, ///< waits until nothing is in flight; others may follow it
    Barrier, ///< waits until nothing is in flight, and nothing follows it before its tagged reply
};

/// Builds a command with the session's encoder when it is about to go out, so it gets the
/// encoder options (LITERAL+, UTF8=ACCEPT) known at that moment and tags go out in order.
using ImapCommandBuilder = std::function<ImapCommand(ImapEncoder &)>;

/**
 * @short The IMAP client session as a sans-I/O state machine (RFC 9051, RFC 3501), in
 * h11's shape: bytes and calls in, events out; no socket, timer or event loop.
 *
 * Inputs: receive() the server's bytes, tlsEstablished() once a StartTls event's handshake
 * is done, connectionLost(), submit() commands and idle()/done()/logout() (any time, also
 * before Ready: they wait). Outputs: drain nextEvent() after every input
 * (ImapSessionEvent in imapsessionevent.h).
 *
 * Connection phase: the greeting (* OK, * PREAUTH, * BYE; PREAUTH on a link that must be
 * upgraded by STARTTLS is a Security failure: the server skipped the one step that
 * protects it). Capabilities from the greeting's [CAPABILITY] code, or CAPABILITY.
 * STARTTLS when required (RFC 9051 6.2.1): not offered or refused is a Security failure,
 * never plaintext; bytes already buffered after the tagged OK are an injection attack;
 * after tlsEstablished() every capability is forgotten and asked again. Then AUTHENTICATE
 * with Sasl::chooseMechanism over the AUTH= capabilities (the initial response on the
 * command line under SASL-IR, RFC 4959), else LOGIN unless LOGINDISABLED; never a secret
 * over an unencrypted link without plaintextAllowed. NO [AUTHENTICATIONFAILED] is an
 * Authentication failure with the server's words, [UNAVAILABLE] a Temporary one (RFC 5530).
 * Then CAPABILITY again unless the login's reply carried them (a server's capabilities
 * change after login), then ENABLE (CONDSTORE, QRESYNC, UTF8=ACCEPT as configured and
 * offered) and ID, those two pipelined, and Ready.
 *
 * Command phase: commands get their tags from the session's encoder and go out pipelined,
 * up to maxCommandsInFlight, except (flowOf()):
 * - Barrier (STARTTLS, LOGIN, AUTHENTICATE, COMPRESS, IDLE, LOGOUT): sent alone, nothing
 *   after it before its tagged reply; each changes how the connection reads what follows.
 * - Drain (SELECT, EXAMINE, CLOSE, UNSELECT; FETCH, STORE, COPY, MOVE, SEARCH by sequence
 *   number; EXPUNGE): sent only when nothing is in flight. A mailbox change must not
 *   overtake commands meant for the previous mailbox, and a sequence number is only
 *   meaningful while no other command can expunge (RFC 9051 5.5). Commands may follow
 *   it: a UID FETCH pipelined behind a SELECT addresses the new mailbox (if the SELECT
 *   fails, no mailbox is selected and the FETCH gets BAD, which is harmless).
 * - A command with a synchronising literal (APPEND without LITERAL+) stops the flow until
 *   the server's "+" came and the literal went out; a tagged NO/BAD instead ends it.
 *
 * Untagged responses come out as UntaggedResponse in arrival order, before the CommandDone
 * of the command they answer; CAPABILITY and ENABLED also update capabilities()/enabled().
 * A tagged reply ends its command with CommandDone (in whatever order the server completes
 * them); one with an unknown tag is a Protocol failure. An untagged response that cannot
 * be parsed or is over the framer's limits becomes a ProtocolWarning and the session goes
 * on (the framer skips the whole response, literals included); a broken tagged reply is a
 * Protocol failure; a poisoned tagged reply aborts its command (CommandAborted).
 *
 * IDLE (RFC 2177): idle(token) queues IDLE like a command; IdleStarted comes with the "+";
 * untagged responses flow as usual; done() writes DONE and the tagged OK ends it with
 * CommandDone. Nothing else is written during IDLE: submitted commands wait for its end.
 *
 * COMPRESS=DEFLATE (RFC 4978): submit the encoder's compressDeflate(); after its tagged OK
 * come its CommandDone and then CompressStart. The session never sees compressed bytes;
 * deflating and inflating is the connection's job.
 *
 * The end: BYE is noted (and reported as UntaggedResponse); logout() sends LOGOUT after
 * everything queued, then Closed. Any failure, or connectionLost(), first ends every
 * pending command with CommandAborted, in submission order, then SessionFailed.
 *
 * Limits: no SASL security layers, no NOTIFY, no multiple-command literals (CATENATE).
 */
class ImapSession
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Imap::ImapSession)

public:
    enum class State {
        Greeting, ///< waiting for the greeting
        Capability, ///< CAPABILITY before STARTTLS / login
        StartTlsSent,
        TlsHandshake, ///< StartTls emitted, waiting for tlsEstablished()
        Authenticating, ///< LOGIN or AUTHENTICATE in flight
        PostAuth, ///< CAPABILITY, ENABLE, ID after login
        Ready, ///< commands may run
        Closed,
        Failed,
    };

    explicit ImapSession(ImapSessionConfig config);

    void receive(QByteArrayView bytes);
    void tlsEstablished();
    void connectionLost();

    /// Queues a command built with encoder(); one CommandDone or CommandAborted with @p token follows.
    void submit(ImapCommand command, quint64 token);
    /// Queues a command built when it is about to go out (preferred: encoder options are final then).
    void submit(ImapCommandBuilder builder, quint64 token);
    /// Queues IDLE; IdleStarted and later CommandDone with @p token follow.
    void idle(quint64 token);
    /// Ends IDLE (DONE); before the "+" came, DONE follows it at once; an IDLE still queued is aborted.
    void done();
    /// LOGOUT once everything queued before it went out; then Closed.
    void logout();

    [[nodiscard]] std::optional<ImapSessionEvent> nextEvent();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] bool isIdling() const { return m_idleStarted; }
    [[nodiscard]] const QList<QByteArray> &capabilities() const { return m_capabilities; }
    /// The capabilities in force when the login began: the AUTH= mechanisms a server offers
    /// are often gone from the list once logged in (`account test` reports them).
    [[nodiscard]] const QList<QByteArray> &loginCapabilities() const { return m_loginCapabilities; }
    [[nodiscard]] bool hasCapability(QByteArrayView name) const;
    [[nodiscard]] const QList<QByteArray> &enabled() const { return m_enabled; }
    [[nodiscard]] bool isEnabled(QByteArrayView name) const;
    /// Commands submitted and not yet ended (in flight and queued).
    [[nodiscard]] int pendingCommands() const;
    /// The encoder whose tags the session uses; build submit()'s commands with it.
    [[nodiscard]] ImapEncoder &encoder() { return m_encoder; }

    [[nodiscard]] static ImapCommandFlow flowOf(QByteArrayView commandName);

private:
    enum class Purpose { User, Capability, StartTls, Login, Authenticate, Enable, Id, Idle, Logout };
    struct Queued
    {
        quint64 token = 0;
        Purpose purpose = Purpose::User;
        std::optional<ImapCommand> command;
        ImapCommandBuilder builder;
    };
    struct InFlight
    {
        quint64 token = 0;
        Purpose purpose = Purpose::User;
        ImapCommand command;
        qsizetype nextPiece = 0; ///< pieces written so far
        ImapCommandFlow flow = ImapCommandFlow::Pipelined;

        [[nodiscard]] bool waitingForContinuation() const { return nextPiece < command.pieces.size(); }
    };

    void handleFrame(const QByteArray &frame);
    void handleFramerError(const ImapFramer::Error &error);
    void handleResponse(ImapResponse &&response);
    void handleGreeting(const ImapResponse &response);
    void handleUntagged(ImapResponse &&response);
    void handleContinuation(const ImapContinuationRequest &request);
    void handleTagged(const ImapStatusResponse &reply);
    void handleInternalReply(const InFlight &command, const ImapStatusResponse &reply);

    void afterCapabilities();
    void startAuthentication();
    void authenticationStep(const QByteArray &challenge);
    void afterAuthentication(const ImapStatusResponse &reply);
    void startPostAuth();
    void maybeReady();
    void updateCodecOptions();

    void pump();
    void sendInternal(ImapCommand command, Purpose purpose);
    void start(InFlight command);
    void writePieces(InFlight &command);
    void send(const Protocol::OutgoingData &data);
    void emitEvent(ImapSessionEvent event);
    void abortAll(const QString &text);
    void fail(ImapErrorKind kind, const QString &text, const std::optional<ImapStatusResponse> &response = {});
    [[nodiscard]] bool isOver() const { return m_state == State::Closed || m_state == State::Failed; }
    [[nodiscard]] InFlight *inFlight(Purpose purpose);

    ImapSessionConfig m_config;
    ImapEncoder m_encoder;
    ImapFramer m_framer;
    qint64 m_framerFed = 0; ///< bytes fed to the current framer
    ImapParserOptions m_parserOptions;
    std::deque<ImapSessionEvent> m_events;
    State m_state = State::Greeting;
    bool m_encrypted = false;
    enum class Switch { None, Tls, Compress };
    Switch m_switch = Switch::None; ///< stop reading the chunk: STARTTLS or COMPRESS took over
    qint64 m_frameEnd = 0; ///< framer offset just after the last response read

    QList<QByteArray> m_capabilities;
    QList<QByteArray> m_loginCapabilities;
    bool m_capabilitiesFresh = false; ///< known for the current state (greeting/post-TLS/post-login)
    QList<QByteArray> m_enabled;
    QList<std::pair<QByteArray, std::optional<QByteArray>>> m_serverId;
    bool m_preauth = false;

    std::optional<Protocol::SaslMechanism> m_mechanism;
    int m_authStep = 0;

    std::deque<Queued> m_queue; ///< submitted, not yet written
    std::deque<InFlight> m_inFlight; ///< written (at least in part), in order
    bool m_idleStarted = false;
    bool m_doneRequested = false;
    bool m_doneSent = false;
    bool m_initialResponseSent = false;
    bool m_logoutRequested = false;
    bool m_logoutSent = false;
    std::optional<ImapStatusResponse> m_bye;
};

} // namespace Letterbox::Imap
