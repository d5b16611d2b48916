#include "services/autoconfig/serverprobe.h"

#include "protocol/imap/imapframer.h"
#include "protocol/imap/imapparser.h"
#include "protocol/net/connection.h"
#include "protocol/pop3/pop3capabilities.h"
#include "protocol/pop3/pop3replyparser.h"
#include "protocol/smtp/smtpcapabilities.h"
#include "protocol/smtp/smtpreplyparser.h"
#include "services/autoconfig/dnsquery.h"

namespace Letterbox::Services {

using Accounts::AutoconfigServerType;
using Accounts::Security;

namespace {

// A capability reply is small; a probe that reads more is talking to something else.
constexpr qsizetype s_maximumBytes = 64 * 1024;

Protocol::OutgoingData line(const char *text)
{
    return Protocol::OutgoingData::command(QByteArray(text));
}

} // namespace

struct ServerProbe::Parsers
{
    Imap::ImapFramer imap {Imap::ImapFramerLimits {4096, 0, s_maximumBytes}};
    Pop3::Pop3ReplyParser pop3;
    Smtp::SmtpReplyParser smtp;
    bool imapStartTls = false;
    qsizetype received = 0;
};

ServerProbe::ServerProbe(AutoconfigServerType type, const QString &host, quint16 port, Security security,
    const AutoconfigOptions &options, QObject *parent)
    : QObject(parent)
    , m_type(type)
    , m_host(host)
    , m_port(port)
    , m_security(security)
    , m_options(options)
    , m_parsers(std::make_unique<Parsers>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refuse(tr("%1:%2 did not answer within %3 s").arg(m_host).arg(m_port).arg(m_options.probeTimeoutMs / 1000.0));
    });
}

ServerProbe::~ServerProbe() = default;

void ServerProbe::start()
{
    if (m_options.probeTimeoutMs > 0) {
        m_timer.start(m_options.probeTimeoutMs);
    }
    if (m_options.nameserver.isNull()) {
        connectTo(QString());
        return;
    }
    auto *query = new DnsQuery(QDnsLookup::A, m_host, m_options, this);
    connect(query, &DnsQuery::finished, this, [this, query] {
        query->deleteLater();
        if (m_done) {
            return;
        }
        if (query->hostAddressRecords().isEmpty()) {
            refuse(query->errorString().isEmpty() ? tr("%1 has no address").arg(m_host) : query->errorString());
            return;
        }
        connectTo(query->hostAddressRecords().first().value().toString());
    });
    query->start();
}

void ServerProbe::connectTo(const QString &address)
{
    m_connection = new Net::Connection(this);
    connect(m_connection, &Net::Connection::dataReceived, this, &ServerProbe::onData);
    connect(m_connection, &Net::Connection::failed, this, &ServerProbe::onFailed);
    connect(m_connection, &Net::Connection::closed, this,
        [this] { refuse(tr("%1:%2 closed the connection").arg(m_host).arg(m_port)); });
    if (m_type == AutoconfigServerType::Pop3) {
        m_parsers->pop3.expect(Pop3::Pop3ReplyParser::Expect::SingleLine);
    }
    Net::TlsPolicy policy;
    policy.mode = m_security == Security::Tls ? Net::SecurityMode::ImplicitTls : Net::SecurityMode::None;
    policy.extraCaCertificates = m_options.extraCaCertificates;
    if (!address.isEmpty()) {
        m_connection->setAddress(address);
    }
    const int limit = m_options.probeTimeoutMs;
    m_connection->connectToServer(Net::Endpoint {m_host, m_port}, policy, Net::Timeouts {limit, limit, 0});
}

