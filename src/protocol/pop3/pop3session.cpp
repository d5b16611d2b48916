#include "protocol/pop3/pop3session.h"

#include "protocol/pop3/pop3encoder.h"

#include <QSet>

#include <limits>

namespace Letterbox::Pop3 {

namespace {

using Expect = Pop3ReplyParser::Expect;
using Protocol::OutgoingData;

constexpr qsizetype maxUidlLength = 70; // RFC 1939 section 7

/// A message number or size: decimal digits only, no sign, no spaces, no overflow.
std::optional<qint64> parseNumber(QByteArrayView word, qint64 max)
{
    if (word.isEmpty() || word.size() > 18) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (char c : word) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    if (value > max) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseMessageNumber(QByteArrayView word)
{
    const auto value = parseNumber(word, std::numeric_limits<int>::max());
    if (!value || *value == 0) {
        return std::nullopt;
    }
    return int(*value);
}

/// "n size" (LIST) or "count size" (STAT); anything after the second word is ignored
/// (RFC 1939 section 5 allows servers to add information).
std::optional<std::pair<qint64, qint64>> parsePair(const QByteArray &text, bool firstIsNumber)
{
    const QByteArrayList words = text.split(' ');
    if (words.size() < 2) {
        return std::nullopt;
    }
    std::optional<qint64> first;
    if (firstIsNumber) {
        if (const auto number = parseMessageNumber(words[0])) {
            first = *number;
        }
    } else {
        first = parseNumber(words[0], std::numeric_limits<int>::max());
    }
    const auto second = parseNumber(words[1], std::numeric_limits<qint64>::max() / 16);
    if (!first || !second) {
        return std::nullopt;
    }
    return std::pair {*first, *second};
}

QString uidlProblem(QByteArrayView uidl)
{
    if (uidl.isEmpty()) {
        return Pop3Session::tr("the unique-id is empty");
    }
    if (uidl.size() > maxUidlLength) {
        return Pop3Session::tr("the unique-id is longer than %1 characters").arg(maxUidlLength);
    }
    for (char c : uidl) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e) {
            return Pop3Session::tr("the unique-id contains a space, a control character or a non-ASCII octet");
        }
    }
    return {};
}

Pop3InvalidUidl invalidUidl(int number, const QByteArray &line, const QString &reason)
{
    return Pop3InvalidUidl {number, line.left(80), reason};
}

bool isTemporary(const Pop3Reply &reply)
{
    return reply.hasCode("IN-USE") || reply.hasCode("LOGIN-DELAY") || reply.hasCode("SYS/TEMP");
}

} // namespace

Pop3Session::Pop3Session(Pop3SessionConfig config)
    : m_config(std::move(config))
    , m_parser(m_config.limits)
    , m_encrypted(m_config.security == Pop3Security::ImplicitTls)
{
    m_config.maxCommandsInFlight = std::max(1, m_config.maxCommandsInFlight);
    m_parser.expect(Expect::SingleLine); // the greeting
}

// ---------------------------------------------------------------------------------------
// Inputs

void Pop3Session::receive(QByteArrayView bytes)
{
    if (isOver() || bytes.isEmpty()) {
        return;
    }
    if (m_state == State::TlsHandshake) {
        fail(Pop3ErrorKind::Security, tr("The server sent data before the TLS handshake; the connection was closed."));
        return;
    }
    m_parser.feed(bytes);
    process();
}

void Pop3Session::process()
{
    while (!isOver() && m_state != State::TlsHandshake) {
        std::optional<Pop3ParserEvent> event = m_parser.next();
        if (!event) {
            break;
        }
        if (m_state == State::Transaction || m_state == State::Quitting) {
            handleTransactionEvent(*event);
            pump(); // the next commands before the next reply: it may already be buffered
        } else if (const auto *reply = std::get_if<Pop3Reply>(&*event)) {
            handleReply(*reply);
        } else {
            protocolFailure(tr("a message body arrived during the login"));
        }
    }
    if (isOver() || m_state == State::TlsHandshake) {
        return;
    }
    if (m_parser.hasError()) {
        fail(Pop3ErrorKind::Protocol,
            tr("The server broke the POP3 protocol at octet %1: %2")
                .arg(m_parser.errorOffset())
                .arg(m_parser.errorString()));
        return;
    }
    if (m_parser.pendingExpectations() == 0 && m_parser.bufferedBytes() > 0) {
        fail(Pop3ErrorKind::Protocol, tr("The server sent data that no command asked for."));
        return;
    }
    pump();
}

