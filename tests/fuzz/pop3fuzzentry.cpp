#include "pop3fuzzentry.h"

#include "protocol/pop3/pop3replyparser.h"
#include "protocol/pop3/pop3session.h"

#include <QMap>
#include <QSet>

namespace Letterbox::Fuzz {

namespace {

using namespace Letterbox::Pop3;
using Expect = Pop3ReplyParser::Expect;

struct ParseRun
{
    QList<Pop3Reply> replies;
    QByteArrayList bodies; ///< every complete body
    QByteArray unfinished; ///< octets of a body not ended yet
    qint64 errorOffset = -1;
    QString problem;
};

Pop3Limits smallLimits()
{
    Pop3Limits limits;
    limits.maxLineLength = 200;
    limits.maxListingSize = 4096;
    limits.maxMessageSize = 8192;
    limits.chunkSize = 7;
    return limits;
}

ParseRun parseInChunks(const QByteArray &data, qsizetype chunk, const QList<Expect> &expectations)
{
    const Pop3Limits limits = smallLimits();
    Pop3ReplyParser parser(limits);
    for (Expect e : expectations) {
        parser.expect(e);
    }
    ParseRun run;
    qint64 bodySize = 0;
    for (qsizetype i = 0; i < data.size(); i += chunk) {
        parser.feed(QByteArrayView(data).sliced(i, std::min(chunk, data.size() - i)));
        while (auto event = parser.next()) {
            if (const auto *reply = std::get_if<Pop3Reply>(&*event)) {
                run.replies.append(*reply);
                if (reply->text.size() > limits.maxLineLength) {
                    run.problem = QStringLiteral("parser: a status line over the limit");
                }
            } else if (const auto *body = std::get_if<Pop3BodyChunk>(&*event)) {
                if (body->data.isEmpty()) {
                    run.problem = QStringLiteral("parser: an empty chunk");
                }
                run.unfinished += body->data;
                bodySize += body->data.size();
                if (bodySize > limits.maxMessageSize) {
                    run.problem = QStringLiteral("parser: a body over the limit");
                }
            } else if (const auto *end = std::get_if<Pop3BodyEnd>(&*event)) {
                if (end->size != bodySize) {
                    run.problem = QStringLiteral("parser: BodyEnd size %1, delivered %2").arg(end->size).arg(bodySize);
                }
                run.bodies.append(std::exchange(run.unfinished, {}));
                bodySize = 0;
            }
        }
    }
    run.errorOffset = parser.errorOffset();
    return run;
}

QString checkParser(const QByteArray &data)
{
    QList<Expect> expectations;
    const unsigned selector = data.isEmpty() ? 0 : static_cast<unsigned char>(data[0]);
    for (int i = 0; i < 16; ++i) {
        expectations.append(static_cast<Expect>((selector >> (i % 4) * 2 ^ i) & 3));
    }
    const ParseRun whole = parseInChunks(data, std::max<qsizetype>(data.size(), 1), expectations);
    const qsizetype chunk = data.size() < 2 ? 1 : 1 + static_cast<unsigned char>(data[1]) % 23;
    const ParseRun split = parseInChunks(data, chunk, expectations);
    if (!whole.problem.isEmpty()) {
        return whole.problem;
    }
    if (!split.problem.isEmpty()) {
        return split.problem;
    }
    if (whole.replies != split.replies || whole.errorOffset != split.errorOffset) {
        return QStringLiteral("parser: chunks of %1 disagree with the whole input").arg(chunk);
    }
    // Bodies before an error may be cut differently; without one they must be the same,
    // except that an unfinished body's last octets may still wait for a full chunk: those
    // tails must agree as far as both go.
    const qsizetype tail = std::min(whole.unfinished.size(), split.unfinished.size());
    if (whole.errorOffset < 0
        && (whole.bodies != split.bodies || whole.unfinished.first(tail) != split.unfinished.first(tail))) {
        return QStringLiteral("parser: chunks of %1 deliver other body octets").arg(chunk);
    }
    return {};
}

QString checkSession(const QByteArray &data)
{
    Pop3SessionConfig config;
    config.security = Pop3Security::ImplicitTls;
    config.credentials = Pop3Credentials {QStringLiteral("user"), QStringLiteral("password"), {}};
    config.limits = smallLimits();
    config.maxCommandsInFlight = 4;
    Pop3Session session(config);

    QMap<quint64, int> finals;
    QSet<quint64> streaming;
    int deletions = 0;
    bool ended = false;
    bool ready = false;
    QString problem;
    auto note = [&](const QString &text) {
        if (problem.isEmpty()) {
            problem = text;
        }
    };
    auto finish = [&](quint64 token) {
        ++finals[token];
        streaming.remove(token);
    };
    auto drain = [&] {
        while (auto event = session.nextEvent()) {
            if (ended) {
                note(QStringLiteral("session: an event after SessionFailed/Closed"));
            }
            if (std::holds_alternative<Ready>(*event)) {
                ready = true;
            } else if (const auto *e = std::get_if<StatResult>(&*event)) {
                finish(e->token);
            } else if (const auto *e = std::get_if<ListResult>(&*event)) {
                finish(e->token);
            } else if (const auto *e = std::get_if<UidlResult>(&*event)) {
                finish(e->token);
                for (const Pop3UidlEntry &entry : e->entries) {
                    if (entry.uidl.isEmpty() || entry.uidl.size() > 70
                        || std::any_of(
                            entry.uidl.cbegin(), entry.uidl.cend(), [](char c) { return c < 0x21 || c > 0x7e; })) {
                        note(QStringLiteral("session: an invalid UIDL was accepted"));
                    }
                }
            } else if (const auto *e = std::get_if<RetrStarted>(&*event)) {
                if (streaming.contains(e->token)) {
                    note(QStringLiteral("session: RetrStarted twice"));
                }
                streaming.insert(e->token);
            } else if (const auto *e = std::get_if<RetrData>(&*event)) {
                if (!streaming.contains(e->token)) {
                    note(QStringLiteral("session: RetrData outside a RETR"));
                }
            } else if (const auto *e = std::get_if<RetrDone>(&*event)) {
                if (!streaming.contains(e->token)) {
                    note(QStringLiteral("session: RetrDone without RetrStarted"));
                }
                finish(e->token);
            } else if (const auto *e = std::get_if<DeleResult>(&*event)) {
                finish(e->token);
            } else if (const auto *e = std::get_if<CommandOk>(&*event)) {
                finish(e->token);
            } else if (const auto *e = std::get_if<CommandFailed>(&*event)) {
                finish(e->token);
            } else if (std::holds_alternative<DeletionsResult>(*event)) {
                ++deletions;
            } else if (std::holds_alternative<SessionFailed>(*event) || std::holds_alternative<Closed>(*event)) {
                ended = true;
            }
        }
    };
    // A greeted, logged-in session (USER/PASS with PIPELINING when the input's first
    // octet is odd), then the commands.
    const bool pipelining = !data.isEmpty() && (static_cast<unsigned char>(data[0]) & 1);
    session.receive(pipelining ? QByteArrayLiteral("+OK\r\n+OK\r\nUSER\r\nPIPELINING\r\n.\r\n+OK\r\n+OK\r\n")
                               : QByteArrayLiteral("+OK\r\n-ERR\r\n+OK\r\n+OK\r\n"));
    drain();
    if (!ready) {
        return QStringLiteral("session: the scripted login did not reach Ready");
    }
    const quint64 tokens = 10;
    session.stat(1);
    session.uidl(2);
    session.list(3);
    session.retr(4, 1);
    session.top(5, 2, 0);
    session.dele(6, 1);
    session.list(7, 2);
    session.uidl(8, 2);
    session.rset(9);
    session.noop(10);
    session.quit();
    drain();
    const qsizetype chunk = data.size() < 3 ? 1 : 1 + static_cast<unsigned char>(data[2]) % 64;
    for (qsizetype i = 0; i < data.size(); i += chunk) {
        session.receive(QByteArrayView(data).sliced(i, std::min(chunk, data.size() - i)));
        drain();
    }
    session.connectionLost();
    drain();
    if (!problem.isEmpty()) {
        return problem;
    }
    if (session.state() != Pop3Session::State::Closed && session.state() != Pop3Session::State::Failed) {
        return QStringLiteral("session: not ended after connectionLost()");
    }
    if (deletions != 1) {
        return QStringLiteral("session: %1 DeletionsResult events").arg(deletions);
    }
    for (quint64 token = 1; token <= tokens; ++token) {
        if (finals.value(token) != 1) {
            return QStringLiteral("session: command %1 got %2 final events").arg(token).arg(finals.value(token));
        }
    }
    if (finals.size() != int(tokens)) {
        return QStringLiteral("session: a final event for an unknown token");
    }
    return {};
}

} // namespace

QString runPop3FuzzInput(const QByteArray &data)
{
    QString problem = checkParser(data);
    if (problem.isEmpty()) {
        problem = checkSession(data);
    }
    return problem;
}

} // namespace Letterbox::Fuzz
