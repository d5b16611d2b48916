// MailSession: accounts added, changed or removed while the window runs.
#include "services/session/mailsession.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "services/session/mailsession_p.h"

namespace Letterbox::Services {

int MailSession::addAccount(const QString &name, QString *error)
{
    if (!m_profile || !m_engineThread) {
        if (error) {
            *error = tr("No profile is open, so account %1 cannot be opened.").arg(name);
        }
        return -1;
    }
    if (indexOf(name) >= 0) {
        if (error) {
            *error = tr("Account %1 is open already.").arg(name);
        }
        return -1;
    }
    QStringList errors;
    // A new account is synced at once (when online), whatever the start-up choice: the
    // person who just added it wants to see its mail.
    const int index = openAccount(name, true, &errors);
    if (index < 0) {
        if (error) {
            *error = errors.value(0, tr("Account %1 could not be opened.").arg(name));
        }
        return -1;
    }
    Q_EMIT accountAdded(index);
    return index;
}

Accounts::Account MailSession::effectiveAccount(const Entry &entry)
{
    Accounts::Account account = entry.account;
    if (!entry.onceIncoming.isEmpty()) {
        account.incoming.pinnedCertificate = entry.onceIncoming;
    }
    if (!entry.onceSmtp.isEmpty()) {
        account.smtp.pinnedCertificate = entry.onceSmtp;
    }
    return account;
}

void MailSession::pushAccount(Entry &entry)
{
    const Accounts::Account account = effectiveAccount(entry);
    const int interval = m_options.checkIntervalMs > 0 ? account.checkIntervalMinutes * 60 * 1000 : 0;
    AccountSession *session = entry.session;
    QMetaObject::invokeMethod(session, [session, account, interval] { session->setAccount(account, interval); });
}

void MailSession::onCertificateRefused(const QString &account, const CertificateRefusal &refusal)
{
    const int index = indexOf(account);
    if (index >= 0) {
        reportCertificateRefusal(index, refusal);
    }
}

void MailSession::reportCertificateRefusal(int account, const CertificateRefusal &refusal)
{
    Entry *found = entry(account);
    if (!found || found->declined.contains(refusal.certificate.sha256)) {
        return;
    }
    for (const CertificateRefusal &waiting : std::as_const(found->refusals)) {
        if (waiting.server == refusal.server && waiting.certificate.sha256 == refusal.certificate.sha256) {
            return; // shown already; the person has not answered yet
        }
    }
    found->refusals.append(refusal);
    Q_EMIT certificateRefused(account, refusal);
}

bool MailSession::acceptCertificate(int account, const QByteArray &sha256, CertificateTrust trust, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    Entry *found = entry(account);
    if (!found) {
        return failWith(tr("There is no such account."));
    }
    const auto refusal = std::find_if(found->refusals.begin(), found->refusals.end(),
        [&sha256](const CertificateRefusal &waiting) { return waiting.certificate.sha256 == sha256; });
    if (refusal == found->refusals.end()) {
        return failWith(tr("No connection of account %1 is waiting for that certificate.").arg(found->account.name));
    }
    const bool incoming = refusal->server == AccountServer::Incoming;
    Accounts::ServerSettings &server = incoming ? found->account.incoming : found->account.smtp;
    // A pin is for the host and port that showed it; settings changed since do not get it.
    if (server.host != refusal->host || server.port != refusal->port) {
        found->refusals.erase(refusal);
        return failWith(
            tr("The server of account %1 has changed since that certificate was shown.").arg(found->account.name));
    }
    if (trust == CertificateTrust::Always) {
        Accounts::Account updated = found->account;
        (incoming ? updated.incoming : updated.smtp).pinnedCertificate = sha256;
        if (const Accounts::AccountResult written = Accounts::AccountStore(*m_profile).update(updated); !written.ok()) {
            return failWith(written.message);
        }
        found->account = updated;
        (incoming ? found->onceIncoming : found->onceSmtp).clear();
    } else {
        (incoming ? found->onceIncoming : found->onceSmtp) = sha256;
    }
    found->refusals.erase(refusal);
    found->declined.removeAll(sha256);
    pushAccount(*found);
    sync(account);
    return true;
}

void MailSession::declineCertificate(int account, const QByteArray &sha256)
{
    Entry *found = entry(account);
    if (!found) {
        return;
    }
    found->refusals.erase(
        std::remove_if(found->refusals.begin(), found->refusals.end(),
            [&sha256](const CertificateRefusal &waiting) { return waiting.certificate.sha256 == sha256; }),
        found->refusals.end());
    if (!found->declined.contains(sha256)) {
        found->declined.append(sha256);
    }
}

} // namespace Letterbox::Services
