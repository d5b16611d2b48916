#pragma once

#include "accounts/autoconfigxml.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Accounts {

/// Where a proposal came from, in the order autoconfiguration asks (issue 7).
enum class AutoconfigSource {
    ConfigServer, ///< https://autoconfig.<domain>/mail/config-v1.1.xml
    WellKnown, ///< https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
    Srv, ///< RFC 6186 (and RFC 8314 section 5.1) SRV records
    MxDomain, ///< the autoconfig document of the MX host's domain
    Probe, ///< common host names and ports, each checked by its capabilities
};

/// One source asked, and what came of it (shown so a person sees why a source lost).
struct AutoconfigAttempt
{
    AutoconfigSource source = AutoconfigSource::ConfigServer;
    QString detail; ///< the URL or DNS name asked
    bool answered = false;
    QString outcome; ///< translated: what it said, or why it did not count
};

/**
 * @short What autoconfiguration proposes for an address: one incoming server and one
 * SMTP server, to be shown and confirmed, never applied silently.
 *
 * The never-weaker rule: of what a source offers, the strongest security wins —
 * implicit TLS before STARTTLS, STARTTLS before plaintext — whatever order the source
 * lists them in, and a server proposed without TLS keeps a warning that the person
 * must accept (`account add` still needs --allow-plaintext). Security comes before the
 * source's protocol preference: a document listing "IMAP plain" first and "POP3 SSL"
 * second gives POP3 over TLS. The reason is that automatic detection is itself the
 * attack surface: a man in the middle who can answer one probe or one DNS query with
 * "no TLS here" would otherwise choose the client's security (the STARTTLS-stripping
 * and autodiscovery downgrade attacks on mail clients, e.g. Poddebniak et al., USENIX
 * Security 2021). The AutoconfigJob in services also checks every plaintext choice
 * against the server itself and upgrades it to STARTTLS when the server offers it.
 */
struct AutoconfigProposal
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Accounts::AutoconfigProposal)

public:
    QString email;
    AutoconfigSource source = AutoconfigSource::ConfigServer;
    QString sourceDetail;
    QString displayName;
    AutoconfigServer incoming;
    std::optional<AutoconfigServer> smtp;
    QStringList warnings; ///< translated sentences; plaintext ones come from plaintextWarnings()
    QList<AutoconfigAttempt> attempts; ///< every source asked, in order, this one last

    /// True when a server of the proposal has Security::None.
    [[nodiscard]] bool needsPlaintextConsent() const;

    /// The strongest of @p servers by the rule above (document order breaks ties).
    [[nodiscard]] static std::optional<AutoconfigServer> strongest(const QList<AutoconfigServer> &servers);

    /// The proposal a document makes for @p email; nothing when it has no incoming server.
    [[nodiscard]] static std::optional<AutoconfigProposal> fromDocument(
        const AutoconfigDocument &document, const QString &email, AutoconfigSource source, const QString &sourceDetail);

    /// Adds the warning for each plaintext server; call once the security is final.
    void addPlaintextWarnings();

    /// The `letterbox-cli account add NAME ...` arguments that would create it.
    [[nodiscard]] QStringList accountAddArguments(const QString &accountName) const;

    /// The `account autoconfig --json` document (docs/ARCHITECTURE.md "account autoconfig").
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] QString toString(AutoconfigSource source);
/// The servers' weakest-first rank: None 0, StartTls 1, Tls 2.
[[nodiscard]] int securityRank(Security security);

} // namespace Letterbox::Accounts
