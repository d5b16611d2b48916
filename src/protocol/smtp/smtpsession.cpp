#include "protocol/smtp/smtpsession.h"

#include "protocol/common/dotstuffing.h"

#include <algorithm>

namespace Letterbox::Smtp {

namespace {

bool hasEightBitOctets(const QByteArray &message)
{
    return std::any_of(message.cbegin(), message.cend(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

SmtpOutcome failureOutcome(const SmtpReply &reply)
{
    return reply.isPermanentNegative() ? SmtpOutcome::PermanentFailure : SmtpOutcome::TemporaryFailure;
}

} // namespace

int SmtpSession::Job::acceptedRecipients() const
{
    return int(std::count_if(
        recipients.cbegin(), recipients.cend(), [](const SmtpRecipientResult &r) { return r.isAccepted(); }));
}

SmtpSession::SmtpSession(SmtpSessionConfig config)
    : m_config(std::move(config))
    , m_encrypted(m_config.security == SmtpSecurity::ImplicitTls)
{
    m_config.maxMessagesInFlight = std::max(1, m_config.maxMessagesInFlight);
}

// ---------------------------------------------------------------------------------------
// Inputs

void SmtpSession::receive(QByteArrayView bytes)
{
    if (m_state == State::Closed || m_state == State::Failed || bytes.isEmpty()) {
        return;
    }
    if (m_state == State::TlsHandshake) {
        fail(SmtpErrorKind::Security, tr("The server sent data before the TLS handshake; the connection was closed."));
        return;
    }
    m_parser.feed(bytes);
    while (m_state != State::Closed && m_state != State::Failed && m_state != State::TlsHandshake) {
        std::optional<SmtpReply> reply = m_parser.nextReply();
        if (!reply) {
            break;
        }
        handleReply(*reply);
    }
    if (m_parser.hasError() && m_state != State::Closed && m_state != State::Failed) {
        fail(SmtpErrorKind::Protocol,
            tr("The server broke the SMTP protocol at octet %1: %2")
                .arg(m_parser.errorOffset())
                .arg(m_parser.errorString()));
    }
}

void SmtpSession::tlsEstablished()
{
    if (m_state != State::TlsHandshake) {
        return;
    }
    // RFC 3207 section 4.2: discard everything learned before TLS and ask again.
    m_encrypted = true;
    m_parser.reset();
    m_capabilities = {};
    const SmtpEncoded ehlo = SmtpEncoder::ehlo(m_config.ehloName);
    if (!ehlo.isValid()) {
        fail(SmtpErrorKind::Protocol, ehlo.error);
        return;
    }
    send(ehlo.bytes);
    m_state = State::Ehlo;
}

void SmtpSession::connectionLost()
{
    if (m_state == State::Closed || m_state == State::Failed) {
        return;
    }
    if (m_state == State::Quitting) {
        m_state = State::Closed;
        emitEvent(Closed {});
        return;
    }
    fail(SmtpErrorKind::ConnectionLost, tr("The connection to the server was lost."));
}

void SmtpSession::submit(const SmtpEnvelope &envelope, const QByteArray &message, quint64 token)
{
    Job job;
    job.id = m_nextJobId++;
    job.sequence = job.id;
    job.token = token;
    job.envelope = envelope;
    job.message = message;
    for (const QString &address : envelope.recipients) {
        job.recipients.append(SmtpRecipientResult {address, std::nullopt});
    }
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Quitting) {
        report(job, SmtpOutcome::TemporaryFailure, std::nullopt,
            tr("The message was not sent: the connection to the server has ended."));
        return;
    }
    // Problems with the envelope itself are known now; no need to wait for the server.
    std::optional<QString> problem;
    if (envelope.recipients.isEmpty()) {
        problem = tr("The message has no recipients.");
    } else if (!envelope.from.isEmpty()) {
        problem = SmtpEncoder::addressProblem(envelope.from);
    }
    for (qsizetype i = 0; !problem && i < envelope.recipients.size(); ++i) {
        if (envelope.recipients[i].isEmpty()) {
            problem = tr("A recipient address is empty.");
        } else {
            problem = SmtpEncoder::addressProblem(envelope.recipients[i]);
        }
    }
    if (problem) {
        report(job, SmtpOutcome::PermanentFailure, std::nullopt, tr("The message was not sent: %1").arg(*problem));
        return;
    }
    m_queue.push_back(std::move(job));
    pump();
}

void SmtpSession::quit()
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Quitting) {
        return;
    }
    m_quitRequested = true;
    pump();
}

std::optional<SmtpEvent> SmtpSession::nextEvent()
{
    if (m_events.empty()) {
        return std::nullopt;
    }
    SmtpEvent event = std::move(m_events.front());
    m_events.pop_front();
    return event;
}

// ---------------------------------------------------------------------------------------
// Before the transactions: greeting, EHLO, STARTTLS, AUTH

void SmtpSession::handleReply(const SmtpReply &reply)
{
    if (reply.code() == 421 && m_state != State::Quitting) {
        // RFC 5321 section 3.8: the server is closing the channel, at any point.
        fail(SmtpErrorKind::ServiceClosing, tr("The server is closing the connection: %1").arg(reply.toDisplayString()),
            reply);
        return;
    }
    switch (m_state) {
    case State::Greeting:
        handleGreeting(reply);
        return;
    case State::Ehlo:
        handleEhlo(reply);
        return;
    case State::Helo:
        handleHelo(reply);
        return;
    case State::StartTlsSent:
        handleStartTls(reply);
        return;
    case State::Authenticating:
        handleAuth(reply);
        return;
    case State::Ready:
        handleTransaction(reply);
        return;
    case State::Quitting:
        m_state = State::Closed;
        emitEvent(Closed {});
        return;
    case State::TlsHandshake:
    case State::Closed:
    case State::Failed:
        return;
    }
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    if (reply.code() != 220) {
        failFromReply(reply, tr("The server refused the connection"));
        return;
    }
    const SmtpEncoded ehlo = SmtpEncoder::ehlo(m_config.ehloName);
    if (!ehlo.isValid()) {
        fail(SmtpErrorKind::Protocol, ehlo.error);
        return;
    }
    send(ehlo.bytes);
    m_state = State::Ehlo;
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.code() == 250) {
        m_capabilities = SmtpCapabilities::fromEhloReply(reply);
        afterGreetingExchange();
        return;
    }
    if (reply.code() == 500 || reply.code() == 502) {
        // RFC 5321 section 3.2: a server that does not know EHLO still knows HELO.
        send(SmtpEncoder::helo(m_config.ehloName).bytes);
        m_state = State::Helo;
        return;
    }
    failFromReply(reply, tr("The server refused EHLO"));
}

