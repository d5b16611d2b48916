#include "protocol/imap/imapsession.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Letterbox::Imap;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/imap/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll();
}

// A short, stable name of an untagged response: "EXISTS 3", "FETCH 1 uid=7", "OK UIDVALIDITY".
QString describe(const ImapResponse &response)
{
    if (const auto *s = std::get_if<ImapStatusResponse>(&response)) {
        static const char *names[] = {"OK", "NO", "BAD", "PREAUTH", "BYE"};
        QString text = QLatin1String(names[int(s->status)]);
        if (!s->code.name.isEmpty()) {
            text += QLatin1Char(' ') + QString::fromLatin1(s->code.name);
        }
        return text;
    }
    if (const auto *e = std::get_if<ImapExistsResponse>(&response)) {
        return QStringLiteral("EXISTS %1").arg(e->count);
    }
    if (const auto *r = std::get_if<ImapRecentResponse>(&response)) {
        return QStringLiteral("RECENT %1").arg(r->count);
    }
    if (const auto *x = std::get_if<ImapExpungeResponse>(&response)) {
        return QStringLiteral("EXPUNGE %1").arg(x->sequence);
    }
    if (const auto *f = std::get_if<ImapFetchResponse>(&response)) {
        return QStringLiteral("FETCH %1 uid=%2").arg(f->sequence).arg(f->uid ? f->uid->value : 0);
    }
    if (const auto *v = std::get_if<ImapVanishedResponse>(&response)) {
        return QStringLiteral("VANISHED%1 %2")
            .arg(v->earlier ? QStringLiteral(" EARLIER") : QString(), QString::fromLatin1(v->uids.toByteArray()));
    }
    if (std::holds_alternative<ImapFlagsResponse>(response)) {
        return QStringLiteral("FLAGS");
    }
    if (std::holds_alternative<ImapCapabilityResponse>(response)) {
        return QStringLiteral("CAPABILITY");
    }
    if (std::holds_alternative<ImapListResponse>(response)) {
        return QStringLiteral("LIST");
    }
    return QStringLiteral("other");
}

QString kindName(ImapErrorKind kind)
{
    switch (kind) {
    case ImapErrorKind::Security:
        return QStringLiteral("Security");
    case ImapErrorKind::Authentication:
        return QStringLiteral("Authentication");
    case ImapErrorKind::Temporary:
        return QStringLiteral("Temporary");
    case ImapErrorKind::Protocol:
        return QStringLiteral("Protocol");
    case ImapErrorKind::ServerBye:
        return QStringLiteral("ServerBye");
    case ImapErrorKind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    }
    return {};
}

/*
 * A scripted server for ImapSession (KIMAP's scenario format without the socket, as in
 * tst_smtpsession). Tags are deterministic: the session's encoder numbers its commands
 * A1, A2, ... in the order they go out, so scripts spell them out. One directive a line:
 *
 *   C: text     the client must have written this line (CRLF added); checked in order
 *   S: text     a server line; consecutive S: lines are one chunk (or byte by byte, or
 *               in seeded random pieces)
 *   F: file     the lines of tests/data/imap/<file>, as S: lines (tags rewritten: see R:)
 *   R: a b      in the following F: fixtures, replace the tag "a" by "b"
 *   E: event    the next event other than SendData: "ready [enabled=A,B]", "starttls",
 *               "compress", "* <untagged>", "done <token> <OK|NO|BAD> [CODE]",
 *               "aborted <token>", "idle <token>", "warning", "failed <Kind>", "closed"
 *   N:          the client has written nothing more than the C: lines so far (it waits)
 *   T:          tlsEstablished() (after "E: starttls")
 *   M: token what args    submit(): noop, select <box> [qresync], uidfetch <set>,
 *               append <box> (message "Subject: a\r\n\r\nhi\r\n"), compress, badflag (refused)
 *   I: token    idle()
 *   D:          done()
 *   L:          logout()
 *   X           connectionLost()
 * At the end nothing may be left: no unchecked client bytes, no unchecked event.
 */
class ScriptRunner
{
public:
    enum class Chunks { Whole, ByteByByte, Random };

