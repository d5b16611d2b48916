#include "protocol/smtp/smtpencoder.h"

namespace Letterbox::Smtp {

namespace {

constexpr qsizetype maxPathLength = 256; // RFC 5321 section 4.5.3.1.3, with the brackets

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

std::optional<QString> domainProblem(const QString &domain)
{
    if (domain.isEmpty()) {
        return SmtpEncoder::tr("The name for EHLO is empty.");
    }
    for (QChar c : domain) {
        if (isControl(c) || c == QLatin1Char(' ')) {
            return SmtpEncoder::tr("The name for EHLO contains a space or a control character.");
        }
    }
    return std::nullopt;
}

SmtpEncoded greeting(const char *verb, const QString &domain)
{
    if (const auto problem = domainProblem(domain)) {
        return {{}, *problem};
    }
    return {QByteArray(verb) + ' ' + domain.toUtf8() + "\r\n", {}};
}

} // namespace

SmtpEncoded SmtpEncoder::ehlo(const QString &domain)
{
    return greeting("EHLO", domain);
}

SmtpEncoded SmtpEncoder::helo(const QString &domain)
{
    return greeting("HELO", domain);
}

QByteArray SmtpEncoder::startTls()
{
    return QByteArrayLiteral("STARTTLS\r\n");
}

Protocol::OutgoingData SmtpEncoder::auth(Protocol::SaslMechanism mechanism, const QByteArray &initialResponse)
{
    const QByteArray verb = "AUTH " + Protocol::Sasl::mechanismName(mechanism);
    if (initialResponse.isEmpty()) {
        return Protocol::OutgoingData::command(verb + "\r\n");
    }
    return Protocol::OutgoingData::withSecret(verb + ' ', initialResponse, "\r\n");
}

Protocol::OutgoingData SmtpEncoder::authResponse(const QByteArray &response)
{
    if (response.isEmpty()) {
        return Protocol::OutgoingData::command("\r\n");
    }
    return Protocol::OutgoingData::withSecret({}, response, "\r\n");
}

std::optional<QString> SmtpEncoder::addressProblem(const QString &address)
{
    if (address.toUtf8().size() + 2 > maxPathLength) {
        return tr("The address %1 is longer than SMTP allows.").arg(address.left(64));
    }
    bool quoted = false;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address[i];
        if (isControl(c)) {
            return tr("The address contains a control character (such as a line break).");
        }
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('\\') && quoted) {
            ++i; // a quoted pair: the loop skips the escaped character, so check it here
            if (i < address.size() && isControl(address[i])) {
                return tr("The address contains a control character (such as a line break).");
            }
        } else if (!quoted && (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(' '))) {
            return tr("The address %1 contains a space or an angle bracket.").arg(address);
        }
    }
    if (quoted) {
        return tr("The address %1 has an unterminated quoted part.").arg(address);
    }
    return std::nullopt;
}

bool SmtpEncoder::needsSmtpUtf8(const QString &address)
{
    for (QChar c : address) {
        if (c.unicode() >= 0x80) {
            return true;
        }
    }
    return false;
}

QByteArray SmtpEncoder::xtext(const QByteArray &value)
{
    QByteArray out;
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 33 || c > 126 || c == '+' || c == '=') {
            out += '+' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        } else {
            out += char(c);
        }
    }
    return out;
}

SmtpEncoded SmtpEncoder::mailFrom(const QString &reversePath, const SmtpMailParameters &parameters)
{
    if (!reversePath.isEmpty()) {
        if (const auto problem = addressProblem(reversePath)) {
            return {{}, *problem};
        }
    }
    QByteArray line = "MAIL FROM:<" + reversePath.toUtf8() + '>';
    if (parameters.size) {
        line += " SIZE=" + QByteArray::number(*parameters.size);
    }
    if (parameters.eightBitMime) {
        line += " BODY=8BITMIME";
    }
    if (parameters.smtpUtf8) {
        line += " SMTPUTF8";
    }
    if (parameters.dsnReturn == SmtpDsn::Return::Full) {
        line += " RET=FULL";
    } else if (parameters.dsnReturn == SmtpDsn::Return::Headers) {
        line += " RET=HDRS";
    }
    if (!parameters.envelopeId.isEmpty()) {
        // RFC 3461 section 4.4: printable ASCII only, at most 100 characters.
        const QByteArray id = parameters.envelopeId.toUtf8();
        for (const char c : id) {
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
                return {{}, tr("The envelope identifier contains a character SMTP cannot carry.")};
            }
        }
        if (id.size() > 100) {
            return {{}, tr("The envelope identifier is longer than 100 characters.")};
        }
        line += " ENVID=" + xtext(id);
    }
    return {line + "\r\n", {}};
}

SmtpEncoded SmtpEncoder::rcptTo(const QString &forwardPath, SmtpDsn::Notify notify)
{
    if (forwardPath.isEmpty()) {
        return {{}, tr("A recipient address is empty.")};
    }
    if (const auto problem = addressProblem(forwardPath)) {
        return {{}, *problem};
    }
    QByteArray line = "RCPT TO:<" + forwardPath.toUtf8() + '>';
    if (notify.testFlag(SmtpDsn::NotifyFlag::Never)) {
        line += " NOTIFY=NEVER";
    } else if (notify) {
        QByteArrayList flags;
        if (notify.testFlag(SmtpDsn::NotifyFlag::Success)) {
            flags.append("SUCCESS");
        }
        if (notify.testFlag(SmtpDsn::NotifyFlag::Failure)) {
            flags.append("FAILURE");
        }
        if (notify.testFlag(SmtpDsn::NotifyFlag::Delay)) {
            flags.append("DELAY");
        }
        line += " NOTIFY=" + flags.join(',');
    }
    return {line + "\r\n", {}};
}

QByteArray SmtpEncoder::data()
{
    return QByteArrayLiteral("DATA\r\n");
}

QByteArray SmtpEncoder::bdat(quint64 size, bool last)
{
    return "BDAT " + QByteArray::number(size) + (last ? " LAST\r\n" : "\r\n");
}

QByteArray SmtpEncoder::rset()
{
    return QByteArrayLiteral("RSET\r\n");
}

QByteArray SmtpEncoder::noop()
{
    return QByteArrayLiteral("NOOP\r\n");
}

QByteArray SmtpEncoder::quit()
{
    return QByteArrayLiteral("QUIT\r\n");
}

} // namespace Letterbox::Smtp