void Pop3Session::tlsEstablished()
{
    if (m_state != State::TlsHandshake) {
        return;
    }
    // RFC 2595 section 4: what was learned before TLS is forgotten and asked again.
    m_encrypted = true;
    m_parser.reset();
    m_capabilities = {};
    sendCapa();
}

void Pop3Session::connectionLost()
{
    if (isOver()) {
        return;
    }
    fail(Pop3ErrorKind::ConnectionLost, tr("The connection to the server was lost."));
}

void Pop3Session::stat(quint64 token)
{
    request(Kind::Stat, token, 0, Pop3Encoder::stat());
}

void Pop3Session::list(quint64 token, int number)
{
    request(Kind::List, token, std::max(0, number), Pop3Encoder::list(number));
}

void Pop3Session::uidl(quint64 token, int number)
{
    request(Kind::Uidl, token, std::max(0, number), Pop3Encoder::uidl(number));
}

void Pop3Session::top(quint64 token, int number, int lines)
{
    request(Kind::Top, token, number, Pop3Encoder::top(number, lines));
}

void Pop3Session::retr(quint64 token, int number)
{
    request(Kind::Retr, token, number, Pop3Encoder::retr(number));
}

void Pop3Session::dele(quint64 token, int number)
{
    request(Kind::Dele, token, number, Pop3Encoder::dele(number));
}

void Pop3Session::rset(quint64 token)
{
    request(Kind::Rset, token, 0, Pop3Encoder::rset());
}

void Pop3Session::noop(quint64 token)
{
    request(Kind::Noop, token, 0, Pop3Encoder::noop());
}

void Pop3Session::quit()
{
    if (isOver() || m_quitRequested) {
        return;
    }
    m_quitRequested = true;
    pump();
}

std::optional<Pop3Event> Pop3Session::nextEvent()
{
    if (m_events.empty()) {
        return std::nullopt;
    }
    Pop3Event event = std::move(m_events.front());
    m_events.pop_front();
    return event;
}

// ---------------------------------------------------------------------------------------
// AUTHORIZATION: greeting, CAPA, STLS, login

void Pop3Session::handleReply(const Pop3Reply &reply)
{
    switch (m_state) {
    case State::Greeting:
        handleGreeting(reply);
        return;
    case State::Capa:
        handleCapa(reply);
        return;
    case State::StlsSent:
        handleStls(reply);
        return;
    case State::Authenticating:
        handleAuth(reply);
        return;
    case State::TlsHandshake:
    case State::Transaction:
    case State::Quitting:
    case State::Closed:
    case State::Failed:
        return;
    }
}

void Pop3Session::handleGreeting(const Pop3Reply &reply)
{
    if (!reply.isOk()) {
        fail(Pop3ErrorKind::Temporary, tr("The server refused the connection: %1").arg(reply.toDisplayString()), reply);
        return;
    }
    // RFC 1939 section 7: a greeting that carries a timestamp (a msg-id, "<" … "@" … ">")
    // offers APOP. Only the first such token, and only a plausible one, is taken.
    const QByteArray &text = reply.text;
    const qsizetype open = text.indexOf('<');
    const qsizetype close = open >= 0 ? text.indexOf('>', open) : -1;
    if (close > open && text.mid(open, close - open).contains('@') && close - open < 200) {
        m_apopTimestamp = text.mid(open, close - open + 1);
    }
    sendCapa();
}

void Pop3Session::sendCapa()
{
    send(Pop3Encoder::capa(), Expect::MultiLine);
    m_state = State::Capa;
}

