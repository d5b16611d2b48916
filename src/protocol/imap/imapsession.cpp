#include "protocol/imap/imapsession.h"

#include <algorithm>

namespace Letterbox::Imap {

namespace {

bool containsCaseInsensitive(const QList<QByteArray> &list, QByteArrayView name)
{
    return std::any_of(list.cbegin(), list.cend(),
        [name](const QByteArray &entry) { return QByteArrayView(entry).compare(name, Qt::CaseInsensitive) == 0; });
}

QString serverWords(const ImapStatusResponse &reply)
{
    return QString::fromUtf8(reply.text).trimmed();
}

} // namespace

ImapSession::ImapSession(ImapSessionConfig config)
    : m_config(std::move(config))
    , m_encoder({}, m_config.tagPrefix)
    , m_framer(m_config.limits)
    , m_encrypted(m_config.security == ImapSecurity::ImplicitTls)
{
    m_config.maxCommandsInFlight = std::max(1, m_config.maxCommandsInFlight);
}

ImapCommandFlow ImapSession::flowOf(QByteArrayView commandName)
{
    static const QList<QByteArray> barriers {"STARTTLS", "LOGIN", "AUTHENTICATE", "COMPRESS", "IDLE", "LOGOUT"};
    static const QList<QByteArray> drains {
        "SELECT", "EXAMINE", "CLOSE", "UNSELECT", "FETCH", "STORE", "COPY", "MOVE", "SEARCH", "EXPUNGE"};
    if (containsCaseInsensitive(barriers, commandName)) {
        return ImapCommandFlow::Barrier;
    }
    if (containsCaseInsensitive(drains, commandName)) {
        return ImapCommandFlow::Drain;
    }
    return ImapCommandFlow::Pipelined;
}

bool ImapSession::hasCapability(QByteArrayView name) const
{
    return containsCaseInsensitive(m_capabilities, name);
}

bool ImapSession::isEnabled(QByteArrayView name) const
{
    // RFC 7162 section 3.2.3: enabling QRESYNC enables CONDSTORE as well.
    if (name.compare("CONDSTORE", Qt::CaseInsensitive) == 0 && containsCaseInsensitive(m_enabled, "QRESYNC")) {
        return true;
    }
    return containsCaseInsensitive(m_enabled, name);
}

int ImapSession::pendingCommands() const
{
    const auto counts = [](Purpose purpose) { return purpose == Purpose::User || purpose == Purpose::Idle; };
    return int(std::count_if(m_queue.cbegin(), m_queue.cend(), [&](const Queued &q) { return counts(q.purpose); })
        + std::count_if(m_inFlight.cbegin(), m_inFlight.cend(), [&](const InFlight &c) { return counts(c.purpose); }));
}

// ---------------------------------------------------------------------------------------
// Inputs

void ImapSession::receive(QByteArrayView bytes)
{
    if (isOver() || bytes.isEmpty()) {
        return;
    }
    if (m_state == State::TlsHandshake) {
        fail(ImapErrorKind::Security, tr("The server sent data before the TLS handshake; the connection was closed."));
        return;
    }
    const qint64 chunkStart = m_framerFed;
    m_framer.feed(bytes);
    m_framerFed += bytes.size();
    while (!isOver() && m_switch == Switch::None) {
        const ImapFramer::Frame frame = m_framer.next();
        if (frame.kind == ImapFramer::Frame::Kind::NeedMoreData) {
            break;
        }
        if (frame.kind == ImapFramer::Frame::Kind::Error) {
            handleFramerError(frame.error);
            continue;
        }
        m_frameEnd = frame.streamOffset + frame.bytes.size();
        handleFrame(frame.bytes);
    }
    if (m_switch == Switch::None || isOver()) {
        return;
    }
    // The response that switched the stream ended inside this chunk; what follows it was
    // not read by this framer and must not be.
    const qint64 restStart = std::clamp<qint64>(m_frameEnd - chunkStart, 0, bytes.size());
    const QByteArray rest = bytes.sliced(restStart).toByteArray();
    const Switch kind = m_switch;
    m_switch = Switch::None;
    m_framer = ImapFramer(m_config.limits);
    m_framerFed = 0;
    if (kind == Switch::Tls) {
        if (!rest.isEmpty()) {
            // Bytes after the go-ahead were written before the handshake, by the server or by
            // someone in the path (the STARTTLS command injection of CVE-2011-0411 and its
            // IMAP relatives): they must not be read as if they had come over TLS.
            fail(ImapErrorKind::Security,
                tr("The server sent more data right after agreeing to STARTTLS; this is a sign of an attack, "
                   "so the connection was closed."));
            return;
        }
        m_state = State::TlsHandshake;
        emitEvent(StartTls {});
        return;
    }
    emitEvent(CompressStart {rest});
    pump();
}

void ImapSession::tlsEstablished()
{
    if (m_state != State::TlsHandshake) {
        return;
    }
    // RFC 9051 section 6.2.1: capabilities from before TLS must be discarded.
    m_encrypted = true;
    m_capabilities.clear();
    m_capabilitiesFresh = false;
    updateCodecOptions();
    m_state = State::Capability;
    sendInternal(m_encoder.capability(), Purpose::Capability);
}

void ImapSession::connectionLost()
{
    if (isOver()) {
        return;
    }
    if (m_logoutSent) {
        abortAll(tr("The connection closed after logging out."));
        m_state = State::Closed;
        emitEvent(Closed {});
        return;
    }
    if (m_bye) {
        fail(ImapErrorKind::ServerBye, tr("The server closed the connection: %1").arg(serverWords(*m_bye)), m_bye);
        return;
    }
    fail(ImapErrorKind::ConnectionLost, tr("The connection to the server was lost."));
}

void ImapSession::submit(ImapCommand command, quint64 token)
{
    if (isOver() || m_logoutRequested) {
        emitEvent(CommandAborted {token, command.name, tr("The command was not sent: the session has ended.")});
        return;
    }
    m_queue.push_back(Queued {token, Purpose::User, std::move(command), {}});
    pump();
}

void ImapSession::submit(ImapCommandBuilder builder, quint64 token)
{
    if (isOver() || m_logoutRequested) {
        emitEvent(CommandAborted {token, {}, tr("The command was not sent: the session has ended.")});
        return;
    }
    m_queue.push_back(Queued {token, Purpose::User, std::nullopt, std::move(builder)});
    pump();
}

void ImapSession::idle(quint64 token)
{
    if (isOver() || m_logoutRequested) {
        emitEvent(
            CommandAborted {token, QByteArrayLiteral("IDLE"), tr("IDLE was not started: the session has ended.")});
        return;
    }
    m_queue.push_back(Queued {token, Purpose::Idle, std::nullopt, [](ImapEncoder &e) { return e.idle(); }});
    pump();
}

void ImapSession::done()
{
    if (isOver()) {
        return;
    }
    if (m_idleStarted) {
        if (!m_doneSent) {
            m_doneSent = true;
            send(ImapEncoder::idleDone().pieces.front().data);
        }
        return;
    }
    if (inFlight(Purpose::Idle)) {
        m_doneRequested = true; // DONE follows the "+"
        return;
    }
    const auto it
        = std::find_if(m_queue.begin(), m_queue.end(), [](const Queued &q) { return q.purpose == Purpose::Idle; });
    if (it != m_queue.end()) {
        const quint64 token = it->token;
        m_queue.erase(it);
        emitEvent(CommandAborted {token, QByteArrayLiteral("IDLE"), tr("IDLE ended before it started.")});
        pump();
    }
}

void ImapSession::logout()
{
    if (isOver() || m_logoutRequested) {
        return;
    }
    m_logoutRequested = true;
    m_queue.push_back(Queued {0, Purpose::Logout, std::nullopt, [](ImapEncoder &e) { return e.logout(); }});
    pump();
}

std::optional<ImapSessionEvent> ImapSession::nextEvent()
{
    if (m_events.empty()) {
        return std::nullopt;
    }
    ImapSessionEvent event = std::move(m_events.front());
    m_events.pop_front();
    return event;
}

// ---------------------------------------------------------------------------------------
// Reading responses

void ImapSession::handleFrame(const QByteArray &frame)
{
    ImapParseResult result = ImapParser::parse(frame, m_parserOptions);
    if (!result.isOk()) {
        const bool tagged = !result.error.tag.isEmpty();
        if (tagged || m_state == State::Greeting) {
            // A tagged reply decides a command's fate; guessing it would be worse than stopping.
            fail(ImapErrorKind::Protocol,
                tr("The server sent a reply that cannot be read (%1 at octet %2).")
                    .arg(QString::fromLatin1(result.error.reason))
                    .arg(result.error.offset));
            return;
        }
        emitEvent(ProtocolWarning {ImapFramer::ErrorKind::None, result.error, frame.left(256),
            tr("An unreadable response from the server was skipped: %1").arg(result.error.message)});
        return;
    }
    handleResponse(std::move(*result.response));
}

void ImapSession::handleFramerError(const ImapFramer::Error &error)
{
    if (error.kind == ImapFramer::ErrorKind::LiteralCountOverflow || m_framer.isBroken()
        || m_state == State::Greeting) {
        fail(ImapErrorKind::Protocol, error.message);
        return;
    }
    const QByteArray tag = error.head.left(std::max<qsizetype>(0, error.head.indexOf(' ')));
    if (tag == "*") {
        emitEvent(ProtocolWarning {error.kind, {}, error.head, error.message});
        return;
    }
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
        [&](const InFlight &c) { return !tag.isEmpty() && c.command.tag == tag; });
    if (it == m_inFlight.end() || (it->purpose != Purpose::User && it->purpose != Purpose::Idle)) {
        fail(ImapErrorKind::Protocol, error.message);
        return;
    }
    const InFlight command = std::move(*it);
    m_inFlight.erase(it);
    if (command.purpose == Purpose::Idle) {
        m_idleStarted = m_doneRequested = m_doneSent = false;
    }
    emitEvent(CommandAborted {command.token, command.command.name, error.message});
    pump();
}

