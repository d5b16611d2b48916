#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/common/sasl.h"
#include "protocol/smtp/smtpenvelope.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Letterbox::Smtp {

/// A command line, or why it could not be built.
struct SmtpEncoded
{
    QByteArray bytes; ///< with CRLF; empty when error is set
    QString error; ///< for a person (translated)

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
};

/// The MAIL FROM parameters a session chose from the server's capabilities.
struct SmtpMailParameters
{
    std::optional<quint64> size; ///< SIZE= (RFC 1870 section 6)
    bool eightBitMime = false; ///< BODY=8BITMIME (RFC 6152)
    bool smtpUtf8 = false; ///< SMTPUTF8 (RFC 6531 section 3.4)
    SmtpDsn::Return dsnReturn = SmtpDsn::Return::Default; ///< RET= (RFC 3461 section 4.3)
    QString envelopeId; ///< ENVID= (RFC 3461 section 4.4)
};

/**
 * @short SMTP commands as bytes (RFC 5321 section 4.1 and the extensions' RFCs).
 *
 * Pure functions. Everything that comes from outside (addresses, the EHLO name, DSN
 * values) is checked: a CR, LF or other control character would let a crafted address
 * end our command and start another one (command injection), so such input is refused
 * with an error instead of encoded. Addresses are also refused when they contain '<' or
 * '>' or a space outside a quoted local part, or exceed RFC 5321's 256-octet path limit
 * (section 4.5.3.1.3). Non-ASCII addresses are encoded as UTF-8; whether the server may
 * receive them (SMTPUTF8) is the session's decision. AUTH lines and continuation
 * responses come back as OutgoingData with the secret marked.
 */
class SmtpEncoder
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Smtp::SmtpEncoder)

public:
    [[nodiscard]] static SmtpEncoded ehlo(const QString &domain);
    [[nodiscard]] static SmtpEncoded helo(const QString &domain);
    [[nodiscard]] static QByteArray startTls();
    /// "AUTH <mechanism> [<initial response>]" (RFC 4954 section 4); an empty
    /// @p initialResponse leaves it out (the server then sends a 334 challenge).
    [[nodiscard]] static Protocol::OutgoingData auth(
        Protocol::SaslMechanism mechanism, const QByteArray &initialResponse = {});
    /// A line answering a 334 challenge (base64 text; "*" cancels; empty is an empty line).
    [[nodiscard]] static Protocol::OutgoingData authResponse(const QByteArray &response);
    [[nodiscard]] static SmtpEncoded mailFrom(const QString &reversePath, const SmtpMailParameters &parameters);
    [[nodiscard]] static SmtpEncoded rcptTo(const QString &forwardPath, SmtpDsn::Notify notify = {});
    [[nodiscard]] static QByteArray data();
    /// "BDAT <size>[ LAST]" (RFC 3030 section 2); the chunk follows with no CRLF added.
    [[nodiscard]] static QByteArray bdat(quint64 size, bool last);
    [[nodiscard]] static QByteArray rset();
    [[nodiscard]] static QByteArray noop();
    [[nodiscard]] static QByteArray quit();

    /// Why @p address cannot go into MAIL or RCPT, or nothing when it can.
    [[nodiscard]] static std::optional<QString> addressProblem(const QString &address);
    /// Whether the address needs SMTPUTF8 (a non-ASCII character).
    [[nodiscard]] static bool needsSmtpUtf8(const QString &address);
    /// RFC 3461 section 4: xtext, "+HH" for '+', '=', and octets outside 33..126.
    [[nodiscard]] static QByteArray xtext(const QByteArray &value);
};

} // namespace Letterbox::Smtp