void SmtpSession::handleHelo(const SmtpReply &reply)
{
    if (reply.code() != 250) {
        failFromReply(reply, tr("The server refused HELO"));
        return;
    }
    m_capabilities = {};
    afterGreetingExchange();
}

void SmtpSession::afterGreetingExchange()
{
    if (m_config.security == SmtpSecurity::StartTls && !m_encrypted) {
        if (!m_capabilities.hasStartTls()) {
            fail(SmtpErrorKind::Security,
                tr("The server does not offer STARTTLS, and this account requires it; nothing was sent "
                   "unencrypted."));
            return;
        }
        send(SmtpEncoder::startTls());
        m_state = State::StartTlsSent;
        return;
    }
    if (m_config.credentials) {
        startAuthentication();
        return;
    }
    becomeReady();
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code() != 220) {
        fail(SmtpErrorKind::Security,
            tr("The server refused STARTTLS (%1); the connection was closed instead of continuing "
               "unencrypted.")
                .arg(reply.toDisplayString()),
            reply);
        return;
    }
    if (m_parser.bufferedBytes() > 0) {
        // Bytes after the go-ahead were written before the handshake, by the server or by
        // someone in the path (CVE-2011-0411 and its relatives): they must not be read as
        // if they had come over TLS.
        fail(SmtpErrorKind::Security,
            tr("The server sent more data right after agreeing to STARTTLS; this is a sign of an attack, "
               "so the connection was closed."),
            reply);
        return;
    }
    m_state = State::TlsHandshake;
    emitEvent(StartTls {});
}