void ImapSession::handleResponse(ImapResponse &&response)
{
    if (m_state == State::Greeting) {
        handleGreeting(response);
        return;
    }
    if (const auto *status = std::get_if<ImapStatusResponse>(&response); status && status->isTagged()) {
        handleTagged(*status);
        return;
    }
    if (const auto *continuation = std::get_if<ImapContinuationRequest>(&response)) {
        handleContinuation(*continuation);
        return;
    }
    handleUntagged(std::move(response));
}

void ImapSession::handleGreeting(const ImapResponse &response)
{
    const auto *status = std::get_if<ImapStatusResponse>(&response);
    if (!status || status->isTagged()) {
        fail(ImapErrorKind::Protocol, tr("The server did not send an IMAP greeting."));
        return;
    }
    switch (status->status) {
    case ImapStatus::Bye:
        fail(ImapErrorKind::ServerBye, tr("The server refused the connection: %1").arg(serverWords(*status)), *status);
        return;
    case ImapStatus::PreAuth:
        if (m_config.security == ImapSecurity::StartTls && !m_encrypted) {
            // RFC 9051 section 6.2.1: a PREAUTH connection cannot be upgraded, so the account's
            // "STARTTLS required" cannot be met; an attacker in the path could have sent it.
            fail(ImapErrorKind::Security,
                tr("The server skipped the login (PREAUTH) on a connection that must be encrypted with STARTTLS; "
                   "the connection was closed."),
                *status);
            return;
        }
        m_preauth = true;
        break;
    case ImapStatus::Ok:
        break;
    case ImapStatus::No:
    case ImapStatus::Bad:
        fail(ImapErrorKind::Protocol, tr("The server sent an unexpected greeting: %1").arg(serverWords(*status)),
            *status);
        return;
    }
    if (status->code.kind == ImapResponseCode::Kind::Capability) {
        m_capabilities = status->code.list;
        m_capabilitiesFresh = true;
    }
    m_state = State::Capability;
    afterCapabilities();
}