void Pop3Session::handleCapa(const Pop3Reply &reply)
{
    // RFC 2449 section 5: a server without CAPA answers -ERR; it has the RFC 1939 set.
    m_capabilities = reply.isOk() ? Pop3Capabilities::fromCapaLines(reply.lines) : Pop3Capabilities();
    if (m_config.security == Pop3Security::StartTls && !m_encrypted) {
        if (!m_capabilities.hasStls()) {
            fail(Pop3ErrorKind::Security,
                tr("The server does not offer STLS, and this account requires it; nothing was sent "
                   "unencrypted."));
            return;
        }
        send(Pop3Encoder::stls(), Expect::SingleLine);
        m_state = State::StlsSent;
        return;
    }
    startAuthentication();
}

void Pop3Session::handleStls(const Pop3Reply &reply)
{
    if (!reply.isOk()) {
        fail(Pop3ErrorKind::Security,
            tr("The server refused STLS (%1); the connection was closed instead of continuing unencrypted.")
                .arg(reply.toDisplayString()),
            reply);
        return;
    }
    if (m_parser.bufferedBytes() > 0) {
        // Written before the handshake, by the server or someone in the path (the
        // STARTTLS command-injection family, CVE-2011-0411 and relatives): never read it
        // as if it had come over TLS.
        fail(Pop3ErrorKind::Security,
            tr("The server sent more data right after agreeing to STLS; this is a sign of an attack, so the "
               "connection was closed."),
            reply);
        return;
    }
    m_state = State::TlsHandshake;
    emitEvent(StartTls {});
}

void Pop3Session::startAuthentication()
{
    using Protocol::Sasl;
    using Protocol::SaslMechanism;
    const Pop3Credentials &credentials = m_config.credentials;
    const bool token = credentials.hasOAuthToken();
    const QList<SaslMechanism> offered = m_capabilities.saslMechanisms();
    m_state = State::Authenticating;
    m_mechanism = Sasl::chooseMechanism(offered, token, m_encrypted, m_config.plaintextAllowed);
    if (!m_mechanism && Sasl::chooseMechanism(offered, token, true, true)) {
        fail(Pop3ErrorKind::Security,
            tr("The connection is not encrypted, and sending the login over it was not allowed."));
        return;
    }
    const bool sendsPasswordInClear
        = !m_mechanism || *m_mechanism == SaslMechanism::Plain || *m_mechanism == SaslMechanism::Login;
    if (!m_encrypted && m_config.plaintextAllowed && !token && !m_apopTimestamp.isEmpty() && sendsPasswordInClear) {
        // Plaintext was chosen by the person: APOP at least keeps the password itself off
        // the wire (an MD5 digest goes instead), so it beats PLAIN, LOGIN and USER/PASS
        // there; CRAM-MD5 is as good and is kept. Over TLS USER/PASS or SASL is the better
        // choice: APOP makes the server keep the password in the clear.
        const Pop3Encoded apop = Pop3Encoder::apop(credentials.user, m_apopTimestamp, credentials.password);
        if (!apop.isValid()) {
            fail(Pop3ErrorKind::Authentication, apop.error);
            return;
        }
        m_authStep = AuthStep::Apop;
        send(apop.data, Expect::SingleLine);
        return;
    }
    if (m_mechanism) {
        m_authStep = AuthStep::Sasl;
        m_saslStep = 0;
        m_saslErrorAcknowledged = false;
        QByteArray initial;
        switch (*m_mechanism) {
        case SaslMechanism::Plain:
            initial = Sasl::plainResponse(credentials.user, credentials.password);
            break;
        case SaslMechanism::XOAuth2:
            initial = Sasl::xoauth2Response(credentials.user, credentials.oauthToken);
            break;
        case SaslMechanism::OAuthBearer:
            initial = Sasl::oauthBearerResponse(
                credentials.user, credentials.oauthToken, m_config.serverHost, m_config.serverPort);
            break;
        case SaslMechanism::Login:
        case SaslMechanism::CramMd5:
            break;
        }
        if (!initial.isEmpty() && !Pop3Encoder::fitsInitialResponse(*m_mechanism, initial)) {
            m_deferredResponse = initial; // RFC 5034 section 4: sent after the empty "+ "
            initial.clear();
        }
        send(Pop3Encoder::auth(*m_mechanism, initial.isEmpty() ? QByteArray() : initial), Expect::SaslStep);
        return;
    }
    if (token) {
        fail(Pop3ErrorKind::Authentication, tr("The server does not offer a login method for an access token."));
        return;
    }
    if (!m_encrypted && !m_config.plaintextAllowed) {
        fail(Pop3ErrorKind::Security,
            tr("The connection is not encrypted, and sending the login over it was not allowed."));
        return;
    }
    const Pop3Encoded user = Pop3Encoder::user(credentials.user);
    if (!user.isValid()) {
        fail(Pop3ErrorKind::Authentication, user.error);
        return;
    }
    m_authStep = AuthStep::User;
    send(user.data, Expect::SingleLine);
}