    ScriptRunner(const ImapSessionConfig &config, Chunks chunks, quint32 seed = 1)
        : m_session(config)
        , m_chunks(chunks)
        , m_random(seed)
    { }

    QString run(const QByteArray &script)
    {
        QByteArray flight;
        int lineNumber = 0;
        QList<std::pair<QByteArray, QByteArray>> retags;
        for (QByteArray line : script.split('\n')) {
            ++lineNumber;
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith('#')) {
                continue;
            }
            const QByteArray rest = line.mid(line.size() > 2 && line[2] == ' ' ? 3 : 2);
            if (line.startsWith("S:")) {
                flight += rest + "\r\n";
                continue;
            }
            if (line.startsWith("F:")) {
                QByteArray data = fixture(rest.constData());
                for (const auto &[from, to] : std::as_const(retags)) {
                    QByteArrayList lines = data.split('\n');
                    for (QByteArray &l : lines) {
                        if (l.startsWith(QByteArray(from + ' '))) {
                            l = to + l.mid(from.size());
                        }
                    }
                    data = lines.join('\n');
                }
                flight += data;
                continue;
            }
            if (line.startsWith("R:")) {
                const QByteArrayList words = rest.split(' ');
                retags.append({words.value(0), words.value(1)});
                continue;
            }
            flush(flight);
            const QString where = QStringLiteral("script line %1 (%2): ").arg(lineNumber).arg(QString::fromUtf8(line));
            if (line.startsWith("C:")) {
                const QByteArray expected = rest + "\r\n";
                const QByteArray written = m_written.mid(m_checked, expected.size());
                if (written != expected) {
                    return where
                        + QStringLiteral("client wrote \"%1\"").arg(QString::fromUtf8(m_written.mid(m_checked, 200)));
                }
                m_checked += expected.size();
            } else if (line.startsWith("E:")) {
                const QString expected = QString::fromUtf8(rest);
                if (m_observed.isEmpty()) {
                    return where + QStringLiteral("no event");
                }
                const QString got = m_observed.takeFirst();
                if (got != expected) {
                    return where + QStringLiteral("event was \"%1\"").arg(got);
                }
            } else if (line.startsWith("N:")) {
                if (m_checked != m_written.size()) {
                    return where
                        + QStringLiteral("client already wrote \"%1\"")
                              .arg(QString::fromUtf8(m_written.mid(m_checked)));
                }
            } else if (line.startsWith("T:")) {
                m_session.tlsEstablished();
                drain();
            } else if (line.startsWith("M:")) {
                submit(rest);
            } else if (line.startsWith("I:")) {
                m_session.idle(rest.toULongLong());
                drain();
            } else if (line.startsWith("D:")) {
                m_session.done();
                drain();
            } else if (line.startsWith("L:")) {
                m_session.logout();
                drain();
            } else if (line == "X") {
                m_session.connectionLost();
                drain();
            } else {
                return where + QStringLiteral("unknown directive");
            }
        }
        flush(flight);
        if (m_checked != m_written.size()) {
            return QStringLiteral("unchecked client output: \"%1\"").arg(QString::fromUtf8(m_written.mid(m_checked)));
        }
        if (!m_observed.isEmpty()) {
            return QStringLiteral("unchecked events: %1").arg(m_observed.join(QLatin1String(", ")));
        }
        return {};
    }

    [[nodiscard]] const QByteArray &redacted() const { return m_redacted; }
    [[nodiscard]] ImapSession &session() { return m_session; }
    [[nodiscard]] const std::optional<SessionFailed> &failure() const { return m_failure; }
    [[nodiscard]] const QList<CommandDone> &done() const { return m_done; }
    [[nodiscard]] const QByteArray &compressedInput() const { return m_compressedInput; }