void ImapSession::handleUntagged(ImapResponse &&response)
{
    bool consumed = false;
    if (const auto *capability = std::get_if<ImapCapabilityResponse>(&response)) {
        m_capabilities = capability->capabilities;
        m_capabilitiesFresh = true;
        updateCodecOptions();
        consumed = true;
    } else if (const auto *enabled = std::get_if<ImapEnabledResponse>(&response)) {
        for (const QByteArray &name : enabled->capabilities) {
            if (!containsCaseInsensitive(m_enabled, name)) {
                m_enabled.append(name);
            }
        }
        updateCodecOptions();
        consumed = true;
    } else if (const auto *id = std::get_if<ImapIdResponse>(&response)) {
        m_serverId = id->fields;
        consumed = true;
    } else if (const auto *status = std::get_if<ImapStatusResponse>(&response);
               status && status->status == ImapStatus::Bye) {
        m_bye = *status; // the connection end follows; LOGOUT's BYE is expected
    }
    // Before Ready, what the session itself asked for is its own business; everything else
    // (an [ALERT], a BYE) still reaches the caller.
    if (m_state == State::Ready || !consumed) {
        emitEvent(UntaggedResponse {std::move(response)});
    }
}

void ImapSession::handleContinuation(const ImapContinuationRequest &request)
{
    for (InFlight &command : m_inFlight) {
        if (command.waitingForContinuation()) {
            writePieces(command);
            pump();
            return;
        }
    }
    if (inFlight(Purpose::Authenticate)) {
        authenticationStep(request.text);
        return;
    }
    if (const InFlight *idle = inFlight(Purpose::Idle)) {
        if (!m_idleStarted) {
            m_idleStarted = true;
            emitEvent(IdleStarted {idle->token});
            if (m_doneRequested) {
                done();
            }
        }
        return; // a second "+" during IDLE asks for nothing
    }
    fail(ImapErrorKind::Protocol, tr("The server asked for the rest of a command that was already complete."));
}

