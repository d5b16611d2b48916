#include "protocol/smtp/smtpcapabilities.h"

namespace Letterbox::Smtp {

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (!reply.isPositiveCompletion() || reply.lines().isEmpty()) {
        return caps;
    }
    caps.m_serverName = reply.lines().first().simplified().split(' ').value(0);
    for (qsizetype i = 1; i < reply.lines().size(); ++i) {
        const QByteArrayList words = reply.lines()[i].simplified().split(' ');
        QByteArray keyword = words.value(0).toUpper();
        if (keyword.isEmpty()) {
            continue;
        }
        QByteArrayList parameters = words.mid(1);
        if (keyword.startsWith("AUTH=")) { // pre-RFC 4954 syntax, e.g. old Exchange
            parameters.prepend(keyword.mid(5));
            keyword = QByteArrayLiteral("AUTH");
        }
        if (!caps.m_keywords.contains(keyword)) {
            caps.m_keywords.append(keyword);
        }
        if (keyword == "PIPELINING") {
            caps.m_pipelining = true;
        } else if (keyword == "CHUNKING") {
            caps.m_chunking = true;
        } else if (keyword == "8BITMIME") {
            caps.m_eightBitMime = true;
        } else if (keyword == "SMTPUTF8") {
            caps.m_smtpUtf8 = true;
        } else if (keyword == "DSN") {
            caps.m_dsn = true;
        } else if (keyword == "STARTTLS") {
            caps.m_startTls = true;
        } else if (keyword == "ENHANCEDSTATUSCODES") {
            caps.m_enhancedStatusCodes = true;
        } else if (keyword == "SIZE") {
            caps.m_hasSize = true;
            bool ok = false;
            const quint64 limit = parameters.value(0).toULongLong(&ok);
            caps.m_sizeLimit = ok && limit > 0 ? std::optional<quint64>(limit) : std::nullopt;
        } else if (keyword == "AUTH") {
            for (const QByteArray &name : parameters) {
                const QByteArray upper = name.toUpper();
                if (upper.isEmpty() || caps.m_authNames.contains(upper)) {
                    continue;
                }
                caps.m_authNames.append(upper);
                if (const auto mechanism = Protocol::Sasl::mechanismFromName(upper)) {
                    caps.m_authMechanisms.append(*mechanism);
                }
            }
        }
    }
    return caps;
}

} // namespace Letterbox::Smtp