private:
    void flush(QByteArray &flight)
    {
        if (flight.isEmpty()) {
            return;
        }
        if (m_chunks != Chunks::Whole) {
            for (qsizetype i = 0; i < flight.size();) {
                const qsizetype size = m_chunks == Chunks::ByteByByte
                    ? 1
                    : std::min<qsizetype>(flight.size() - i, m_random.bounded(1, 12));
                m_session.receive(QByteArrayView(flight).sliced(i, size));
                drain();
                i += size;
            }
        } else {
            m_session.receive(flight);
            drain();
        }
        flight.clear();
    }

    void submit(const QByteArray &arguments)
    {
        const QByteArrayList words = arguments.split(' ');
        const quint64 token = words.value(0).toULongLong();
        const QByteArray what = words.value(1);
        const QString box = QString::fromUtf8(words.value(2));
        ImapCommandBuilder builder;
        if (what == "noop") {
            builder = [](ImapEncoder &e) { return e.noop(); };
        } else if (what == "select") {
            ImapSelectOptions options;
            if (words.value(3) == "qresync") {
                options.qresync = ImapQresync {1796175103, 3, ImapSequenceSet::range(1, 60), std::nullopt};
            }
            builder = [box, options](ImapEncoder &e) { return e.select(box, options); };
        } else if (what == "uidfetch") {
            const auto set = *ImapSequenceSet::parse(words.value(2));
            builder = [set](ImapEncoder &e) {
                ImapFetchRequest request;
                request.flags = true;
                return e.uidFetch(set, request);
            };
        } else if (what == "append") {
            builder = [box](ImapEncoder &e) {
                return e.append(box, {}, std::nullopt, QByteArrayLiteral("Subject: a\r\n\r\nhi\r\n"));
            };
        } else if (what == "compress") {
            builder = [](ImapEncoder &e) { return e.compressDeflate(); };
        } else if (what == "badflag") {
            builder = [](ImapEncoder &e) {
                return e.uidStore(
                    ImapSequenceSet::range(1, 2), ImapStoreMode::Add, {QByteArrayLiteral("a\r\nA9 LOGOUT")});
            };
        }
        m_session.submit(builder, token);
        drain();
    }

    void drain()
    {
        while (std::optional<ImapSessionEvent> event = m_session.nextEvent()) {
            if (const auto *send = std::get_if<SendData>(&*event)) {
                m_written += send->data.bytes;
                m_redacted += send->data.redacted();
            } else if (std::holds_alternative<StartTls>(*event)) {
                m_observed.append(QStringLiteral("starttls"));
            } else if (const auto *compress = std::get_if<CompressStart>(&*event)) {
                m_compressedInput += compress->compressedInput;
                m_observed.append(QStringLiteral("compress"));
            } else if (const auto *ready = std::get_if<Ready>(&*event)) {
                QString text = QStringLiteral("ready");
                if (!ready->enabled.isEmpty()) {
                    text += QStringLiteral(" enabled=") + QString::fromLatin1(ready->enabled.join(','));
                }
                m_observed.append(text);
            } else if (const auto *untagged = std::get_if<UntaggedResponse>(&*event)) {
                m_observed.append(QStringLiteral("* ") + describe(untagged->response));
            } else if (const auto *done = std::get_if<CommandDone>(&*event)) {
                m_done.append(*done);
                static const char *names[] = {"OK", "NO", "BAD", "PREAUTH", "BYE"};
                QString text
                    = QStringLiteral("done %1 %2").arg(done->token).arg(QLatin1String(names[int(done->reply.status)]));
                if (!done->reply.code.name.isEmpty()) {
                    text += QLatin1Char(' ') + QString::fromLatin1(done->reply.code.name);
                }
                m_observed.append(text);
            } else if (const auto *aborted = std::get_if<CommandAborted>(&*event)) {
                m_observed.append(QStringLiteral("aborted %1").arg(aborted->token));
            } else if (const auto *idle = std::get_if<IdleStarted>(&*event)) {
                m_observed.append(QStringLiteral("idle %1").arg(idle->token));
            } else if (std::holds_alternative<ProtocolWarning>(*event)) {
                m_observed.append(QStringLiteral("warning"));
            } else if (const auto *failed = std::get_if<SessionFailed>(&*event)) {
                m_failure = *failed;
                m_observed.append(QStringLiteral("failed ") + kindName(failed->kind));
            } else if (std::holds_alternative<Closed>(*event)) {
                m_observed.append(QStringLiteral("closed"));
            }
        }
    }

    ImapSession m_session;
    Chunks m_chunks;
    QRandomGenerator m_random;
    QByteArray m_written;
    QByteArray m_redacted;
    qsizetype m_checked = 0;
    QStringList m_observed;
    std::optional<SessionFailed> m_failure;
    QList<CommandDone> m_done;
    QByteArray m_compressedInput;
};

