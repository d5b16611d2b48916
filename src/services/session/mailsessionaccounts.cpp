// MailSession: accounts added, changed or removed while the window runs.
#include "services/session/mailsession.h"

#include "accounts/accountstore.h"
#include "accounts/credentialjob.h"
#include "accounts/credentialstore.h"
#include "accounts/profile.h"
#include "services/session/mailsession_p.h"
#include "store/outbox.h"

#include <QPointer>

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
    // The same rule as openAccount(): the session's options, the account's own choices.
    AccountSessionOptions options;
    options.push = m_options.push && account.imapIdle;
    options.checkIntervalMs = m_options.checkIntervalMs > 0 ? account.checkIntervalMinutes * 60 * 1000 : 0;
    AccountSession *session = entry.session;
    QMetaObject::invokeMethod(session, [session, account, options] { session->setAccount(account, options); });
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
    if (!incoming) {
        // What the refusal stopped waits in the outbox as failed: send it now with the new
        // pin (never a "may have been sent" one: that stays for the person's Send Again).
        const Store::Result<QList<Store::OutboxEntry>> waiting = Store::Outbox(*found->database).entries();
        for (const Store::OutboxEntry &outgoing : waiting.ok() ? waiting.value() : QList<Store::OutboxEntry>()) {
            if (outgoing.state == Store::OutboxState::Failed) {
                sendAgain(account, outgoing.id);
            }
        }
    }
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

void MailSession::storeCredential(const QString &name, const QString &secret, Credential kind, QObject *context,
    std::function<void(const Accounts::CredentialResult &result)> done, const QString &service)
{
    const QPointer<QObject> guard(context);
    const auto answer = [this, guard, done](const Accounts::CredentialResult &result) {
        QMetaObject::invokeMethod(this, [guard, done, result] {
            if (guard) {
                done(result);
            }
        });
    };
    QMetaObject::invokeMethod(m_engineRoot, [root = m_engineRoot, name, secret, kind, service, answer] {
        const Accounts::CredentialStore credentials(service);
        if (kind == Credential::OAuth2Tokens) {
            // Rare and bounded by the keychain's own timeout; the engines wait that long too.
            answer(secret.isEmpty() ? credentials.removeTokensBlocking(name)
                                    : credentials.writeTokensBlocking(name, secret));
            return;
        }
        Accounts::CredentialJob *job
            = secret.isEmpty() ? credentials.removePassword(name, root) : credentials.writePassword(name, secret, root);
        QObject::connect(job, &Accounts::CredentialJob::finished, root, [answer](Accounts::CredentialJob *finished) {
            answer(finished->result());
            finished->deleteLater();
        });
        job->start();
    });
}

bool MailSession::updateAccount(int account, const Accounts::Account &changed, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    Entry *found = entry(account);
    if (!found || !m_profile) {
        return failWith(tr("There is no such account."));
    }
    if (changed.name != found->account.name) {
        // The name is the cache's directory and the keychain's key.
        return failWith(tr("An account cannot be renamed here."));
    }
    if (const Accounts::AccountResult written = Accounts::AccountStore(*m_profile).update(changed); !written.ok()) {
        return failWith(written.message);
    }
    const Accounts::Account before = found->account;
    found->account = changed;
    const bool serverChanged = before.protocol != changed.protocol || before.incoming.host != changed.incoming.host
        || before.incoming.port != changed.incoming.port || before.incoming.security != changed.incoming.security
        || before.incoming.user != changed.incoming.user;
    if (before.incoming.host != changed.incoming.host || before.incoming.port != changed.incoming.port) {
        found->onceIncoming.clear(); // a pin is for the host and port that showed it
    }
    if (before.smtp.host != changed.smtp.host || before.smtp.port != changed.smtp.port) {
        found->onceSmtp.clear();
    }
    if (before.protocol != changed.protocol) {
        // IMAP journals local changes for the server, POP3 keeps them here.
        found->actions
            = std::make_unique<LocalActions>(*found->database, changed.protocol == Accounts::IncomingProtocol::Imap);
    }
    found->refusals.clear();
    found->declined.clear();
    pushAccount(*found);
    if (serverChanged) {
        sync(account);
    }
    return true;
}

bool MailSession::removeAccount(int account, QString *error, const QString &credentialService)
{
    Entry *found = entry(account);
    if (!found || !m_profile) {
        if (error) {
            *error = tr("There is no such account.");
        }
        return false;
    }
    const Accounts::Account removed = found->account;
    Accounts::AccountStore store(*m_profile);
    if (const Accounts::AccountResult gone = store.remove(removed.name);
        !gone.ok() && gone.code != Accounts::AccountResult::Code::NotFound) {
        if (error) {
            *error = gone.message;
        }
        return false;
    }
    // The engine (and its Database) goes on its own thread, before the files do.
    AccountSession *session = found->session;
    QMetaObject::invokeMethod(
        m_engineRoot, // not the session itself: it is deleted inside the call
        [session] {
            session->shutDown();
            delete session;
        },
        Qt::BlockingQueuedConnection);
    found->session = nullptr;
    Q_EMIT accountRemoving(account);
    found->actions.reset();
    found->database.reset();
    found->removed = true;

    QStringList problems;
    if (const Accounts::AccountResult data = store.removeDataDirectory(removed.name); !data.ok()) {
        problems.append(data.message);
    }
    // The keychain on the engine thread, as storeCredential(): its blocking calls never stall the window.
    const QPointer<MailSession> self(this);
    QMetaObject::invokeMethod(m_engineRoot, [self, removed, problems, credentialService] {
        const Accounts::CredentialStore credentials(credentialService);
        QStringList all = problems;
        if (removed.passwordSource == Accounts::PasswordSource::OAuth2) {
            if (const Accounts::CredentialResult tokens = credentials.removeTokensBlocking(removed.name);
                !tokens.ok()) {
                all.append(
                    tr("The OAuth2 tokens of %1 may remain in the keychain: %2").arg(removed.name, tokens.message));
            }
        }
        const Accounts::CredentialResult password = credentials.removePasswordBlocking(removed.name);
        // A command account may never have had an entry, and a machine without a
        // keychain holds none: only a keychain account reports a failure (as the CLI).
        if (!password.ok() && removed.passwordSource == Accounts::PasswordSource::Keychain) {
            all.append(tr("The password of %1 may remain in the keychain: %2").arg(removed.name, password.message));
        }
        // The session outlives this call: its destructor waits for the engine thread.
        if (self) {
            QMetaObject::invokeMethod(self.data(), [self, name = removed.name, problem = all.join(QLatin1Char(' '))] {
                if (self) {
                    Q_EMIT self->accountRemoved(name, problem);
                }
            });
        }
    });
    return true;
}

} // namespace Letterbox::Services
