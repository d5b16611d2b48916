#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace Letterbox::Smtp {

/**
 * @short Delivery status notification requests (RFC 3461), sent only when the server
 * offers DSN: they are a request, and a server without DSN gets the message without them
 * rather than not at all.
 */
struct SmtpDsn
{
    enum class Return {
        Default, ///< no RET parameter: the server decides
        Full, ///< RET=FULL
        Headers, ///< RET=HDRS
    };
    enum class NotifyFlag {
        Never = 0x1, ///< NOTIFY=NEVER; overrides the others
        Success = 0x2,
        Failure = 0x4,
        Delay = 0x8,
    };
    Q_DECLARE_FLAGS(Notify, NotifyFlag)

    Return ret = Return::Default;
    QString envelopeId; ///< ENVID, xtext-encoded on the wire; empty = none
    Notify notify; ///< empty = no NOTIFY parameter

    [[nodiscard]] bool isEmpty() const { return ret == Return::Default && envelopeId.isEmpty() && !notify; }
};

/// Who a message is from and to, as MAIL FROM and RCPT TO carry it (RFC 5321 section 3.3).
struct SmtpEnvelope
{
    QString from; ///< reverse-path; empty is the null path "<>"
    QStringList recipients;
    SmtpDsn dsn;
};

} // namespace Letterbox::Smtp

Q_DECLARE_OPERATORS_FOR_FLAGS(Letterbox::Smtp::SmtpDsn::Notify)