// "implicit" | "starttls" | "none", "login=user:password", "token=user:token", "plaintext-ok",
// "window=N", "id" (send ID name=letterbox), "noenable", "maxliteral=N", "maxline=N".
ImapSessionConfig configFrom(const QString &spec)
{
    ImapSessionConfig config;
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("implicit")) {
            config.security = ImapSecurity::ImplicitTls;
        } else if (word == QLatin1String("starttls")) {
            config.security = ImapSecurity::StartTls;
        } else if (word == QLatin1String("none")) {
            config.security = ImapSecurity::None;
        } else if (word == QLatin1String("plaintext-ok")) {
            config.plaintextAllowed = true;
        } else if (word.startsWith(QLatin1String("login="))) {
            const QStringList parts = word.mid(6).split(QLatin1Char(':'));
            config.credentials = ImapCredentials {parts.value(0), parts.value(1), {}};
        } else if (word.startsWith(QLatin1String("token="))) {
            const QStringList parts = word.mid(6).split(QLatin1Char(':'));
            config.credentials = ImapCredentials {parts.value(0), {}, parts.value(1)};
        } else if (word.startsWith(QLatin1String("window="))) {
            config.maxCommandsInFlight = word.mid(7).toInt();
        } else if (word == QLatin1String("id")) {
            config.id = {{QByteArrayLiteral("name"), QByteArrayLiteral("letterbox")}};
        } else if (word.startsWith(QLatin1String("maxliteral="))) {
            config.limits.maxLiteralSize = word.mid(11).toInt();
        } else if (word.startsWith(QLatin1String("maxline="))) {
            config.limits.maxLineLength = word.mid(8).toInt();
        } else if (word == QLatin1String("noenable")) {
            config.enableCondStore = config.enableQResync = config.enableUtf8Accept = false;
        }
    }
    return config;
}

} // namespace

class TestImapSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcript_data();
    void transcript();
    void passwordIsMaskedInTheTranscript();
    void compressHandsBackWhatFollowsTheOk();
    void flowOfCommands_data();
    void flowOfCommands();
};

// The login most rows start with: implicit TLS, Dovecot's greeting, AUTHENTICATE CRAM-MD5
// (the strongest it offers; RFC 2195's own example exchange), capabilities in an untagged
// CAPABILITY (dovecot-login.txt), ENABLE QRESYNC. Config: "implicit " + timLogin.
static const QByteArray dovecotLogin = R"(
    F: dovecot-greeting.txt
    C: A1 AUTHENTICATE CRAM-MD5
    N:
    S: + PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
    C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
    R: a2 A1
    F: dovecot-login.txt
    C: A2 ENABLE QRESYNC
    S: * ENABLED QRESYNC
    S: A2 OK Enabled
    E: ready enabled=QRESYNC
)";