void Pop3Session::handleAuth(const Pop3Reply &reply)
{
    if (reply.isContinuation()) {
        handleSaslContinuation(reply);
        return;
    }
    if (reply.isErr()) {
        if (isTemporary(reply)) {
            fail(Pop3ErrorKind::Temporary,
                tr("The server cannot open the mailbox just now: %1").arg(reply.toDisplayString()), reply);
        } else {
            fail(Pop3ErrorKind::Authentication, tr("The server refused the login: %1").arg(reply.toDisplayString()),
                reply);
        }
        return;
    }
    if (m_authStep == AuthStep::User) {
        const Pop3Encoded pass = Pop3Encoder::pass(m_config.credentials.password);
        if (!pass.isValid()) {
            fail(Pop3ErrorKind::Authentication, pass.error);
            return;
        }
        m_authStep = AuthStep::Pass;
        send(pass.data, Expect::SingleLine);
        return;
    }
    becomeReady();
}

void Pop3Session::handleSaslContinuation(const Pop3Reply &reply)
{
    using Protocol::Sasl;
    using Protocol::SaslMechanism;
    const Pop3Credentials &credentials = m_config.credentials;
    const int step = m_saslStep++;
    if (m_authStep == AuthStep::Sasl && m_mechanism) {
        if (step == 0 && !m_deferredResponse.isEmpty()) {
            send(Pop3Encoder::authResponse(std::exchange(m_deferredResponse, {})), Expect::SaslStep);
            return;
        }
        switch (*m_mechanism) {
        case SaslMechanism::Login:
            if (step == 0) {
                send(Pop3Encoder::authResponse(Sasl::loginUserResponse(credentials.user)), Expect::SaslStep);
                return;
            }
            if (step == 1) {
                send(Pop3Encoder::authResponse(Sasl::loginPasswordResponse(credentials.password)), Expect::SaslStep);
                return;
            }
            break;
        case SaslMechanism::CramMd5:
            if (step == 0) {
                if (const auto response
                    = Sasl::cramMd5Response(reply.text.trimmed(), credentials.user, credentials.password)) {
                    send(Pop3Encoder::authResponse(*response), Expect::SaslStep);
                    return;
                }
            }
            break;
        case SaslMechanism::XOAuth2:
        case SaslMechanism::OAuthBearer:
            // One error challenge (base64 JSON) after the token: acknowledge it so the
            // server sends its final -ERR (RFC 7628 section 3.2.3; XOAUTH2 wants "").
            if (!m_saslErrorAcknowledged) {
                m_saslErrorAcknowledged = true;
                send(Pop3Encoder::authResponse(*m_mechanism == SaslMechanism::XOAuth2
                             ? QByteArray("")
                             : Sasl::oauthBearerErrorAcknowledgement()),
                    Expect::SaslStep);
                return;
            }
            break;
        case SaslMechanism::Plain:
            break;
        }
    }
    fail(Pop3ErrorKind::Protocol, tr("The server sent an unexpected challenge during the login."), reply);
}

void Pop3Session::becomeReady()
{
    m_state = State::Transaction;
    m_reachedReady = true;
    m_pipelining = m_capabilities.hasPipelining();
    m_idle = false;
    emitEvent(Ready {m_capabilities});
    pump();
}

// ---------------------------------------------------------------------------------------
// TRANSACTION and UPDATE