void ImapSession::handleTagged(const ImapStatusResponse &reply)
{
    const auto it = std::find_if(
        m_inFlight.begin(), m_inFlight.end(), [&](const InFlight &c) { return c.command.tag == reply.tag; });
    if (it == m_inFlight.end()) {
        fail(ImapErrorKind::Protocol,
            tr("The server answered a command that was never sent (tag %1).").arg(QString::fromLatin1(reply.tag)),
            reply);
        return;
    }
    const InFlight command = std::move(*it);
    m_inFlight.erase(it);
    switch (command.purpose) {
    case Purpose::Idle:
        m_idleStarted = m_doneRequested = m_doneSent = false;
        [[fallthrough]];
    case Purpose::User:
        emitEvent(CommandDone {command.token, command.command.name, reply});
        if (reply.status == ImapStatus::Ok && command.command.name == "COMPRESS") {
            m_switch = Switch::Compress; // receive() emits CompressStart, then goes on
            return;
        }
        pump();
        return;
    case Purpose::Logout:
        abortAll(tr("The command was not sent: the session has ended."));
        m_state = State::Closed;
        emitEvent(Closed {});
        return;
    default:
        handleInternalReply(command, reply);
        return;
    }
}

void ImapSession::handleInternalReply(const InFlight &command, const ImapStatusResponse &reply)
{
    const bool ok = reply.status == ImapStatus::Ok;
    switch (command.purpose) {
    case Purpose::Capability:
        if (!ok) {
            fail(ImapErrorKind::Protocol, tr("The server refused to list its capabilities: %1").arg(serverWords(reply)),
                reply);
            return;
        }
        m_capabilitiesFresh = true;
        if (m_state == State::PostAuth) {
            startPostAuth();
        } else {
            afterCapabilities();
        }
        return;
    case Purpose::StartTls:
        if (!ok) {
            fail(ImapErrorKind::Security,
                tr("The server refused STARTTLS (%1); the connection was closed instead of continuing "
                   "unencrypted.")
                    .arg(serverWords(reply)),
                reply);
            return;
        }
        m_switch = Switch::Tls;
        return;
    case Purpose::Login:
    case Purpose::Authenticate:
        if (ok) {
            afterAuthentication(reply);
            return;
        }
        // RFC 5530 response codes say why.
        if (reply.code.name == "UNAVAILABLE") {
            fail(ImapErrorKind::Temporary,
                tr("The server could not check the login just now: %1").arg(serverWords(reply)), reply);
        } else if (reply.code.name == "PRIVACYREQUIRED") {
            fail(ImapErrorKind::Security,
                tr("The server requires encryption for this login: %1").arg(serverWords(reply)), reply);
        } else {
            fail(ImapErrorKind::Authentication, tr("The server refused the login: %1").arg(serverWords(reply)), reply);
        }
        return;
    case Purpose::Enable:
    case Purpose::Id:
        // Neither is needed to go on: a refusal only means fewer extensions.
        maybeReady();
        return;
    case Purpose::User:
    case Purpose::Idle:
    case Purpose::Logout:
        return;
    }
}