void SmtpSession::startAuthentication()
{
    const SmtpCredentials &credentials = *m_config.credentials;
    const bool token = credentials.hasOAuthToken();
    if (m_capabilities.authMechanismNames().isEmpty()) {
        fail(
            SmtpErrorKind::Authentication, tr("The server does not offer authentication (no AUTH in its EHLO reply)."));
        return;
    }
    m_mechanism = Protocol::Sasl::chooseMechanism(
        m_capabilities.authMechanisms(), token, m_encrypted, m_config.plaintextAllowed);
    if (!m_mechanism) {
        if (Protocol::Sasl::chooseMechanism(m_capabilities.authMechanisms(), token, true, true)) {
            fail(SmtpErrorKind::Security,
                tr("The connection is not encrypted, and sending the login over it was not allowed."));
        } else {
            fail(SmtpErrorKind::Authentication,
                tr("None of the server's login methods (%1) can be used with this account.")
                    .arg(QString::fromLatin1(m_capabilities.authMechanismNames().join(' '))));
        }
        return;
    }
    m_authStep = 0;
    m_state = State::Authenticating;
    using Protocol::Sasl;
    using Protocol::SaslMechanism;
    switch (*m_mechanism) {
    case SaslMechanism::Plain:
        send(SmtpEncoder::auth(*m_mechanism, Sasl::plainResponse(credentials.user, credentials.password)));
        return;
    case SaslMechanism::XOAuth2:
        send(SmtpEncoder::auth(*m_mechanism, Sasl::xoauth2Response(credentials.user, credentials.oauthToken)));
        return;
    case SaslMechanism::OAuthBearer:
        send(SmtpEncoder::auth(*m_mechanism,
            Sasl::oauthBearerResponse(
                credentials.user, credentials.oauthToken, m_config.serverHost, m_config.serverPort)));
        return;
    case SaslMechanism::Login:
    case SaslMechanism::CramMd5:
        send(SmtpEncoder::auth(*m_mechanism));
        return;
    }
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    using Protocol::Sasl;
    using Protocol::SaslMechanism;
    const SmtpCredentials &credentials = *m_config.credentials;
    if (reply.code() == 235) {
        becomeReady();
        return;
    }
    if (reply.code() == 334) {
        const int step = m_authStep++;
        const QByteArray challenge = reply.lines().value(0).trimmed();
        switch (*m_mechanism) {
        case SaslMechanism::Login:
            if (step == 0) {
                send(SmtpEncoder::authResponse(Sasl::loginUserResponse(credentials.user)));
                return;
            }
            if (step == 1) {
                send(SmtpEncoder::authResponse(Sasl::loginPasswordResponse(credentials.password)));
                return;
            }
            break;
        case SaslMechanism::CramMd5:
            if (step == 0) {
                if (const auto response = Sasl::cramMd5Response(challenge, credentials.user, credentials.password)) {
                    send(SmtpEncoder::authResponse(*response));
                    return;
                }
            }
            break;
        case SaslMechanism::XOAuth2:
            if (step == 0) {
                // An error report (base64 JSON); an empty line asks for the final 535.
                send(SmtpEncoder::authResponse({}));
                return;
            }
            break;
        case SaslMechanism::OAuthBearer:
            if (step == 0) {
                send(SmtpEncoder::authResponse(Sasl::oauthBearerErrorAcknowledgement()));
                return;
            }
            break;
        case SaslMechanism::Plain:
            break;
        }
        fail(SmtpErrorKind::Protocol,
            tr("The server sent an unexpected challenge during the %1 login.")
                .arg(QString::fromLatin1(Sasl::mechanismName(*m_mechanism))),
            reply);
        return;
    }
    if (reply.code() == 538) { // RFC 4954 section 6: encryption required for this mechanism
        fail(SmtpErrorKind::Security,
            tr("The server requires encryption for this login: %1").arg(reply.toDisplayString()), reply);
        return;
    }
    if (reply.isTransientNegative()) {
        fail(SmtpErrorKind::Temporary,
            tr("The server could not check the login just now: %1").arg(reply.toDisplayString()), reply);
        return;
    }
    fail(SmtpErrorKind::Authentication, tr("The server refused the login: %1").arg(reply.toDisplayString()), reply);
}

void SmtpSession::becomeReady()
{
    m_state = State::Ready;
    m_idle = true;
    emitEvent(Ready {m_capabilities});
    pump();
}

// ---------------------------------------------------------------------------------------
// Transactions

