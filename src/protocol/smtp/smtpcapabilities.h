#pragma once

#include "protocol/common/sasl.h"
#include "protocol/smtp/smtpreply.h"

#include <QByteArrayList>
#include <QList>

#include <optional>

namespace Letterbox::Smtp {

/**
 * @short What a server's EHLO reply offers (RFC 5321 section 4.1.1.1), parsed once.
 *
 * The first line is the server's name and greeting; every further line is an
 * ehlo-keyword with optional parameters. Recognised: PIPELINING (RFC 2920), CHUNKING
 * (RFC 3030), SIZE [n] (RFC 1870: no number or 0 means no fixed limit), 8BITMIME (RFC
 * 6152), SMTPUTF8 (RFC 6531), DSN (RFC 3461), STARTTLS (RFC 3207), ENHANCEDSTATUSCODES
 * (RFC 2034) and AUTH mechanisms (RFC 4954), also in the old "AUTH=LOGIN PLAIN" form some
 * servers still send. Keywords are case-insensitive; unknown ones are kept in keywords().
 * A HELO reply gives an empty set. Capabilities learned before TLS must be thrown away
 * after it (RFC 3207 section 4.2); the session does.
 */
class SmtpCapabilities
{
public:
    [[nodiscard]] static SmtpCapabilities fromEhloReply(const SmtpReply &reply);

    [[nodiscard]] bool hasPipelining() const { return m_pipelining; }
    [[nodiscard]] bool hasChunking() const { return m_chunking; }
    [[nodiscard]] bool hasEightBitMime() const { return m_eightBitMime; }
    [[nodiscard]] bool hasSmtpUtf8() const { return m_smtpUtf8; }
    [[nodiscard]] bool hasDsn() const { return m_dsn; }
    [[nodiscard]] bool hasStartTls() const { return m_startTls; }
    [[nodiscard]] bool hasEnhancedStatusCodes() const { return m_enhancedStatusCodes; }
    [[nodiscard]] bool hasSize() const { return m_hasSize; }
    /// The SIZE limit in octets; nothing when SIZE is absent or declares no limit.
    [[nodiscard]] std::optional<quint64> sizeLimit() const { return m_sizeLimit; }
    /// Mechanisms Letterbox knows, in the server's order.
    [[nodiscard]] const QList<Protocol::SaslMechanism> &authMechanisms() const { return m_authMechanisms; }
    /// Every mechanism name offered, known or not (upper case).
    [[nodiscard]] const QByteArrayList &authMechanismNames() const { return m_authNames; }
    /// Every keyword, upper case, in order.
    [[nodiscard]] const QByteArrayList &keywords() const { return m_keywords; }
    /// The first word of the first line: the name the server gives itself.
    [[nodiscard]] const QByteArray &serverName() const { return m_serverName; }

    friend bool operator==(const SmtpCapabilities &, const SmtpCapabilities &) = default;

private:
    QByteArrayList m_keywords;
    QByteArrayList m_authNames;
    QList<Protocol::SaslMechanism> m_authMechanisms;
    QByteArray m_serverName;
    std::optional<quint64> m_sizeLimit;
    bool m_pipelining = false;
    bool m_chunking = false;
    bool m_eightBitMime = false;
    bool m_smtpUtf8 = false;
    bool m_dsn = false;
    bool m_startTls = false;
    bool m_enhancedStatusCodes = false;
    bool m_hasSize = false;
};

} // namespace Letterbox::Smtp
