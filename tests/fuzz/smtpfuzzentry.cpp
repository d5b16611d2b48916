#include "smtpfuzzentry.h"

#include "protocol/smtp/smtpreplyparser.h"
#include "protocol/smtp/smtpsession.h"

#include <QMap>

namespace Letterbox::Fuzz {

namespace {

using namespace Letterbox::Smtp;

struct ParseRun
{
    QList<SmtpReply> replies;
    qint64 errorOffset = -1;
};

ParseRun parseInChunks(const QByteArray &data, qsizetype chunk)
{
    SmtpReplyParser parser;
    ParseRun run;
    for (qsizetype i = 0; i < data.size(); i += chunk) {
        parser.feed(QByteArrayView(data).sliced(i, std::min(chunk, data.size() - i)));
        while (auto reply = parser.nextReply()) {
            run.replies.append(*reply);
        }
    }
    run.errorOffset = parser.errorOffset();
    return run;
}

QString checkParser(const QByteArray &data)
{
    const ParseRun whole = parseInChunks(data, std::max<qsizetype>(data.size(), 1));
    const qsizetype chunk = data.isEmpty() ? 1 : 1 + static_cast<unsigned char>(data[0]) % 17;
    const ParseRun split = parseInChunks(data, chunk);
    if (whole.replies != split.replies || whole.errorOffset != split.errorOffset) {
        return QStringLiteral("parser: chunks of %1 disagree with the whole input").arg(chunk);
    }
    for (const SmtpReply &reply : whole.replies) {
        if (reply.code() < 200 || reply.code() > 559) {
            return QStringLiteral("parser: reply code %1 out of range").arg(reply.code());
        }
        if (reply.lines().size() > SmtpReplyParser::MaxLines) {
            return QStringLiteral("parser: %1 lines in one reply").arg(reply.lines().size());
        }
        for (const QByteArray &line : reply.lines()) {
            if (line.size() > SmtpReplyParser::MaxLineLength) {
                return QStringLiteral("parser: a line of %1 octets").arg(line.size());
            }
        }
        (void)reply.text(); // must not crash on any bytes
    }
    return {};
}

QString checkSession(const QByteArray &data)
{
    SmtpSessionConfig config;
    config.ehloName = QStringLiteral("fuzz.example");
    config.security = SmtpSecurity::ImplicitTls;
    if (!data.isEmpty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
        config.credentials = SmtpCredentials {QStringLiteral("user"), QStringLiteral("password"), {}};
    }
    config.maxMessagesInFlight = 2;
    SmtpSession session(config);
    const quint64 tokens[] = {1, 2};
    for (quint64 token : tokens) {
        session.submit(
            {QStringLiteral("a@example.com"), {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")}, {}},
            QByteArrayLiteral("Subject: x\r\n\r\n.\r\nbody\r\n"), token);
    }
    session.quit();

    QMap<quint64, int> results;
    bool ended = false;
    QString problem;
    auto drain = [&] {
        while (auto event = session.nextEvent()) {
            if (ended && problem.isEmpty()) {
                problem = QStringLiteral("session: an event after SessionFailed/Closed");
            }
            if (const auto *result = std::get_if<MessageResult>(&*event)) {
                ++results[result->token];
            } else if (std::holds_alternative<SessionFailed>(*event) || std::holds_alternative<Closed>(*event)) {
                ended = true;
            } else if (std::holds_alternative<StartTls>(*event)) {
                session.tlsEstablished();
            }
        }
    };
    drain();
    const qsizetype chunk = data.size() < 2 ? 1 : 1 + static_cast<unsigned char>(data[1]) % 64;
    for (qsizetype i = 0; i < data.size(); i += chunk) {
        session.receive(QByteArrayView(data).sliced(i, std::min(chunk, data.size() - i)));
        drain();
    }
    session.connectionLost();
    drain();
    if (!problem.isEmpty()) {
        return problem;
    }
    if (session.state() != SmtpSession::State::Closed && session.state() != SmtpSession::State::Failed) {
        return QStringLiteral("session: not ended after connectionLost()");
    }
    for (quint64 token : tokens) {
        if (results.value(token) != 1) {
            return QStringLiteral("session: message %1 got %2 results").arg(token).arg(results.value(token));
        }
    }
    if (results.size() != 2) {
        return QStringLiteral("session: a result for an unknown token");
    }
    return {};
}

} // namespace

QString runSmtpFuzzInput(const QByteArray &data)
{
    QString problem = checkParser(data);
    if (problem.isEmpty()) {
        problem = checkSession(data);
    }
    return problem;
}

} // namespace Letterbox::Fuzz