bool SmtpSession::canSendCommand() const
{
    if (!m_capabilities.hasPipelining()) {
        return m_expected.empty();
    }
    // DATA ends a flight (RFC 2920 section 3.1): nothing may follow it before its 354.
    return std::none_of(
        m_expected.cbegin(), m_expected.cend(), [](const Expected &e) { return e.kind == Expect::Data; });
}

void SmtpSession::pump()
{
    if (m_state != State::Ready) {
        return;
    }
    while (canSendCommand()) {
        if (m_rsetWanted) {
            m_rsetWanted = false;
            send(SmtpEncoder::rset());
            m_expected.push_back({Expect::Rset, 0, 0});
            continue;
        }
        if (m_queue.empty() || int(m_active.size()) >= m_config.maxMessagesInFlight) {
            break;
        }
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (const auto refusal = refusalBeforeSending(job)) {
            report(job, SmtpOutcome::PermanentFailure, std::nullopt, *refusal);
            continue;
        }
        startJob(std::move(job));
    }
    if (m_queue.empty() && m_active.empty() && m_expected.empty()) {
        if (m_quitRequested) {
            send(SmtpEncoder::quit());
            m_expected.push_back({Expect::Quit, 0, 0});
            m_state = State::Quitting;
        } else if (!m_idle) {
            m_idle = true;
            emitEvent(Idle {});
        }
    }
}

std::optional<QString> SmtpSession::refusalBeforeSending(const Job &job) const
{
    const quint64 size = quint64(Protocol::DotStuffing::normalizedSize(job.message));
    if (const auto limit = m_capabilities.sizeLimit(); limit && size > *limit) {
        return tr("The message was not sent: it is %1 octets and the server accepts at most %2.").arg(size).arg(*limit);
    }
    if (!m_capabilities.hasSmtpUtf8()) {
        QStringList addresses = job.envelope.recipients;
        addresses.prepend(job.envelope.from);
        for (const QString &address : std::as_const(addresses)) {
            if (SmtpEncoder::needsSmtpUtf8(address)) {
                return tr("The message was not sent: the address %1 is not plain ASCII and the server does not "
                          "accept such addresses (no SMTPUTF8).")
                    .arg(address);
            }
        }
    }
    if (!m_capabilities.hasEightBitMime() && hasEightBitOctets(job.message)) {
        return tr("The message was not sent: it contains 8-bit data and the server accepts only 7-bit "
                  "messages (no 8BITMIME).");
    }
    return std::nullopt;
}

void SmtpSession::startJob(Job job)
{
    const bool smtpUtf8 = m_capabilities.hasSmtpUtf8()
        && (SmtpEncoder::needsSmtpUtf8(job.envelope.from)
            || std::any_of(job.envelope.recipients.cbegin(), job.envelope.recipients.cend(),
                [](const QString &a) { return SmtpEncoder::needsSmtpUtf8(a); }));
    SmtpMailParameters parameters;
    if (m_capabilities.hasSize()) {
        parameters.size = quint64(Protocol::DotStuffing::normalizedSize(job.message));
    }
    parameters.eightBitMime = m_capabilities.hasEightBitMime() && hasEightBitOctets(job.message);
    parameters.smtpUtf8 = smtpUtf8;
    SmtpDsn::Notify notify;
    if (m_capabilities.hasDsn()) {
        parameters.dsnReturn = job.envelope.dsn.ret;
        parameters.envelopeId = job.envelope.dsn.envelopeId;
        notify = job.envelope.dsn.notify;
    }
    const SmtpEncoded mail = SmtpEncoder::mailFrom(job.envelope.from, parameters);
    if (!mail.isValid()) {
        report(job, SmtpOutcome::PermanentFailure, std::nullopt, tr("The message was not sent: %1").arg(mail.error));
        return;
    }
    job.mailCommand = mail.bytes;
    job.rcptCommands.clear();
    for (const QString &address : std::as_const(job.envelope.recipients)) {
        // Checked at submit(); the encoder checks again and cannot disagree.
        job.rcptCommands.append(SmtpEncoder::rcptTo(address, notify).bytes);
    }
    job.chunked = m_capabilities.hasChunking();
    job.payload = job.chunked ? Protocol::DotStuffing::normalizedLineEndings(job.message)
                              : Protocol::DotStuffing::stuffed(job.message);
    job.mailReply.reset();
    for (SmtpRecipientResult &recipient : job.recipients) {
        recipient.reply.reset();
    }
    job.rcptSent = job.rcptReplies = job.pendingReplies = 0;
    job.dataHandedOut = job.emptyDataSent = job.collateral = false;
    m_idle = false;

    m_active.push_back(std::move(job));
    Job &started = m_active.back();
    send(started.mailCommand);
    m_expected.push_back({Expect::Mail, started.id, 0});
    ++started.pendingReplies;
    if (m_capabilities.hasPipelining()) {
        while (started.rcptSent < started.rcptCommands.size()) {
            sendRecipient(started);
        }
        sendDataCommand(started);
    }
}

