#pragma once

#include "protocol/common/wireprotocol.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Letterbox::Protocol {

/**
 * @short Names in plain words what each client command of a transcript does, so the
 * protocol inspector teaches the protocols as it shows them.
 *
 * "UID FETCH 1:* (FLAGS) (CHANGEDSINCE 812)" → "ask for the flags of every message,
 * only those changed since the last visit (mod-sequence 812)"; "RETR 3" → "download
 * message 3 in full"; "AUTH PLAIN ***" → "log in with PLAIN (password hidden)".
 * Covers what Letterbox's engines send (RFC 9051 and its extensions, RFC 1939/2449/5034,
 * RFC 5321/6409/4954/3030) plus the common rest; an unknown command gets an empty text,
 * never a guess.
 *
 * Reads the lines after redaction (CredentialRedactor), so it never sees a secret; it
 * follows the server's side only to know when a SASL exchange ends. Stateful and
 * sans-I/O, like the redactor: feed every line in transcript order.
 */
class CommandAnnotator
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Protocol::CommandAnnotator)

public:
    explicit CommandAnnotator(WireProtocol protocol)
        : m_protocol(protocol)
    { }

    /// What the client line @p line does; empty when it is not a known command.
    [[nodiscard]] QString client(QStringView line);
    /// What message data of @p bytes that the client uploaded is (SMTP DATA/BDAT, IMAP APPEND).
    [[nodiscard]] QString payload(qint64 bytes) const;
    /// Follows the server's side (the end of a SASL exchange, SMTP's DATA).
    void server(QStringView line);
    /// True while server() matters (a SASL exchange runs): a caller may skip the rest.
    [[nodiscard]] bool inSaslExchange() const { return m_inSasl; }

    /// "all messages", "message 5", "messages 1:5,9" for an IMAP sequence set.
    [[nodiscard]] static QString describeSet(QStringView set, bool uid);

private:
    [[nodiscard]] QString imap(QStringView line);
    [[nodiscard]] QString imapFetch(QStringView set, QStringView rest, bool uid) const;
    [[nodiscard]] QString imapStore(QStringView set, QStringView rest, bool uid) const;
    [[nodiscard]] QString pop3(QStringView line);
    [[nodiscard]] QString smtp(QStringView line);
    /// AUTHENTICATE / AUTH MECHANISM: an exchange starts whose lines carry secrets.
    [[nodiscard]] QString saslLogin(QStringView mechanism);

    WireProtocol m_protocol;
    bool m_inSasl = false;
    bool m_inIdle = false;
};

} // namespace Letterbox::Protocol