void Pop3Session::request(Kind kind, quint64 token, int number, OutgoingData data)
{
    if (isOver() || m_quitRequested) {
        emitEvent(CommandFailed {token, std::nullopt, tr("The command was not sent: the session is ending.")});
        return;
    }
    const bool needsNumber = kind == Kind::Top || kind == Kind::Retr || kind == Kind::Dele;
    if (needsNumber && number <= 0) {
        emitEvent(CommandFailed {token, std::nullopt, tr("The message number %1 is not valid.").arg(number)});
        return;
    }
    m_queue.push_back(Command {kind, token, number, std::move(data)});
    m_idle = false;
    pump();
}

void Pop3Session::pump()
{
    if (m_state != State::Transaction) {
        return;
    }
    const auto windowAllows = [this](qsizetype bytes) {
        if (m_inFlight.empty()) {
            return true;
        }
        return m_pipelining && int(m_inFlight.size()) < m_config.maxCommandsInFlight
            && m_bytesInFlight + bytes <= m_config.maxBytesInFlight;
    };
    while (!m_queue.empty() && windowAllows(m_queue.front().data.bytes.size())) {
        Command command = std::move(m_queue.front());
        m_queue.pop_front();
        const bool listing = command.number == 0 && (command.kind == Kind::List || command.kind == Kind::Uidl);
        const bool streamed = command.kind == Kind::Retr || command.kind == Kind::Top;
        send(command.data, listing ? Expect::MultiLine : streamed ? Expect::Streamed : Expect::SingleLine);
        m_bytesInFlight += command.data.bytes.size();
        m_inFlight.push_back(std::move(command));
    }
    if (m_queue.empty() && m_quitRequested && !m_quitSent) {
        const OutgoingData quit = Pop3Encoder::quit();
        if (windowAllows(quit.bytes.size())) {
            send(quit, Expect::SingleLine);
            m_bytesInFlight += quit.bytes.size();
            m_inFlight.push_back(Command {Kind::Quit, 0, 0, quit});
            m_quitSent = true;
            m_state = State::Quitting;
            return;
        }
    }
    if (m_queue.empty() && m_inFlight.empty() && !m_idle && !m_quitRequested) {
        m_idle = true;
        emitEvent(Idle {});
    }
}

void Pop3Session::handleTransactionEvent(const Pop3ParserEvent &event)
{
    if (m_inFlight.empty()) {
        protocolFailure(tr("a reply arrived that no command asked for"));
        return;
    }
    const Command &command = m_inFlight.front();
    const bool streamed = command.kind == Kind::Retr || command.kind == Kind::Top;
    if (const auto *reply = std::get_if<Pop3Reply>(&event)) {
        if (streamed && reply->isOk()) {
            RetrStarted started {command.token, command.number, std::nullopt};
            const QByteArray first = reply->text.left(reply->text.indexOf(' '));
            if (const auto size = parseNumber(first, std::numeric_limits<qint64>::max() / 16)) {
                started.announcedSize = *size;
            }
            m_retrSize = 0;
            emitEvent(std::move(started));
            return;
        }
        handleCommandReply(command, *reply);
        return;
    }
    if (const auto *chunk = std::get_if<Pop3BodyChunk>(&event)) {
        m_retrSize += chunk->data.size();
        emitEvent(RetrData {command.token, chunk->data});
        return;
    }
    emitEvent(RetrDone {command.token, command.number, m_retrSize});
    finishFront();
}