void TestImapSession::transcript_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("alsoByteByByte");

    QTest::newRow("dovecot-greeting-with-capability-code-login-enable-id")
        << QStringLiteral("implicit login=alice:secret id") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 ID ENABLE] ready
        C: A1 LOGIN alice "secret"
        S: A1 OK [CAPABILITY IMAP4rev1 ID ENABLE IDLE CONDSTORE QRESYNC LITERAL+ UTF8=ACCEPT] Logged in
        C: A2 ENABLE QRESYNC UTF8=ACCEPT
        C: A3 ID ("name" "letterbox")
        S: * ENABLED QRESYNC UTF8=ACCEPT
        S: A2 OK Enabled
        R: a3 A3
        F: dovecot-id.txt
        E: ready enabled=QRESYNC,UTF8=ACCEPT
        L:
        C: A4 LOGOUT
        R: a17 A4
        F: dovecot-logout.txt
        E: * BYE
        E: closed
    )") << true;

    QTest::newRow("no-capability-code-asks-capability-and-again-after-login")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf noenable") << QByteArray(R"(
        S: * OK ready
        C: A1 CAPABILITY
        R: a1 A1
        F: dovecot-capability.txt
        C: A2 AUTHENTICATE CRAM-MD5
        S: + PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
        C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
        S: A2 OK Logged in
        C: A3 CAPABILITY
        S: * CAPABILITY IMAP4rev1 IDLE
        S: A3 OK done
        E: ready
    )") << true;

    QTest::newRow("authenticate-plain-without-sasl-ir-waits-for-plus")
        << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
        C: A1 AUTHENTICATE PLAIN
        N:
        S: +
        C: AGFsaWNlAHNlY3JldA==
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
    )") << true;

    QTest::newRow("preauth-with-starttls-required-is-security")
        << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in already
        E: failed Security
    )") << true;

    QTest::newRow("preauth-over-implicit-tls-is-ready") << QStringLiteral("implicit") << QByteArray(R"(
        S: * PREAUTH [CAPABILITY IMAP4rev1 ENABLE CONDSTORE] welcome
        C: A1 ENABLE CONDSTORE
        S: A1 OK Enabled
        E: ready
    )") << true;

    QTest::newRow("bye-greeting") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: * BYE too many connections
        E: failed ServerBye
    )") << true;

    QTest::newRow("starttls-then-capabilities-asked-again")
        << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        F: dovecot-greeting.txt
        C: A1 STARTTLS
        N:
        S: A1 OK Begin TLS negotiation now.
        E: starttls
        N:
        T:
        C: A2 CAPABILITY
        S: * CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN
        S: A2 OK done
        C: A3 AUTHENTICATE PLAIN
        S: +
        C: AGFsaWNlAHNlY3JldA==
        S: A3 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
    )") << true;

    QTest::newRow("starttls-missing") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
        E: failed Security
    )") << true;

    QTest::newRow("starttls-refused") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        F: dovecot-greeting.txt
        C: A1 STARTTLS
        S: A1 NO not now
        E: failed Security
    )") << true;

    // Whole only: byte by byte, the injected line arrives during the handshake, which is
    // refused the same way (see "data-during-handshake").
    QTest::newRow("starttls-injection") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        F: dovecot-greeting.txt
        C: A1 STARTTLS
        S: A1 OK Begin TLS negotiation now.
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] forged
        E: failed Security
    )") << false;

    QTest::newRow("data-during-handshake") << QStringLiteral("starttls login=alice:secret") << QByteArray(R"(
        F: dovecot-greeting.txt
        C: A1 STARTTLS
        S: A1 OK Begin TLS negotiation now.
        E: starttls
        S: * OK forged
        E: failed Security
    )") << true;

    QTest::newRow("authenticationfailed") << QStringLiteral("implicit login=alice:wrong") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHdyb25n
        S: A1 NO [AUTHENTICATIONFAILED] Authentication failed.
        E: failed Authentication
    )") << true;

    QTest::newRow("unavailable-is-temporary") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==
        S: A1 NO [UNAVAILABLE] Backend down
        E: failed Temporary
    )") << true;

    QTest::newRow("logindisabled-on-plaintext")
        << QStringLiteral("none login=alice:secret plaintext-ok") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready
        E: failed Security
    )") << true;

    QTest::newRow("password-in-the-clear-not-allowed") << QStringLiteral("none login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
        E: failed Security
    )") << true;

    QTest::newRow("plaintext-allowed-login") << QStringLiteral("none login=alice:secret plaintext-ok") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1] ready
        C: A1 LOGIN alice "secret"
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
    )") << true;

    QTest::newRow("pipelined-select-qresync-and-uid-fetch")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 select INBOX qresync
        M: 2 uidfetch 1:*
        C: A3 SELECT INBOX (QRESYNC (1796175103 3 1:60))
        C: A4 UID FETCH 1:* (UID FLAGS)
        R: a7 A3
        F: dovecot-select-qresync.txt
        S: * VANISHED (EARLIER) 41:43
        S: * 1 FETCH (UID 1 FLAGS (\Seen))
        S: A4 OK Fetch completed
        E: * FLAGS
        E: * OK PERMANENTFLAGS
        E: * EXISTS 60
        E: * RECENT 0
        E: * OK UNSEEN
        E: * OK UIDVALIDITY
        E: * OK UIDNEXT
        E: * OK HIGHESTMODSEQ
        E: done 1 OK READ-WRITE
        E: * VANISHED EARLIER 41:43
        E: * FETCH 1 uid=1
        E: done 2 OK
    )") << true;

    QTest::newRow("select-waits-for-commands-in-flight")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        M: 2 select INBOX
        M: 3 noop
        C: A3 NOOP
        N:
        S: A3 OK
        E: done 1 OK
        C: A4 SELECT INBOX
        C: A5 NOOP
        S: A4 OK [READ-WRITE] done
        S: A5 OK
        E: done 2 OK READ-WRITE
        E: done 3 OK
    )") << true;

    QTest::newRow("window-of-two") << QStringLiteral("implicit login=tim:tanstaaftanstaaf window=2")
                                   << QByteArray(dovecotLogin + R"(
        M: 1 noop
        M: 2 noop
        M: 3 noop
        C: A3 NOOP
        C: A4 NOOP
        N:
        S: A4 OK
        E: done 2 OK
        C: A5 NOOP
        S: A3 OK
        S: A5 OK
        E: done 1 OK
        E: done 3 OK
    )") << true;

    QTest::newRow("synchronising-append-waits-for-plus")
        << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
        M: 1 append Drafts
        M: 2 noop
        C: A2 APPEND Drafts {18}
        N:
        S: + OK
        C: Subject: a
        C:
        C: hi
        C:
        C: A3 NOOP
        S: A2 OK [APPENDUID 1 5] Append completed
        S: A3 OK
        E: done 1 OK APPENDUID
        E: done 2 OK
    )") << true;

    QTest::newRow("synchronising-append-refused") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
        M: 1 append Drafts
        C: A2 APPEND Drafts {18}
        N:
        S: A2 NO [OVERQUOTA] Quota exceeded
        E: done 1 NO OVERQUOTA
    )") << true;

    QTest::newRow("literal-plus-does-not-wait")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 append Drafts
        C: A3 APPEND Drafts {18+}
        C: Subject: a
        C:
        C: hi
        C:
        R: a6 A3
        F: dovecot-append-literalplus.txt
        E: done 1 OK APPENDUID
    )") << true;

    QTest::newRow("idle-with-exists-and-done")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        I: 7
        C: A3 IDLE
        M: 8 noop
        N:
        S: + idling
        E: idle 7
        S: * 61 EXISTS
        E: * EXISTS 61
        N:
        D:
        C: DONE
        S: A3 OK Idle completed
        E: done 7 OK
        C: A4 NOOP
        S: A4 OK
        E: done 8 OK
    )") << true;

    QTest::newRow("done-before-the-plus")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        I: 7
        C: A3 IDLE
        D:
        N:
        S: + idling
        E: idle 7
        C: DONE
        S: A3 OK Idle completed
        E: done 7 OK
    )") << true;

    QTest::newRow("bye-during-a-command")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        C: A3 NOOP
        S: * BYE Server shutting down
        E: * BYE
        M: 2 noop
        X
        E: aborted 1
        E: aborted 2
        E: failed ServerBye
    )") << true;

    QTest::newRow("unknown-tag") << QStringLiteral("implicit login=tim:tanstaaftanstaaf")
                                 << QByteArray(dovecotLogin + R"(
        M: 1 noop
        C: A3 NOOP
        S: Z9 OK what
        E: aborted 1
        E: failed Protocol
    )") << true;

    QTest::newRow("broken-untagged-is-a-warning")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        C: A3 NOOP
        S: * 3 FETCH (UID x)
        S: * 4 EXISTS
        S: A3 OK
        E: warning
        E: * EXISTS 4
        E: done 1 OK
    )") << true;

    QTest::newRow("broken-tagged-is-a-failure")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        C: A3 NOOP
        S: A3 MAYBE later
        E: aborted 1
        E: failed Protocol
    )") << true;

    QTest::newRow("connection-lost-with-three-pending")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf window=2") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        M: 2 noop
        M: 3 noop
        C: A3 NOOP
        C: A4 NOOP
        X
        E: aborted 1
        E: aborted 2
        E: aborted 3
        E: failed ConnectionLost
    )") << true;

    QTest::newRow("refused-command-is-aborted-at-once")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 badflag
        E: aborted 1
    )") << true;

    QTest::newRow("continuation-for-nothing")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        S: + what
        E: failed Protocol
    )") << true;

    QTest::newRow("commands-before-ready-wait") << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        M: 1 noop
        N:
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==
        N:
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
        C: A2 NOOP
        S: A2 OK
        E: done 1 OK
    )") << true;

    QTest::newRow("oauth-token-without-token-mechanism") << QStringLiteral("implicit token=alice:tok") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
        E: failed Authentication
    )") << true;

    QTest::newRow("literal-over-the-limit-is-a-warning-and-skipped-whole")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf maxliteral=10") << QByteArray(dovecotLogin + R"(
        M: 1 uidfetch 1
        C: A3 UID FETCH 1 (UID FLAGS)
        S: * 1 FETCH (UID 1 BODY[] {26}
        S: A3 OK forged in the mail
        S: )
        S: * 2 EXISTS
        S: A3 OK Fetch completed
        E: warning
        E: * EXISTS 2
        E: done 1 OK
    )") << true;

    QTest::newRow("tagged-reply-over-the-limit-aborts-its-command")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf maxline=60") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
        M: 1 noop
        M: 2 noop
        C: A2 NOOP
        C: A3 NOOP
        S: A2 OK this text is far longer than sixty bytes, so the framer drops it whole
        S: A3 OK
        E: aborted 1
        E: done 2 OK
    )") << true;

    QTest::newRow("greeting-over-the-limit") << QStringLiteral("implicit maxline=10") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1] ready
        E: failed Protocol
    )") << true;

    QTest::newRow("xoauth2-with-sasl-ir-refused") << QStringLiteral("implicit token=alice:tok") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sBAQ==
        S: + eyJzdGF0dXMiOiI0MDEifQ==
        C:
        S: A1 NO [AUTHENTICATIONFAILED] Invalid credentials
        E: failed Authentication
    )") << true;

    QTest::newRow("alert-before-ready-reaches-the-caller")
        << QStringLiteral("implicit login=alice:secret") << QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==
        S: * OK [ALERT] Your password expires tomorrow
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: * OK ALERT
        E: ready
    )") << true;

    QTest::newRow("logout-waits-for-commands-in-flight-then-nothing-more")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        C: A3 NOOP
        L:
        M: 2 noop
        E: aborted 2
        N:
        S: A3 OK
        E: done 1 OK
        C: A4 LOGOUT
        S: * BYE Logging out
        E: * BYE
        X
        E: closed
    )") << true;

    QTest::newRow("idle-refused") << QStringLiteral("implicit login=tim:tanstaaftanstaaf")
                                  << QByteArray(dovecotLogin + R"(
        I: 7
        C: A3 IDLE
        S: A3 BAD not supported
        E: done 7 BAD
    )") << true;

    QTest::newRow("idle-still-queued-is-aborted-by-done")
        << QStringLiteral("implicit login=tim:tanstaaftanstaaf") << QByteArray(dovecotLogin + R"(
        M: 1 noop
        C: A3 NOOP
        I: 7
        D:
        E: aborted 7
        S: A3 OK
        E: done 1 OK
    )") << true;
}

