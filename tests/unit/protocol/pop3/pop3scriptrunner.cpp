#include "pop3scriptrunner.h"

namespace Letterbox::Testing {

using namespace Letterbox::Pop3;

Pop3ScriptRunner::Pop3ScriptRunner(const Pop3SessionConfig &config, bool byteByByte)
    : m_session(config)
    , m_byteByByte(byteByByte)
{ }

QString Pop3ScriptRunner::run(const QByteArray &script)
{
    QByteArray serverFlight;
    int lineNumber = 0;
    for (QByteArray line : script.split('\n')) {
        ++lineNumber;
        while (line.startsWith(' ')) {
            line.remove(0, 1);
        }
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        if (line.startsWith("S:")) {
            serverFlight += line.mid(line.size() > 2 && line[2] == ' ' ? 3 : 2) + "\r\n";
            continue;
        }
        flush(serverFlight);
        const QString where
            = QStringLiteral("script line %1 (%2): ").arg(lineNumber).arg(QString::fromUtf8(line.left(80)));
        if (line.startsWith("C:")) {
            const QByteArray expected = line.mid(line.size() > 2 && line[2] == ' ' ? 3 : 2) + "\r\n";
            const QByteArray written = m_redacted.mid(m_checked, expected.size());
            if (written != expected) {
                return where
                    + QStringLiteral("client wrote \"%1\"").arg(QString::fromUtf8(m_redacted.mid(m_checked, 200)));
            }
            m_checked += expected.size();
        } else if (line.startsWith("E:")) {
            const QString expected = QString::fromUtf8(line.mid(2).trimmed());
            if (m_observed.isEmpty()) {
                return where + QStringLiteral("no event");
            }
            const QString got = m_observed.takeFirst();
            if (got != expected) {
                return where + QStringLiteral("event was \"%1\"").arg(got);
            }
        } else if (line.startsWith("T:")) {
            if (m_observed.isEmpty() || m_observed.first() != QLatin1String("starttls")) {
                return where + QStringLiteral("no StartTls event (%1)").arg(m_observed.join(QLatin1String(", ")));
            }
            m_observed.removeFirst();
            m_session.tlsEstablished();
            drain();
        } else if (line.startsWith("do:")) {
            command(line.mid(3).trimmed());
        } else if (line == "X") {
            m_session.connectionLost();
            drain();
        } else {
            return where + QStringLiteral("unknown directive");
        }
    }
    flush(serverFlight);
    if (m_checked != m_redacted.size()) {
        return QStringLiteral("unchecked client output: \"%1\"").arg(QString::fromUtf8(m_redacted.mid(m_checked, 300)));
    }
    if (!m_observed.isEmpty()) {
        return QStringLiteral("unchecked events: %1").arg(m_observed.join(QLatin1String(", ")));
    }
    return {};
}

void Pop3ScriptRunner::flush(QByteArray &flight)
{
    if (flight.isEmpty()) {
        return;
    }
    if (m_byteByByte) {
        for (qsizetype i = 0; i < flight.size(); ++i) {
            m_session.receive(QByteArrayView(flight).sliced(i, 1));
            drain();
        }
    } else {
        m_session.receive(flight);
        drain();
    }
    flight.clear();
}

void Pop3ScriptRunner::command(const QByteArray &arguments)
{
    const QByteArrayList words = arguments.split(' ');
    const QByteArray verb = words.value(0);
    const quint64 token = words.value(1).toULongLong();
    const int number = words.value(2).toInt();
    if (verb == "stat") {
        m_session.stat(token);
    } else if (verb == "list") {
        m_session.list(token, number);
    } else if (verb == "uidl") {
        m_session.uidl(token, number);
    } else if (verb == "top") {
        m_session.top(token, number, words.value(3).toInt());
    } else if (verb == "retr") {
        m_session.retr(token, number);
    } else if (verb == "dele") {
        m_session.dele(token, number);
    } else if (verb == "rset") {
        m_session.rset(token);
    } else if (verb == "noop") {
        m_session.noop(token);
    } else if (verb == "quit") {
        m_session.quit();
    }
    drain();
}

QString Pop3ScriptRunner::kindName(Pop3ErrorKind kind)
{
    switch (kind) {
    case Pop3ErrorKind::Security:
        return QStringLiteral("Security");
    case Pop3ErrorKind::Authentication:
        return QStringLiteral("Authentication");
    case Pop3ErrorKind::Protocol:
        return QStringLiteral("Protocol");
    case Pop3ErrorKind::Temporary:
        return QStringLiteral("Temporary");
    case Pop3ErrorKind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    }
    return {};
}

void Pop3ScriptRunner::drain()
{
    while (std::optional<Pop3Event> event = m_session.nextEvent()) {
        if (const auto *send = std::get_if<SendData>(&*event)) {
            m_written += send->data.bytes;
            m_redacted += send->data.redacted();
        } else if (std::holds_alternative<StartTls>(*event)) {
            m_observed.append(QStringLiteral("starttls"));
        } else if (std::holds_alternative<Ready>(*event)) {
            m_observed.append(QStringLiteral("ready"));
        } else if (std::holds_alternative<Idle>(*event)) {
            ++m_idle;
        } else if (std::holds_alternative<Closed>(*event)) {
            m_observed.append(QStringLiteral("closed"));
        } else if (const auto *failed = std::get_if<SessionFailed>(&*event)) {
            m_observed.append(QStringLiteral("failed ") + kindName(failed->kind));
        } else if (const auto *stat = std::get_if<StatResult>(&*event)) {
            m_observed.append(QStringLiteral("stat %1 %2 %3").arg(stat->token).arg(stat->count).arg(stat->size));
        } else if (const auto *list = std::get_if<ListResult>(&*event)) {
            QStringList entries;
            for (const Pop3ListEntry &entry : list->entries) {
                entries.append(QStringLiteral("%1:%2").arg(entry.number).arg(entry.size));
            }
            m_observed.append(QStringLiteral("list %1 %2").arg(list->token).arg(entries.join(QLatin1Char(','))));
        } else if (const auto *uidl = std::get_if<UidlResult>(&*event)) {
            QStringList entries;
            for (const Pop3UidlEntry &entry : uidl->entries) {
                entries.append(QStringLiteral("%1:%2").arg(entry.number).arg(QString::fromLatin1(entry.uidl)));
            }
            QString text = QStringLiteral("uidl %1 %2").arg(uidl->token).arg(entries.join(QLatin1Char(',')));
            if (!uidl->invalid.isEmpty()) {
                QStringList invalid;
                for (const Pop3InvalidUidl &entry : uidl->invalid) {
                    invalid.append(QString::number(entry.number));
                }
                text += QStringLiteral(" invalid=") + invalid.join(QLatin1Char(','));
            }
            m_observed.append(text);
        } else if (const auto *started = std::get_if<RetrStarted>(&*event)) {
            m_bodies[started->token].clear();
            QString text = QStringLiteral("started %1 %2").arg(started->token).arg(started->number);
            if (started->announcedSize) {
                text += QStringLiteral(" %1").arg(*started->announcedSize);
            }
            m_observed.append(text);
        } else if (const auto *data = std::get_if<RetrData>(&*event)) {
            m_bodies[data->token] += data->data;
        } else if (const auto *done = std::get_if<RetrDone>(&*event)) {
            m_observed.append(QStringLiteral("done %1 %2 %3").arg(done->token).arg(done->number).arg(done->size));
        } else if (const auto *dele = std::get_if<DeleResult>(&*event)) {
            m_observed.append(QStringLiteral("dele %1 %2").arg(dele->token).arg(dele->number));
        } else if (const auto *ok = std::get_if<CommandOk>(&*event)) {
            m_observed.append(QStringLiteral("ok %1").arg(ok->token));
        } else if (const auto *commandFailed = std::get_if<CommandFailed>(&*event)) {
            m_observed.append(QStringLiteral("cmdfail %1 %2")
                                  .arg(commandFailed->token)
                                  .arg(commandFailed->reply ? QStringLiteral("-ERR") : QStringLiteral("-")));
        } else if (const auto *deletions = std::get_if<DeletionsResult>(&*event)) {
            const char *outcome = deletions->outcome == DeletionsResult::Outcome::Committed ? "Committed"
                : deletions->outcome == DeletionsResult::Outcome::NotCommitted              ? "NotCommitted"
                                                                                            : "Unknown";
            QStringList numbers;
            for (int n : deletions->deleted) {
                numbers.append(QString::number(n));
            }
            m_observed.append(QStringLiteral("deletions %1 %2")
                                  .arg(QLatin1String(outcome))
                                  .arg(numbers.isEmpty() ? QStringLiteral("-") : numbers.join(QLatin1Char(','))));
        }
    }
}

} // namespace Letterbox::Testing
