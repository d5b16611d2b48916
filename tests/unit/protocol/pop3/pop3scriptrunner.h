#pragma once

#include "protocol/pop3/pop3session.h"

#include <QMap>
#include <QStringList>

namespace Letterbox::Testing {

/*
 * A scripted server for Pop3Session, KIMAP's scenario format without the socket
 * (STYLE.md, "Test conventions"). One directive per line:
 *
 *   C: text     the client must have written this line (CRLF added), as a transcript
 *               shows it: secrets are "***". Checked in order against everything written.
 *   S: text     a server line; consecutive S: lines go to receive() as one chunk (or
 *               byte by byte, in the byte-by-byte pass). "\x01"-style escapes are kept
 *               as octets by the caller building the script.
 *   E: event    the next event other than SendData/Idle must read like this (see
 *               describe() in the .cpp): "ready", "closed", "failed <Kind>", "stat 1 2 300",
 *               "list 1 1:120,2:200", "uidl 1 1:a invalid=2,0", "started 3 1 [size]",
 *               "done 3 1 <size>", "dele 6 1", "ok 9", "cmdfail 3 -ERR|-",
 *               "deletions Committed|NotCommitted|Unknown 1,2|-"
 *   T:          expect a StartTls event, then call tlsEstablished()
 *   do: verb token [number [lines]]   stat/list/uidl/top/retr/dele/rset/noop; "do: quit"
 *   X           connectionLost()
 *
 * At the end nothing may be left: no unchecked client bytes, no unchecked event.
 */
class Pop3ScriptRunner
{
public:
    Pop3ScriptRunner(const Pop3::Pop3SessionConfig &config, bool byteByByte);

    /// An empty string on success, else what went wrong and where.
    QString run(const QByteArray &script);

    [[nodiscard]] const QByteArray &written() const { return m_written; }
    [[nodiscard]] const QByteArray &redacted() const { return m_redacted; }
    /// The messages RETR/TOP delivered, by token.
    [[nodiscard]] const QMap<quint64, QByteArray> &bodies() const { return m_bodies; }
    [[nodiscard]] int idleEvents() const { return m_idle; }
    [[nodiscard]] Pop3::Pop3Session &session() { return m_session; }

    static QString kindName(Pop3::Pop3ErrorKind kind);

private:
    void flush(QByteArray &flight);
    void command(const QByteArray &arguments);
    void drain();

    Pop3::Pop3Session m_session;
    bool m_byteByByte;
    QByteArray m_written;
    QByteArray m_redacted;
    qsizetype m_checked = 0;
    QStringList m_observed;
    QMap<quint64, QByteArray> m_bodies;
    int m_idle = 0;
};

} // namespace Letterbox::Testing