void SmtpSession::sendRecipient(Job &job)
{
    const int index = job.rcptSent++;
    send(job.rcptCommands[index]);
    m_expected.push_back({Expect::Rcpt, job.id, index});
    ++job.pendingReplies;
}

void SmtpSession::sendDataCommand(Job &job)
{
    ++job.pendingReplies;
    if (job.chunked) {
        // RFC 3030: one chunk with LAST; the octet count says where it ends, so no
        // dot-stuffing and no terminator.
        send(SmtpEncoder::bdat(quint64(job.payload.size()), true));
        send(Protocol::OutgoingData::payload(job.payload));
        job.dataHandedOut = true;
        m_expected.push_back({Expect::DataEnd, job.id, 0});
        return;
    }
    send(SmtpEncoder::data());
    m_expected.push_back({Expect::Data, job.id, 0});
}

void SmtpSession::requestRset()
{
    // An RSET still waiting for its reply was sent after this message's commands
    // (replies come in order), so it already resets what this failure left open.
    const bool pending
        = std::any_of(m_expected.cbegin(), m_expected.cend(), [](const Expected &e) { return e.kind == Expect::Rset; });
    if (!pending) {
        m_rsetWanted = true;
    }
}

SmtpSession::Job *SmtpSession::findJob(quint64 id)
{
    for (Job &job : m_active) {
        if (job.id == id) {
            return &job;
        }
    }
    return nullptr;
}

void SmtpSession::handleTransaction(const SmtpReply &reply)
{
    if (m_expected.empty()) {
        fail(SmtpErrorKind::Protocol, tr("The server sent a reply nobody asked for: %1").arg(reply.toDisplayString()),
            reply);
        return;
    }
    const Expected expected = m_expected.front();
    m_expected.pop_front();
    if (expected.kind == Expect::Rset) {
        m_transactionSuspect = false;
        pump();
        return;
    }
    if (expected.kind == Expect::Quit) {
        return; // not reached: QUIT moves to State::Quitting
    }
    Job *job = findJob(expected.jobId);
    if (!job) {
        pump();
        return;
    }
    --job->pendingReplies;
    switch (expected.kind) {
    case Expect::Mail:
        onMailReply(*job, reply);
        break;
    case Expect::Rcpt:
        onRcptReply(*job, expected.index, reply);
        break;
    case Expect::Data:
        onDataReply(*job, reply);
        break;
    case Expect::DataEnd:
        onDataEndReply(*job, reply);
        break;
    case Expect::Rset:
    case Expect::Quit:
        break;
    }
    if (m_state != State::Ready) {
        return;
    }
    dropFinishedJobs();
    pump();
}

void SmtpSession::onMailReply(Job &job, const SmtpReply &reply)
{
    job.mailReply = reply;
    if (reply.isPositiveCompletion()) {
        m_transactionSuspect = false; // the server has opened a fresh transaction
    } else if (reply.code() == 503 && m_transactionSuspect) {
        job.collateral = true;
    }
    if (m_capabilities.hasPipelining()) {
        return; // the rest of the flight is out; its replies decide
    }
    if (!reply.isPositiveCompletion()) {
        finishFailed(job, reply); // no transaction was opened, so no RSET is needed
        return;
    }
    sendRecipient(job);
}

