#include "accounts/autoconfigproposal.h"

#include <QJsonArray>

namespace Letterbox::Accounts {

namespace {

QJsonObject serverJson(const AutoconfigServer &server)
{
    return {
        {QStringLiteral("type"), toString(server.type)},
        {QStringLiteral("host"), server.host},
        {QStringLiteral("port"), int(server.port)},
        {QStringLiteral("security"), toString(server.security)},
        {QStringLiteral("user"), server.user},
        {QStringLiteral("authentication"), QJsonArray::fromStringList(server.authentication)},
    };
}

} // namespace

bool AutoconfigProposal::needsPlaintextConsent() const
{
    return incoming.security == Security::None || (smtp && smtp->security == Security::None);
}

std::optional<AutoconfigServer> AutoconfigProposal::strongest(const QList<AutoconfigServer> &servers)
{
    std::optional<AutoconfigServer> best;
    for (const AutoconfigServer &server : servers) {
        if (!best || securityRank(server.security) > securityRank(best->security)) {
            best = server;
        }
    }
    return best;
}

std::optional<AutoconfigProposal> AutoconfigProposal::fromDocument(
    const AutoconfigDocument &document, const QString &email, AutoconfigSource source, const QString &sourceDetail)
{
    const std::optional<AutoconfigServer> incoming = strongest(document.incoming);
    if (!incoming) {
        return std::nullopt;
    }
    AutoconfigProposal proposal;
    proposal.email = email;
    proposal.source = source;
    proposal.sourceDetail = sourceDetail;
    proposal.displayName = document.displayName;
    proposal.incoming = *incoming;
    proposal.smtp = strongest(document.outgoing);
    if (!proposal.smtp) {
        proposal.warnings.append(tr("The configuration names no SMTP server; sending needs one set by hand."));
    }
    const auto oauthOnly = [](const AutoconfigServer &server) {
        return !server.authentication.isEmpty()
            && std::all_of(server.authentication.cbegin(), server.authentication.cend(), [](const QString &method) {
                   return method.compare(QLatin1String("OAuth2"), Qt::CaseInsensitive) == 0;
               });
    };
    if (oauthOnly(proposal.incoming) || (proposal.smtp && oauthOnly(*proposal.smtp))) {
        proposal.warnings.append(tr("The provider asks for OAuth2 sign-in, which Letterbox does not offer yet; "
                                    "a password may be refused."));
    }
    return proposal;
}

void AutoconfigProposal::addPlaintextWarnings()
{
    const auto warn = [this](const AutoconfigServer &server) {
        if (server.security == Security::None) {
            warnings.append(tr("%1 server %2:%3 offers no encryption: the password and all mail would cross the "
                               "network readable by anyone on the way. Use it only if you accept that "
                               "(account add needs --allow-plaintext).")
                                .arg(toString(server.type).toUpper(), server.host)
                                .arg(server.port));
        }
    };
    warn(incoming);
    if (smtp) {
        warn(*smtp);
    }
}

QStringList AutoconfigProposal::accountAddArguments(const QString &accountName) const
{
    QStringList arguments {QStringLiteral("account"), QStringLiteral("add"), accountName, QStringLiteral("--email"),
        email, QStringLiteral("--incoming"), toString(incoming.type), QStringLiteral("--host"), incoming.host,
        QStringLiteral("--port"), QString::number(incoming.port), QStringLiteral("--security"),
        toString(incoming.security)};
    if (!incoming.user.isEmpty()) {
        arguments << QStringLiteral("--user") << incoming.user;
    }
    if (smtp) {
        arguments << QStringLiteral("--smtp-host") << smtp->host << QStringLiteral("--smtp-port")
                  << QString::number(smtp->port) << QStringLiteral("--smtp-security") << toString(smtp->security);
        if (!smtp->user.isEmpty()) {
            arguments << QStringLiteral("--smtp-user") << smtp->user;
        }
    }
    if (needsPlaintextConsent()) {
        arguments << QStringLiteral("--allow-plaintext");
    }
    return arguments;
}

QJsonObject AutoconfigProposal::toJson() const
{
    QJsonArray tried;
    for (const AutoconfigAttempt &attempt : attempts) {
        tried.append(QJsonObject {
            {QStringLiteral("source"), toString(attempt.source)},
            {QStringLiteral("detail"), attempt.detail},
            {QStringLiteral("answered"), attempt.answered},
            {QStringLiteral("outcome"), attempt.outcome},
        });
    }
    return {
        {QStringLiteral("email"), email},
        {QStringLiteral("source"), toString(source)},
        {QStringLiteral("sourceDetail"), sourceDetail},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("incoming"), serverJson(incoming)},
        {QStringLiteral("smtp"), smtp ? QJsonValue(serverJson(*smtp)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("plaintext"), needsPlaintextConsent()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("tried"), tried},
    };
}

QString toString(AutoconfigSource source)
{
    switch (source) {
    case AutoconfigSource::ConfigServer:
        return QStringLiteral("autoconfig");
    case AutoconfigSource::WellKnown:
        return QStringLiteral("well-known");
    case AutoconfigSource::Srv:
        return QStringLiteral("srv");
    case AutoconfigSource::MxDomain:
        return QStringLiteral("mx");
    case AutoconfigSource::Probe:
        return QStringLiteral("probe");
    }
    return {};
}

int securityRank(Security security)
{
    switch (security) {
    case Security::None:
        return 0;
    case Security::StartTls:
        return 1;
    case Security::Tls:
        return 2;
    }
    return 0;
}

} // namespace Letterbox::Accounts
