#include "accounts/autoconfigxml.h"

#include <QXmlStreamReader>

namespace Letterbox::Accounts {

namespace {

struct Placeholders
{
    QString address;
    QString localPart;
    QString domain;
};

/// Replaces the three placeholders; nothing when another %WORD% is left (e.g.
/// %REALNAME%), as a half-filled login or host is worse than none.
std::optional<QString> fill(QString text, const Placeholders &values)
{
    text.replace(QLatin1String("%EMAILADDRESS%"), values.address);
    text.replace(QLatin1String("%EMAILLOCALPART%"), values.localPart);
    text.replace(QLatin1String("%EMAILDOMAIN%"), values.domain);
    if (text.contains(QLatin1Char('%'))) {
        return std::nullopt;
    }
    return text;
}

std::optional<Security> securityFromSocketType(const QString &socketType)
{
    if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0
        || socketType.compare(QLatin1String("TLS"), Qt::CaseInsensitive) == 0) {
        return Security::Tls;
    }
    if (socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0) {
        return Security::StartTls;
    }
    if (socketType.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0) {
        return Security::None;
    }
    return std::nullopt;
}

std::optional<AutoconfigServerType> serverType(const QString &type, bool outgoing)
{
    if (outgoing) {
        return type == QLatin1String("smtp") ? std::optional(AutoconfigServerType::Smtp) : std::nullopt;
    }
    if (type == QLatin1String("imap")) {
        return AutoconfigServerType::Imap;
    }
    if (type == QLatin1String("pop3")) {
        return AutoconfigServerType::Pop3;
    }
    return std::nullopt;
}

/// Reads the document; every limit and refusal of the class comment lives here.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Accounts::AutoconfigXml)

public:
    Reader(QByteArrayView xml, Placeholders placeholders)
        : m_xml(QByteArray(xml.data(), xml.size()))
        , m_placeholders(std::move(placeholders))
    { }

    AutoconfigParseResult read()
    {
        AutoconfigDocument document;
        bool sawProvider = false;
        while (!m_xml.atEnd() && m_error.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
                return failure(tr("it declares a DOCTYPE or entities, which autoconfig documents never need"));
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            if (m_xml.name() == QLatin1String("clientConfig") && depthOk()) {
                continue;
            }
            if (m_xml.name() != QLatin1String("emailProvider") || sawProvider) {
                skipElement();
                continue;
            }
            sawProvider = true;
            document.providerId = m_xml.attributes().value(QLatin1String("id")).toString().left(MaxText);
            readProvider(document);
        }
        if (m_xml.hasError() && m_error.isEmpty()) {
            return failure(m_xml.errorString());
        }
        if (!m_error.isEmpty()) {
            return failure(m_error);
        }
        if (!sawProvider) {
            return failure(tr("it has no emailProvider"));
        }
        if (document.incoming.isEmpty()) {
            return failure(tr("it names no IMAP or POP3 server Letterbox can use"));
        }
        return {std::move(document), {}};
    }

private:
    static constexpr qsizetype MaxText = AutoconfigXml::MaxTextLength;

    AutoconfigParseResult failure(const QString &why)
    {
        return {std::nullopt, AutoconfigXml::tr("The autoconfig document is refused: %1.").arg(why)};
    }

    bool depthOk()
    {
        // The element just started counts; the reader has no depth of its own.
        ++m_depth;
        if (m_depth > AutoconfigXml::MaxDepth) {
            m_error = tr("elements are nested more than %1 deep").arg(AutoconfigXml::MaxDepth);
            return false;
        }
        return true;
    }