void SmtpSession::onRcptReply(Job &job, int index, const SmtpReply &reply)
{
    if (index >= 0 && index < job.recipients.size()) {
        job.recipients[index].reply = reply;
    }
    ++job.rcptReplies;
    if (m_capabilities.hasPipelining()) {
        return;
    }
    if (job.rcptSent < job.rcptCommands.size()) {
        sendRecipient(job);
        return;
    }
    if (job.acceptedRecipients() == 0) {
        requestRset(); // MAIL was accepted: the transaction is open
        finishFailed(job, reply);
        return;
    }
    sendDataCommand(job);
}

void SmtpSession::onDataReply(Job &job, const SmtpReply &reply)
{
    if (reply.code() != 354) {
        // RFC 2920 section 3.1: with no valid recipient the server refuses DATA (503/554).
        const bool mailAccepted = job.mailReply && job.mailReply->isPositiveCompletion();
        if (mailAccepted) {
            requestRset();
        }
        if (!job.reported) {
            finishFailed(job, reply);
        }
        return;
    }
    ++job.pendingReplies;
    m_expected.push_back({Expect::DataEnd, job.id, 0});
    const bool mailAccepted = job.mailReply && job.mailReply->isPositiveCompletion();
    if (job.reported || !mailAccepted || job.acceptedRecipients() == 0) {
        // A server that says 354 with nobody to deliver to gets an empty message, never
        // the real one (RFC 2920 section 3.1).
        job.emptyDataSent = true;
        send(Protocol::OutgoingData::payload(QByteArrayLiteral(".\r\n")));
        return;
    }
    send(Protocol::OutgoingData::payload(job.payload));
    job.dataHandedOut = true;
}

void SmtpSession::onDataEndReply(Job &job, const SmtpReply &reply)
{
    if (job.reported) {
        return;
    }
    const bool mailAccepted = job.mailReply && job.mailReply->isPositiveCompletion();
    if (reply.isPositiveCompletion() && !job.emptyDataSent && job.acceptedRecipients() > 0
        && (mailAccepted || job.collateral)) {
        // A collateral MAIL whose RCPTs and data were accepted anyway joined the open
        // transaction: the server has the message, so it is delivered.
        finishAccepted(job, reply);
        return;
    }
    if (job.chunked && (mailAccepted || job.collateral)) {
        // RFC 3030 section 2: after a refused BDAT the transaction is in doubt; reset it
        // and treat a 503 on the next MAIL already in flight as collateral.
        requestRset();
        m_transactionSuspect = true;
    }
    finishFailed(job, reply);
}

void SmtpSession::finishFailed(Job &job, const SmtpReply &lastReply)
{
    if (job.collateral && job.attempts < 1) {
        // Put back in submission order; sent again after the RSET.
        Job again = job;
        again.attempts = job.attempts + 1;
        again.id = m_nextJobId++;
        job.reported = true; // this incarnation is done; the copy carries the token
        const auto position = std::find_if(
            m_queue.begin(), m_queue.end(), [&](const Job &queued) { return queued.sequence > again.sequence; });
        m_queue.insert(position, std::move(again));
        return;
    }
    const SmtpReply *decisive = &lastReply;
    QString text;
    if (job.mailReply && !job.mailReply->isPositiveCompletion()) {
        decisive = &*job.mailReply;
        text = tr("The server refused the sender address %1: %2").arg(job.envelope.from, decisive->toDisplayString());
    } else if (job.rcptReplies == job.recipients.size() && job.acceptedRecipients() == 0) {
        // Every recipient refused: temporary if any of them may work later.
        const SmtpRecipientResult *first = nullptr;
        for (const SmtpRecipientResult &recipient : job.recipients) {
            if (recipient.reply && recipient.reply->isTransientNegative()) {
                first = &recipient;
                break;
            }
        }
        if (!first) {
            first = &job.recipients.first();
        }
        decisive = &*first->reply;
        QStringList refused;
        for (const SmtpRecipientResult &recipient : job.recipients) {
            refused.append(tr("%1 (%2)").arg(recipient.address, recipient.reply->toDisplayString()));
        }
        text = tr("The server refused every recipient: %1").arg(refused.join(QLatin1String("; ")));
    } else {
        text = tr("The server refused the message: %1").arg(lastReply.toDisplayString());
    }
    report(job, failureOutcome(*decisive), *decisive, text);
}

