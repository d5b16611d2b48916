#pragma once

#include "accounts/autoconfigproposal.h"
#include "services/autoconfig/autoconfigoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Letterbox::Services {

class ConfigFetcher;
class DnsQuery;
class ServerProbe;

/**
 * @short Finds the servers of an e-mail address the way Thunderbird does, and
 * proposes them: `letterbox-cli account autoconfig` and the account dialog.
 *
 * The sources, in this order, stopping at the first that answers with a usable
 * configuration (issue 7):
 *  1. https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>
 *  2. https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
 *  3. RFC 6186 SRV records: _imaps._tcp, _imap._tcp, _pop3s._tcp, _pop3._tcp for
 *     incoming, _submissions._tcp (RFC 8314 section 5.1) and _submission._tcp for SMTP.
 *  4. The MX host's domain: sources 1 and 2 for the MX host without its first label
 *     (mx1.mail.provider.net → mail.provider.net) and for its last two labels
 *     (provider.net). Without a public-suffix list this guesses wrong for names such as
 *     mx.provider.co.uk (it asks co.uk too, which finds nothing).
 *  5. Probing imap., mail., pop3., pop. and smtp.<domain> on 993/143, 995/110 and
 *     465/587, each with a capability check (ServerProbe).
 * A source that fails (no answer, an HTTP error, a document AutoconfigXml refuses, no
 * records) falls through to the next; each is bounded by AutoconfigOptions, and
 * progress() says what is being asked.
 *
 * The result is a proposal for a person to confirm — nothing is saved here — and is
 * never weaker than what the servers offer (AutoconfigProposal explains why): the
 * strongest security of a source wins, and each server the chosen source proposes
 * without implicit TLS is then checked on the wire: plaintext is upgraded to STARTTLS
 * when the server offers it, and a STARTTLS the server does not offer is kept (the
 * connection will then refuse loudly) with a warning, never lowered to plaintext. What
 * remains plaintext carries a warning the person must accept.
 *
 * Logins: a document names the login (its placeholders filled in); SRV records and
 * probes cannot, so the whole address is proposed, the most common login.
 *
 * Trust: the HTTPS sources are as trustworthy as the domain's certificate. SRV and MX
 * answers are unauthenticated DNS (no DNSSEC check), and a probe trusts whoever
 * answers; a forged answer can choose the host, but not lower the security below what
 * that host offers, and the certificate of the host is still verified when the account
 * connects.
 */
class AutoconfigJob : public QObject
{
    Q_OBJECT

public:
    explicit AutoconfigJob(const AutoconfigOptions &options = {}, QObject *parent = nullptr);
    ~AutoconfigJob() override;

    void start(const QString &email);

    [[nodiscard]] const std::optional<Accounts::AutoconfigProposal> &proposal() const { return m_proposal; }
    /// Every source asked, in order (also in the proposal).
    [[nodiscard]] const QList<Accounts::AutoconfigAttempt> &attempts() const { return m_attempts; }
    /// Why nothing was found (translated), when proposal() is empty.
    [[nodiscard]] const QString &errorString() const { return m_error; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished();

private:
    enum class Stage { ConfigServer, WellKnown, Srv, Mx, MxDocuments, Probe, Done };

    void runNext();
    void fetchDocument(Accounts::AutoconfigSource source, const QUrl &url);
    void onDocumentFetched(ConfigFetcher *fetcher, Accounts::AutoconfigSource source);
    void askSrv();
    void onSrvAnswered();
    void askMx();
    void probe();
    void onProbesFinished();
    void confirm();
    void onConfirmed();
    void record(Accounts::AutoconfigSource source, const QString &detail, bool answered, const QString &outcome);
    void fail(const QString &error);
    void finish();

    [[nodiscard]] static QUrl configServerUrl(const QString &domain, const QString &email);
    [[nodiscard]] static QUrl wellKnownUrl(const QString &domain);

    AutoconfigOptions m_options;
    QNetworkAccessManager *m_manager = nullptr;
    QString m_email;
    QString m_domain;
    Stage m_stage = Stage::ConfigServer;
    QStringList m_mxDomains; ///< domains still to ask in Stage::MxDocuments
    bool m_mxWellKnownNext = false;
    QList<DnsQuery *> m_queries;
    QList<ServerProbe *> m_probes;
    int m_pending = 0;
    std::optional<Accounts::AutoconfigProposal> m_proposal;
    QList<Accounts::AutoconfigAttempt> m_attempts;
    QString m_error;
    bool m_done = false;
};

} // namespace Letterbox::Services