    /// Skips the current element and everything in it, counting depth.
    void skipElement()
    {
        if (!depthOk()) {
            return;
        }
        const int start = m_depth;
        while (!m_xml.atEnd() && m_error.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement && !depthOk()) {
                return;
            }
            if (token == QXmlStreamReader::EndElement) {
                if (m_depth-- == start) {
                    return;
                }
            }
        }
    }

    /// The text of a leaf element; nested elements in it are an error of the reader.
    QString text()
    {
        const QString value = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
        if (value.size() > MaxText) {
            m_error = tr("a text is longer than %1 characters").arg(MaxText);
            return {};
        }
        return value;
    }

    void readProvider(AutoconfigDocument &document)
    {
        if (!depthOk()) {
            return;
        }
        int servers = 0;
        while (m_xml.readNextStartElement() && m_error.isEmpty()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("domain")) {
                if (const QString domain = text(); !domain.isEmpty() && document.domains.size() < 64) {
                    document.domains.append(domain.toLower());
                }
            } else if (name == QLatin1String("displayName")) {
                document.displayName = text();
            } else if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
                if (++servers > AutoconfigXml::MaxServers) {
                    m_error = tr("it lists more than %1 servers").arg(AutoconfigXml::MaxServers);
                    return;
                }
                const bool outgoing = name == QLatin1String("outgoingServer");
                if (std::optional<AutoconfigServer> server = readServer(outgoing)) {
                    (outgoing ? document.outgoing : document.incoming).append(*server);
                }
            } else {
                skipElement();
            }
        }
        --m_depth;
    }

    std::optional<AutoconfigServer> readServer(bool outgoing)
    {
        const std::optional<AutoconfigServerType> type
            = serverType(m_xml.attributes().value(QLatin1String("type")).toString(), outgoing);
        if (!depthOk()) {
            return std::nullopt;
        }
        QString host;
        QString port;
        QString socketType;
        QString user;
        QStringList authentication;
        while (m_xml.readNextStartElement() && m_error.isEmpty()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("hostname")) {
                host = text();
            } else if (name == QLatin1String("port")) {
                port = text();
            } else if (name == QLatin1String("socketType")) {
                socketType = text();
            } else if (name == QLatin1String("username")) {
                user = text();
            } else if (name == QLatin1String("authentication")) {
                if (const QString method = text(); !method.isEmpty() && authentication.size() < 16) {
                    authentication.append(method);
                }
            } else {
                skipElement();
            }
        }
        --m_depth;
        if (!type || !m_error.isEmpty()) {
            return std::nullopt;
        }
        AutoconfigServer server;
        server.type = *type;
        bool portOk = false;
        const uint portNumber = port.toUInt(&portOk);
        const std::optional<Security> security = securityFromSocketType(socketType);
        const std::optional<QString> filledHost = fill(host, m_placeholders);
        const std::optional<QString> filledUser = fill(user, m_placeholders);
        if (!portOk || portNumber == 0 || portNumber > 65535 || !security || !filledHost || !filledUser) {
            return std::nullopt;
        }
        server.host = filledHost->toLower();
        if (!AutoconfigXml::isPlainHostName(server.host)) {
            return std::nullopt;
        }
        server.port = quint16(portNumber);
        server.security = *security;
        server.user = *filledUser;
        server.authentication = authentication;
        return server;
    }

    QXmlStreamReader m_xml;
    Placeholders m_placeholders;
    QString m_error;
    int m_depth = 0;
};

} // namespace

AutoconfigParseResult AutoconfigXml::parse(QByteArrayView xml, const QString &emailAddress)
{
    if (xml.size() > MaxDocumentSize) {
        return {std::nullopt,
            tr("The autoconfig document is refused: it is larger than %1 KiB.").arg(MaxDocumentSize / 1024)};
    }
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    Placeholders placeholders {emailAddress, emailAddress.left(std::max<qsizetype>(at, 0)),
        at >= 0 ? emailAddress.mid(at + 1).toLower() : QString()};
    return Reader(xml, std::move(placeholders)).read();
}

bool AutoconfigXml::isPlainHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))) {
            return false;
        }
        for (const QChar c : label) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-');
            if (!allowed) {
                return false;
            }
        }
    }
    return true;
}

QString toString(AutoconfigServerType type)
{
    switch (type) {
    case AutoconfigServerType::Imap:
        return QStringLiteral("imap");
    case AutoconfigServerType::Pop3:
        return QStringLiteral("pop3");
    case AutoconfigServerType::Smtp:
        return QStringLiteral("smtp");
    }
    return {};
}

} // namespace Letterbox::Accounts