void TestImapSession::transcript()
{
    QFETCH(QString, config);
    QFETCH(QByteArray, script);
    QFETCH(bool, alsoByteByByte);

    ScriptRunner whole(configFrom(config), ScriptRunner::Chunks::Whole);
    const QString wholeError = whole.run(script);
    QVERIFY2(wholeError.isEmpty(), qPrintable(QStringLiteral("whole: ") + wholeError));
    if (alsoByteByByte) {
        ScriptRunner bytes(configFrom(config), ScriptRunner::Chunks::ByteByByte);
        const QString bytesError = bytes.run(script);
        QVERIFY2(bytesError.isEmpty(), qPrintable(QStringLiteral("byte by byte: ") + bytesError));
        // Fixed seeds: a failure is reproducible.
        for (quint32 seed = 1; seed <= 5; ++seed) {
            ScriptRunner random(configFrom(config), ScriptRunner::Chunks::Random, seed);
            const QString randomError = random.run(script);
            QVERIFY2(
                randomError.isEmpty(), qPrintable(QStringLiteral("random chunks, seed %1: ").arg(seed) + randomError));
        }
    }
}

void TestImapSession::passwordIsMaskedInTheTranscript()
{
    ScriptRunner runner(configFrom(QStringLiteral("implicit login=alice:hunter2")), ScriptRunner::Chunks::Whole);
    const QString error = runner.run(R"(
        S: * OK [CAPABILITY IMAP4rev1] ready
        C: A1 LOGIN alice "hunter2"
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
    )");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!runner.redacted().contains("hunter2"));
    QCOMPARE(runner.redacted(), QByteArray("A1 LOGIN alice ***\r\n"));

    ScriptRunner sasl(configFrom(QStringLiteral("implicit login=alice:hunter2")), ScriptRunner::Chunks::Whole);
    const QString saslError = sasl.run(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAGh1bnRlcjI=
        S: A1 OK [CAPABILITY IMAP4rev1] Logged in
        E: ready
    )");
    QVERIFY2(saslError.isEmpty(), qPrintable(saslError));
    QCOMPARE(sasl.redacted(), QByteArray("A1 AUTHENTICATE PLAIN ***\r\n"));
}

