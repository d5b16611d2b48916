#pragma once

#include "accounts/account.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Accounts {

/// What kind of server one entry of an autoconfig document describes.
enum class AutoconfigServerType { Imap, Pop3, Smtp };

/// One incomingServer or outgoingServer, placeholders already filled in.
struct AutoconfigServer
{
    AutoconfigServerType type = AutoconfigServerType::Imap;
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;
    QString user; ///< the login, %EMAILADDRESS% etc. replaced; may be empty
    QStringList authentication; ///< as written: password-cleartext, password-encrypted, OAuth2, ...

    friend bool operator==(const AutoconfigServer &, const AutoconfigServer &) = default;
};

/// The useful part of one config-v1.1 document, in document order.
struct AutoconfigDocument
{
    QString providerId; ///< the emailProvider's id attribute
    QString displayName;
    QStringList domains;
    QList<AutoconfigServer> incoming; ///< IMAP and POP3 only
    QList<AutoconfigServer> outgoing; ///< SMTP only
};

struct AutoconfigParseResult
{
    std::optional<AutoconfigDocument> document;
    QString error; ///< translated, when document is empty
};

/**
 * @short Reads Thunderbird's autoconfig format ("config-v1.1", as served by
 * autoconfig.<domain>, the .well-known path and the ISPDB).
 *
 * Understood: clientConfig/emailProvider with domain, displayName, and incomingServer
 * (type imap or pop3) / outgoingServer (type smtp), each with hostname, port, socketType
 * (SSL, STARTTLS, plain) , username and authentication. In hostname and username the
 * placeholders %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% are replaced from the
 * address given. Servers of other types (exchange, ews, jmap), with an unknown
 * socketType, a bad port, an unknown placeholder or a host name that is not a plain DNS
 * name are skipped, not guessed at; a document with no usable incoming server is an
 * error.
 *
 * The document comes from the network, so it is read as hostile: at most MaxDocumentSize
 * bytes, elements nested at most MaxDepth deep, at most MaxServers servers and
 * MaxTextLength characters per text. Any DOCTYPE is refused outright, so no entity is
 * ever declared, expanded or fetched (QXmlStreamReader never loads external entities,
 * but it does expand internal ones: the "billion laughs" needs a DTD to start).
 */
class AutoconfigXml
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Accounts::AutoconfigXml)

public:
    static constexpr qsizetype MaxDocumentSize = 128 * 1024;
    static constexpr int MaxDepth = 16;
    static constexpr int MaxServers = 32;
    static constexpr qsizetype MaxTextLength = 1024;

    [[nodiscard]] static AutoconfigParseResult parse(QByteArrayView xml, const QString &emailAddress);

    /// True for a DNS host name of letters, digits, '-' and '.' (an IDN in its ACE form),
    /// 1-253 characters, no empty label, no label over 63 characters.
    [[nodiscard]] static bool isPlainHostName(const QString &host);
};

[[nodiscard]] QString toString(AutoconfigServerType type);

} // namespace Letterbox::Accounts