// ---------------------------------------------------------------------------------------
// Connection phase

void ImapSession::afterCapabilities()
{
    if (!m_capabilitiesFresh) {
        sendInternal(m_encoder.capability(), Purpose::Capability);
        return;
    }
    updateCodecOptions();
    if (m_preauth) {
        startPostAuth();
        return;
    }
    if (m_config.security == ImapSecurity::StartTls && !m_encrypted) {
        if (!hasCapability("STARTTLS")) {
            fail(ImapErrorKind::Security,
                tr("The server does not offer STARTTLS, and this account requires it; nothing was sent "
                   "unencrypted."));
            return;
        }
        m_state = State::StartTlsSent;
        sendInternal(m_encoder.startTls(), Purpose::StartTls);
        return;
    }
    startAuthentication();
}

void ImapSession::startAuthentication()
{
    using Protocol::Sasl;
    using Protocol::SaslMechanism;
    m_loginCapabilities = m_capabilities;
    if (!m_config.credentials) {
        fail(ImapErrorKind::Authentication, tr("The server requires a login, and none is set up for this account."));
        return;
    }
    const ImapCredentials &credentials = *m_config.credentials;
    const bool token = credentials.hasOAuthToken();
    QList<SaslMechanism> offered;
    QList<QByteArray> offeredNames;
    for (const QByteArray &capability : std::as_const(m_capabilities)) {
        if (capability.startsWith("AUTH=")) {
            offeredNames.append(capability.mid(5));
            if (const auto mechanism = Sasl::mechanismFromName(capability.mid(5))) {
                offered.append(*mechanism);
            }
        }
    }
    // LOGINDISABLED (RFC 9051 section 6.2.3): the server will not take LOGIN, typically
    // until TLS is on. LOGIN has no token form.
    const bool loginAllowed = !token && !hasCapability("LOGINDISABLED");
    m_mechanism = Sasl::chooseMechanism(offered, token, m_encrypted, m_config.plaintextAllowed);
    const bool mayUseLogin = loginAllowed && (m_encrypted || m_config.plaintextAllowed);
    if (!m_mechanism && !mayUseLogin) {
        const bool encryptionWouldHelp = Sasl::chooseMechanism(offered, token, true, true).has_value() || loginAllowed
            || (!token && hasCapability("LOGINDISABLED"));
        if (!m_encrypted && encryptionWouldHelp) {
            fail(ImapErrorKind::Security,
                tr("The connection is not encrypted, and logging in over it is not allowed; nothing was sent."));
        } else {
            fail(ImapErrorKind::Authentication,
                tr("None of the server's login methods (%1) can be used with this account.")
                    .arg(offeredNames.isEmpty() ? tr("none") : QString::fromLatin1(offeredNames.join(' '))));
        }
        return;
    }
    m_state = State::Authenticating;
    m_capabilitiesFresh = false; // RFC 9051 section 6.2.2: they may change once logged in
    m_authStep = 0;
    m_initialResponseSent = false;
    if (!m_mechanism) {
        sendInternal(m_encoder.login(credentials.user, credentials.password), Purpose::Login);
        return;
    }
    std::optional<QByteArray> initial;
    switch (*m_mechanism) {
    case SaslMechanism::Plain:
        initial = QByteArray::fromBase64(Sasl::plainResponse(credentials.user, credentials.password));
        break;
    case SaslMechanism::XOAuth2:
        initial = QByteArray::fromBase64(Sasl::xoauth2Response(credentials.user, credentials.oauthToken));
        break;
    case SaslMechanism::OAuthBearer:
        initial = QByteArray::fromBase64(Sasl::oauthBearerResponse(
            credentials.user, credentials.oauthToken, m_config.serverHost, m_config.serverPort));
        break;
    case SaslMechanism::Login:
    case SaslMechanism::CramMd5:
        break;
    }
    // The encoder puts the initial response on the command line only under SASL-IR.
    m_initialResponseSent = initial.has_value() && m_encoder.options().saslIr;
    sendInternal(m_encoder.authenticate(Sasl::mechanismName(*m_mechanism), initial), Purpose::Authenticate);
}