void SmtpSession::finishAccepted(Job &job, const SmtpReply &reply)
{
    QStringList refused;
    for (const SmtpRecipientResult &recipient : job.recipients) {
        if (!recipient.isAccepted()) {
            refused.append(tr("%1 (%2)").arg(
                recipient.address, recipient.reply ? recipient.reply->toDisplayString() : tr("no reply")));
        }
    }
    if (refused.isEmpty()) {
        report(job, SmtpOutcome::Accepted, reply,
            tr("The server accepted the message for all %n recipient(s).", nullptr, int(job.recipients.size())));
        return;
    }
    report(job, SmtpOutcome::PartlyAccepted, reply,
        tr("The server accepted the message for %1 of %2 recipients and refused %3.")
            .arg(job.acceptedRecipients())
            .arg(job.recipients.size())
            .arg(refused.join(QLatin1String("; "))));
}

void SmtpSession::report(Job &job, SmtpOutcome outcome, const std::optional<SmtpReply> &reply, const QString &text)
{
    job.reported = true;
    emitEvent(MessageResult {job.token, outcome, job.recipients, reply, text});
}

void SmtpSession::dropFinishedJobs()
{
    while (!m_active.empty() && m_active.front().reported && m_active.front().pendingReplies == 0) {
        m_active.pop_front();
    }
    // A finished job behind an unfinished one keeps its place until the one before it
    // leaves: the window counts messages in order, as the server sees them.
}

// ---------------------------------------------------------------------------------------
// Output and failure

void SmtpSession::send(const QByteArray &command)
{
    send(Protocol::OutgoingData::command(command));
}

void SmtpSession::send(const Protocol::OutgoingData &data)
{
    // Consecutive commands become one write, so a pipelined flight is one SendData.
    if (data.kind == Protocol::OutgoingData::Kind::Command && !m_events.empty()) {
        if (auto *last = std::get_if<SendData>(&m_events.back());
            last && last->data.kind == Protocol::OutgoingData::Kind::Command) {
            const qsizetype offset = last->data.bytes.size();
            last->data.bytes += data.bytes;
            for (Protocol::SecretRange range : data.secrets) {
                range.start += offset;
                last->data.secrets.append(range);
            }
            return;
        }
    }
    m_events.push_back(SendData {data});
}

void SmtpSession::emitEvent(SmtpEvent event)
{
    m_events.push_back(std::move(event));
}

void SmtpSession::failFromReply(const SmtpReply &reply, const QString &what)
{
    const QString text = tr("%1: %2").arg(what, reply.toDisplayString());
    if (reply.isTransientNegative()) {
        fail(SmtpErrorKind::Temporary, text, reply);
    } else if (reply.isPermanentNegative()) {
        fail(SmtpErrorKind::Permanent, text, reply);
    } else {
        fail(SmtpErrorKind::Protocol, text, reply);
    }
}

void SmtpSession::fail(SmtpErrorKind kind, const QString &text, const std::optional<SmtpReply> &reply)
{
    // Every message not yet reported gets its result before the session's end.
    for (Job &job : m_active) {
        if (job.reported) {
            continue;
        }
        const bool mailRefused = job.mailReply && !job.mailReply->isPositiveCompletion() && !job.collateral;
        const bool allRefused
            = !job.recipients.isEmpty() && job.rcptReplies == job.recipients.size() && job.acceptedRecipients() == 0;
        if (mailRefused) {
            finishFailed(job, *job.mailReply);
        } else if (allRefused) {
            finishFailed(job, *job.recipients.last().reply);
        } else if (job.dataHandedOut) {
            report(job, SmtpOutcome::MaybeSent, reply,
                tr("The whole message was sent, but the connection ended before the server confirmed it; it "
                   "may have been delivered. (%1)")
                    .arg(text));
        } else {
            report(job, SmtpOutcome::TemporaryFailure, reply, tr("The message was not sent completely: %1").arg(text));
        }
    }
    // finishFailed() may have put a collateral job back in the queue; it is not sent.
    for (Job &job : m_queue) {
        report(job, SmtpOutcome::TemporaryFailure, reply, tr("The message was not sent: %1").arg(text));
    }
    m_queue.clear();
    m_active.clear();
    m_expected.clear();
    m_state = State::Failed;
    emitEvent(SessionFailed {kind, reply, text});
}

} // namespace Letterbox::Smtp