void Pop3Session::handleCommandReply(const Command &command, const Pop3Reply &reply)
{
    if (command.kind == Kind::Quit) {
        finishQuit(reply);
        return;
    }
    if (!reply.isOk()) {
        emitEvent(CommandFailed {command.token, reply, tr("The server refused: %1").arg(reply.toDisplayString())});
        finishFront();
        return;
    }
    switch (command.kind) {
    case Kind::Stat: {
        const auto pair = parsePair(reply.text, false);
        if (!pair) {
            protocolFailure(tr("the reply to STAT is malformed"));
            return;
        }
        emitEvent(StatResult {command.token, int(pair->first), pair->second});
        break;
    }
    case Kind::List: {
        ListResult result {command.token, {}};
        const QByteArrayList lines = command.number == 0 ? reply.lines : QByteArrayList {reply.text};
        result.entries.reserve(lines.size());
        for (const QByteArray &line : lines) {
            const auto pair = parsePair(line, true);
            if (!pair) {
                protocolFailure(tr("a line of the reply to LIST is malformed"));
                return;
            }
            result.entries.append(Pop3ListEntry {int(pair->first), pair->second});
        }
        emitEvent(std::move(result));
        break;
    }
    case Kind::Uidl: {
        UidlResult result {command.token, {}, {}};
        const QByteArrayList lines = command.number == 0 ? reply.lines : QByteArrayList {reply.text};
        result.entries.reserve(lines.size());
        QSet<QByteArray> seen;
        QSet<int> numbers;
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            const auto number = parseMessageNumber(QByteArrayView(line).first(space < 0 ? line.size() : space));
            if (!number || space < 0) {
                result.invalid.append(invalidUidl(0, line, tr("the line has no message number and unique-id")));
                continue;
            }
            const QByteArray uidl = line.mid(space + 1);
            if (const QString problem = uidlProblem(uidl); !problem.isEmpty()) {
                result.invalid.append(invalidUidl(*number, line, problem));
                continue;
            }
            if (seen.contains(uidl) || numbers.contains(*number)) {
                result.invalid.append(invalidUidl(*number, line, tr("the unique-id or message number is repeated")));
                continue;
            }
            seen.insert(uidl);
            numbers.insert(*number);
            result.entries.append(Pop3UidlEntry {*number, uidl});
        }
        emitEvent(std::move(result));
        break;
    }
    case Kind::Dele:
        if (!m_marked.contains(command.number)) {
            m_marked.append(command.number);
        }
        emitEvent(DeleResult {command.token, command.number});
        break;
    case Kind::Rset:
        m_marked.clear();
        emitEvent(CommandOk {command.token, reply});
        break;
    case Kind::Noop:
        emitEvent(CommandOk {command.token, reply});
        break;
    case Kind::Top:
    case Kind::Retr:
    case Kind::Quit:
        break;
    }
    finishFront();
}

void Pop3Session::finishFront()
{
    m_bytesInFlight -= m_inFlight.front().data.bytes.size();
    m_inFlight.pop_front();
}

void Pop3Session::finishQuit(const Pop3Reply &reply)
{
    finishFront();
    // RFC 1939 section 6: +OK after UPDATE means the marked messages are gone; -ERR
    // ("some deleted messages not removed") leaves it open which ones.
    emitEvent(DeletionsResult {
        reply.isOk() ? DeletionsResult::Outcome::Committed : DeletionsResult::Outcome::Unknown, m_marked, reply});
    m_state = State::Closed;
    emitEvent(Closed {});
}

void Pop3Session::protocolFailure(const QString &text)
{
    fail(Pop3ErrorKind::Protocol, tr("The server broke the POP3 protocol: %1").arg(text));
}

// ---------------------------------------------------------------------------------------
// Output

void Pop3Session::send(const OutgoingData &data, Expect expect)
{
    m_parser.expect(expect);
    emitEvent(SendData {data});
}

void Pop3Session::emitEvent(Pop3Event event)
{
    m_events.push_back(std::move(event));
}

void Pop3Session::fail(Pop3ErrorKind kind, const QString &text, const std::optional<Pop3Reply> &reply)
{
    if (isOver()) {
        return;
    }
    const QString unfinished = tr("The command did not complete: %1").arg(text);
    for (std::deque<Command> *commands : {&m_inFlight, &m_queue}) {
        for (const Command &command : *commands) {
            if (command.kind != Kind::Quit) {
                emitEvent(CommandFailed {command.token, std::nullopt, unfinished});
            }
        }
        commands->clear();
    }
    m_bytesInFlight = 0;
    if (m_reachedReady) {
        emitEvent(DeletionsResult {
            m_quitSent ? DeletionsResult::Outcome::Unknown : DeletionsResult::Outcome::NotCommitted, m_marked, {}});
    }
    m_state = State::Failed;
    emitEvent(SessionFailed {kind, reply, text});
}

} // namespace Letterbox::Pop3