void ImapSession::authenticationStep(const QByteArray &challenge)
{
    using Protocol::Sasl;
    using Protocol::SaslMechanism;
    const ImapCredentials &credentials = *m_config.credentials;
    const int step = m_authStep++ + (m_initialResponseSent ? 1 : 0);
    std::optional<QByteArray> answer; // base64, as Sasl gives it
    switch (*m_mechanism) {
    case SaslMechanism::Plain:
        if (step == 0) {
            answer = Sasl::plainResponse(credentials.user, credentials.password);
        }
        break;
    case SaslMechanism::Login:
        if (step == 0) {
            answer = Sasl::loginUserResponse(credentials.user);
        } else if (step == 1) {
            answer = Sasl::loginPasswordResponse(credentials.password);
        }
        break;
    case SaslMechanism::CramMd5:
        if (step == 0) {
            answer = Sasl::cramMd5Response(challenge.trimmed(), credentials.user, credentials.password);
        }
        break;
    case SaslMechanism::XOAuth2:
        if (step == 0) {
            answer = Sasl::xoauth2Response(credentials.user, credentials.oauthToken);
        } else if (step == 1) {
            answer = QByteArray(); // an error report (base64 JSON); an empty line asks for the tagged NO
        }
        break;
    case SaslMechanism::OAuthBearer:
        if (step == 0) {
            answer = Sasl::oauthBearerResponse(
                credentials.user, credentials.oauthToken, m_config.serverHost, m_config.serverPort);
        } else if (step == 1) {
            answer = Sasl::oauthBearerErrorAcknowledgement();
        }
        break;
    }
    const ImapCommand command = answer ? ImapEncoder::authenticateResponse(QByteArray::fromBase64(*answer))
                                       : ImapEncoder::authenticateCancel(); // the tagged BAD follows
    send(command.pieces.front().data);
}

void ImapSession::afterAuthentication(const ImapStatusResponse &reply)
{
    if (reply.code.kind == ImapResponseCode::Kind::Capability) {
        m_capabilities = reply.code.list;
        m_capabilitiesFresh = true;
    }
    startPostAuth();
}

void ImapSession::startPostAuth()
{
    m_state = State::PostAuth;
    if (!m_capabilitiesFresh) {
        sendInternal(m_encoder.capability(), Purpose::Capability);
        return;
    }
    updateCodecOptions();
    QList<QByteArray> wanted;
    if (hasCapability("ENABLE")) {
        if (m_config.enableQResync && hasCapability("QRESYNC")) {
            wanted.append(QByteArrayLiteral("QRESYNC")); // implies CONDSTORE (RFC 7162 section 3.2.3)
        } else if (m_config.enableCondStore && hasCapability("CONDSTORE")) {
            wanted.append(QByteArrayLiteral("CONDSTORE"));
        }
        if (m_config.enableUtf8Accept && hasCapability("UTF8=ACCEPT")) {
            wanted.append(QByteArrayLiteral("UTF8=ACCEPT"));
        }
    }
    // ENABLE and ID do not depend on each other: one flight.
    if (!wanted.isEmpty()) {
        sendInternal(m_encoder.enable(wanted), Purpose::Enable);
    }
    if (!m_config.id.isEmpty() && hasCapability("ID")) {
        sendInternal(m_encoder.id(m_config.id), Purpose::Id);
    }
    maybeReady();
}

void ImapSession::maybeReady()
{
    if (isOver() || m_state != State::PostAuth || !m_inFlight.empty()) {
        return;
    }
    m_state = State::Ready;
    emitEvent(Ready {m_capabilities, m_enabled, m_serverId});
    pump();
}

void ImapSession::updateCodecOptions()
{
    ImapEncoderOptions options;
    options.literalPlus = hasCapability("LITERAL+");
    options.literalMinus = hasCapability("LITERAL-");
    options.binary = hasCapability("BINARY");
    options.saslIr = hasCapability("SASL-IR");
    options.utf8Accepted = isEnabled("UTF8=ACCEPT");
    m_encoder.setOptions(options);
    m_parserOptions.utf8Accepted = options.utf8Accepted;
}