void TestImapSession::compressHandsBackWhatFollowsTheOk()
{
    ScriptRunner runner(configFrom(QStringLiteral("implicit login=alice:secret")), ScriptRunner::Chunks::Whole);
    const QString error = runner.run(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR COMPRESS=DEFLATE] ready
        C: A1 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==
        S: A1 OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] Logged in
        E: ready
        M: 1 compress
        M: 2 noop
        C: A2 COMPRESS DEFLATE
        N:
        S: A2 OK DEFLATE active
        S: \x78\x9c
        E: done 1 OK
        E: compress
        C: A3 NOOP
    )");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The compressed bytes after the OK are handed back, not read as protocol.
    QCOMPARE(runner.compressedInput(), QByteArray("\\x78\\x9c\r\n"));
    // What the connection inflates is fed back as plain IMAP.
    runner.session().receive("A3 OK done\r\n");
    std::optional<ImapSessionEvent> event = runner.session().nextEvent();
    QVERIFY(event && std::holds_alternative<CommandDone>(*event));
    QCOMPARE(std::get<CommandDone>(*event).token, quint64(2));
}

void TestImapSession::flowOfCommands_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("flow");
    QTest::newRow("uid-fetch-pipelines") << QByteArray("UID FETCH") << int(ImapCommandFlow::Pipelined);
    QTest::newRow("status-pipelines") << QByteArray("STATUS") << int(ImapCommandFlow::Pipelined);
    QTest::newRow("select-drains") << QByteArray("SELECT") << int(ImapCommandFlow::Drain);
    QTest::newRow("sequence-fetch-drains") << QByteArray("FETCH") << int(ImapCommandFlow::Drain);
    QTest::newRow("expunge-drains") << QByteArray("EXPUNGE") << int(ImapCommandFlow::Drain);
    QTest::newRow("idle-barrier") << QByteArray("IDLE") << int(ImapCommandFlow::Barrier);
    QTest::newRow("compress-barrier") << QByteArray("COMPRESS") << int(ImapCommandFlow::Barrier);
    QTest::newRow("starttls-barrier") << QByteArray("STARTTLS") << int(ImapCommandFlow::Barrier);
    QTest::newRow("authenticate-barrier") << QByteArray("AUTHENTICATE") << int(ImapCommandFlow::Barrier);
}

void TestImapSession::flowOfCommands()
{
    QFETCH(QByteArray, name);
    QFETCH(int, flow);
    QCOMPARE(int(ImapSession::flowOf(name)), flow);
}

QTEST_GUILESS_MAIN(TestImapSession)
#include "tst_imapsession.moc"
