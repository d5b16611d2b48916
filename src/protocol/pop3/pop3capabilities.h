#pragma once

#include "protocol/common/sasl.h"

#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>

namespace Letterbox::Pop3 {

/**
 * @short What a POP3 server said it can do in its CAPA listing (RFC 2449 section 6).
 *
 * Each line is a capability name, optionally followed by space-separated arguments;
 * names are case-insensitive. A server that answered CAPA with -ERR (RFC 1939-only
 * servers) has no capabilities: isKnown() is false, and the session assumes the RFC 1939
 * baseline (USER/PASS, no pipelining, no STLS). Unknown capabilities are kept in
 * lines() and otherwise ignored.
 */
class Pop3Capabilities
{
public:
    Pop3Capabilities() = default;
    [[nodiscard]] static Pop3Capabilities fromCapaLines(const QByteArrayList &lines);

    [[nodiscard]] bool isKnown() const { return m_known; }
    [[nodiscard]] bool has(QByteArrayView name) const;
    /// The arguments after @p name, or nothing when absent or argument-less.
    [[nodiscard]] QByteArrayList arguments(QByteArrayView name) const;

    [[nodiscard]] bool hasStls() const { return has("STLS"); }
    [[nodiscard]] bool hasPipelining() const { return has("PIPELINING"); }
    [[nodiscard]] bool hasUidl() const { return has("UIDL"); }
    [[nodiscard]] bool hasTop() const { return has("TOP"); }
    [[nodiscard]] bool hasUser() const { return has("USER"); }
    [[nodiscard]] bool hasResponseCodes() const { return has("RESP-CODES"); }
    /// The SASL line's mechanism names as sent (RFC 2449 section 6.3).
    [[nodiscard]] QByteArrayList saslMechanismNames() const { return arguments("SASL"); }
    /// The ones Letterbox speaks, in the server's order.
    [[nodiscard]] QList<Protocol::SaslMechanism> saslMechanisms() const;
    [[nodiscard]] const QByteArrayList &lines() const { return m_lines; }

    friend bool operator==(const Pop3Capabilities &, const Pop3Capabilities &) = default;

private:
    QByteArrayList m_lines;
    bool m_known = false;
};

} // namespace Letterbox::Pop3