void ServerProbe::onData(const QByteArray &data)
{
    if (m_done) {
        return;
    }
    m_parsers->received += data.size();
    if (m_parsers->received > s_maximumBytes) {
        refuse(tr("%1:%2 sent more than a capability reply").arg(m_host).arg(m_port));
        return;
    }
    switch (m_type) {
    case AutoconfigServerType::Imap: {
        m_parsers->imap.feed(data);
        for (Imap::ImapFramer::Frame frame = m_parsers->imap.next();
             !m_done && frame.kind != Imap::ImapFramer::Frame::Kind::NeedMoreData; frame = m_parsers->imap.next()) {
            const Imap::ImapParseResult parsed = frame.kind == Imap::ImapFramer::Frame::Kind::Response
                ? Imap::ImapParser::parse(frame.bytes)
                : Imap::ImapParseResult {};
            if (!parsed.response) {
                refuse(tr("%1:%2 does not speak IMAP").arg(m_host).arg(m_port));
                return;
            }
            if (const auto *capability = std::get_if<Imap::ImapCapabilityResponse>(&*parsed.response)) {
                m_parsers->imapStartTls = m_parsers->imapStartTls || capability->has("STARTTLS");
                continue;
            }
            const auto *status = std::get_if<Imap::ImapStatusResponse>(&*parsed.response);
            if (!status) {
                continue;
            }
            if (m_step == 0 && !status->isTagged()) {
                if (status->status != Imap::ImapStatus::Ok && status->status != Imap::ImapStatus::PreAuth) {
                    refuse(tr("%1:%2 greeted with a refusal").arg(m_host).arg(m_port));
                    return;
                }
                m_step = 1;
                m_connection->send(line("A1 CAPABILITY\r\n"));
            } else if (m_step == 1 && status->tag == "A1") {
                if (status->status != Imap::ImapStatus::Ok) {
                    refuse(tr("%1:%2 refused CAPABILITY").arg(m_host).arg(m_port));
                    return;
                }
                m_connection->send(line("A2 LOGOUT\r\n"));
                answer(m_parsers->imapStartTls);
            }
        }
        break;
    }
    case AutoconfigServerType::Pop3: {
        m_parsers->pop3.feed(data);
        while (!m_done) {
            const std::optional<Pop3::Pop3ParserEvent> event = m_parsers->pop3.next();
            if (!event) {
                if (m_parsers->pop3.hasError()) {
                    refuse(tr("%1:%2 does not speak POP3").arg(m_host).arg(m_port));
                }
                return;
            }
            const auto *reply = std::get_if<Pop3::Pop3Reply>(&*event);
            if (!reply) {
                continue;
            }
            if (m_step == 0) {
                if (!reply->isOk()) {
                    refuse(tr("%1:%2 greeted with a refusal").arg(m_host).arg(m_port));
                    return;
                }
                m_step = 1;
                m_parsers->pop3.expect(Pop3::Pop3ReplyParser::Expect::MultiLine);
                m_connection->send(line("CAPA\r\n"));
            } else {
                // -ERR to CAPA: an RFC 1939 server, which has no STLS.
                const bool stls = reply->isOk() && Pop3::Pop3Capabilities::fromCapaLines(reply->lines).hasStls();
                m_connection->send(line("QUIT\r\n"));
                answer(stls);
            }
        }
        break;
    }
    case AutoconfigServerType::Smtp: {
        m_parsers->smtp.feed(data);
        while (!m_done) {
            const std::optional<Smtp::SmtpReply> reply = m_parsers->smtp.nextReply();
            if (!reply) {
                if (m_parsers->smtp.hasError()) {
                    refuse(tr("%1:%2 does not speak SMTP").arg(m_host).arg(m_port));
                }
                return;
            }
            if (m_step == 0) {
                if (reply->code() != 220) {
                    refuse(tr("%1:%2 greeted with %3").arg(m_host).arg(m_port).arg(reply->code()));
                    return;
                }
                m_step = 1;
                m_connection->send(line("EHLO [127.0.0.1]\r\n"));
            } else {
                if (reply->code() != 250) {
                    refuse(tr("%1:%2 refused EHLO").arg(m_host).arg(m_port));
                    return;
                }
                m_connection->send(line("QUIT\r\n"));
                answer(Smtp::SmtpCapabilities::fromEhloReply(*reply).hasStartTls());
            }
        }
        break;
    }
    }
}

void ServerProbe::onFailed(const Net::NetError &error)
{
    if (m_done) {
        return;
    }
    if (error.kind == Net::NetError::Kind::Certificate && m_security == Security::Tls) {
        // The handshake ran: TLS is offered there, with a certificate to decide on later.
        m_result.answered = true;
        m_result.offered = Security::Tls;
        m_result.untrustedCertificate = error.certificate;
        finish();
        return;
    }
    refuse(error.message);
}

void ServerProbe::answer(bool startTlsOffered)
{
    m_result.answered = true;
    if (m_security == Security::Tls) {
        m_result.offered = Security::Tls;
    } else {
        m_result.offered = startTlsOffered ? Security::StartTls : Security::None;
    }
    m_step = 2;
    finish();
}

void ServerProbe::refuse(const QString &why)
{
    if (m_done) {
        return;
    }
    m_result.answered = false;
    m_result.error = why;
    finish();
}

void ServerProbe::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        // The goodbye just sent is flushed by a graceful close; the object goes with us.
        if (m_connection->state() == Net::Connection::State::Ready) {
            m_connection->close();
        } else {
            m_connection->abort();
        }
    }
    Q_EMIT finished();
}

} // namespace Letterbox::Services