// ---------------------------------------------------------------------------------------
// Writing commands

void ImapSession::pump()
{
    if (m_state != State::Ready) {
        return;
    }
    while (!m_queue.empty() && !m_bye && !m_logoutSent && m_switch == Switch::None) {
        if (!m_inFlight.empty()) {
            if (int(m_inFlight.size()) >= m_config.maxCommandsInFlight) {
                return;
            }
            const bool blocked = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                [](const InFlight &c) { return c.waitingForContinuation() || c.flow == ImapCommandFlow::Barrier; });
            if (blocked) {
                return;
            }
        }
        Queued &next = m_queue.front();
        if (!next.command) {
            next.command = next.builder(m_encoder);
            next.builder = {};
        }
        if (!next.command->isValid()) {
            const CommandAborted aborted {next.token, next.command->name,
                next.command->error.isEmpty() ? tr("The command could not be encoded.") : next.command->error};
            m_queue.pop_front();
            emitEvent(aborted);
            continue;
        }
        const ImapCommandFlow flow
            = next.purpose == Purpose::User ? flowOf(next.command->name) : ImapCommandFlow::Barrier;
        if (flow != ImapCommandFlow::Pipelined && !m_inFlight.empty()) {
            return;
        }
        InFlight command {next.token, next.purpose, std::move(*next.command), 0, flow};
        m_queue.pop_front();
        if (command.purpose == Purpose::Logout) {
            m_logoutSent = true;
        }
        start(std::move(command));
    }
}

void ImapSession::sendInternal(ImapCommand command, Purpose purpose)
{
    if (!command.isValid()) {
        // Only LOGIN can be refused (a NUL in the user name or password).
        fail(purpose == Purpose::Login ? ImapErrorKind::Authentication : ImapErrorKind::Protocol, command.error);
        return;
    }
    const ImapCommandFlow flow
        = purpose == Purpose::Enable || purpose == Purpose::Id ? ImapCommandFlow::Pipelined : ImapCommandFlow::Barrier;
    start(InFlight {0, purpose, std::move(command), 0, flow});
}

void ImapSession::start(InFlight command)
{
    m_inFlight.push_back(std::move(command));
    writePieces(m_inFlight.back());
}

void ImapSession::writePieces(InFlight &command)
{
    while (command.nextPiece < command.command.pieces.size()) {
        const ImapCommand::Piece &piece = command.command.pieces[command.nextPiece++];
        send(piece.data);
        if (piece.waitForContinuation) {
            return;
        }
    }
}

void ImapSession::send(const Protocol::OutgoingData &data)
{
    emitEvent(SendData {data});
}

void ImapSession::emitEvent(ImapSessionEvent event)
{
    m_events.push_back(std::move(event));
}

ImapSession::InFlight *ImapSession::inFlight(Purpose purpose)
{
    const auto it = std::find_if(
        m_inFlight.begin(), m_inFlight.end(), [purpose](const InFlight &c) { return c.purpose == purpose; });
    return it == m_inFlight.end() ? nullptr : &*it;
}

void ImapSession::abortAll(const QString &text)
{
    const auto reported = [](Purpose purpose) { return purpose == Purpose::User || purpose == Purpose::Idle; };
    for (const InFlight &command : std::as_const(m_inFlight)) {
        if (reported(command.purpose)) {
            emitEvent(CommandAborted {command.token, command.command.name, text});
        }
    }
    for (const Queued &queued : std::as_const(m_queue)) {
        if (reported(queued.purpose)) {
            emitEvent(CommandAborted {queued.token, queued.command ? queued.command->name : QByteArray(), text});
        }
    }
    m_inFlight.clear();
    m_queue.clear();
    m_idleStarted = m_doneRequested = m_doneSent = false;
}

void ImapSession::fail(ImapErrorKind kind, const QString &text, const std::optional<ImapStatusResponse> &response)
{
    if (isOver()) {
        return;
    }
    abortAll(tr("The command was not completed: %1").arg(text));
    m_state = State::Failed;
    emitEvent(SessionFailed {kind, response, text});
}

} // namespace Letterbox::Imap
