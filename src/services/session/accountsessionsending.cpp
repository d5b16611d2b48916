// AccountSession's sending side: the account's outbox worker on the engine thread.
#include "services/session/accountsession.h"

#include "services/account/certificaterefusal.h"
#include "services/account/serverpolicy.h"
#include "services/submission/submissionservice.h"
#include "store/database.h"
#include "store/outbox.h"

namespace Letterbox::Services {

void AccountSession::startSubmission()
{
    if (!m_database || m_submission) {
        return;
    }
    m_submission = std::make_unique<SubmissionService>(*m_database);
    connect(m_submission.get(), &SubmissionService::entryFinished, this, &AccountSession::onSendReport);
    connect(m_submission.get(), &SubmissionService::flushFinished, this, &AccountSession::onFlushFinished);
    connect(m_submission.get(), &SubmissionService::sizeLimitKnown, this,
        [this](qint64 octets) { Q_EMIT sizeLimitKnown(m_account.name, octets); });
    // A window that died while sending left entries `sending`: the server may have them,
    // so they wait as "may have been sent" for the person's say (never sent twice by
    // themselves).
    const Store::Result<QList<qint64>> recovered = m_submission->recoverInterrupted();
    if (recovered.ok() && !recovered.value().isEmpty()) {
        Q_EMIT outboxChanged(m_account.name);
    }
    if (m_online) {
        flushOutbox();
    }
}

void AccountSession::stopSubmission()
{
    if (m_submission) {
        // A running flush goes on to its end (a message half sent is not cut off);
        // nothing new starts until the session is online again.
        m_submission->setAutomaticRetry(false);
    }
}

bool AccountSession::hasSomethingToSend() const
{
    const Store::Result<QList<Store::OutboxEntry>> entries = Store::Outbox(*m_database).entries();
    // A cache that cannot be read says so when the flush tries it.
    return !entries.ok()
        || std::any_of(entries.value().cbegin(), entries.value().cend(), [](const Store::OutboxEntry &entry) {
               return entry.state == Store::OutboxState::Queued
                   || (entry.state == Store::OutboxState::Failed && entry.nextAttempt.isValid());
           });
}

bool AccountSession::isSending() const
{
    return m_submission && m_submission->isFlushing();
}

void AccountSession::flushOutbox(bool everything)
{
    if (!m_online || m_shutDown || !m_database) {
        return;
    }
    startSubmission();
    if (!hasSomethingToSend()) {
        return; // no password read (a keychain prompt) for an empty outbox
    }
    m_flushEverything = m_flushEverything || everything;
    if (m_submission->isFlushing()) {
        m_flushAgain = true; // entries queued after this flush took its list
        return;
    }
    withPassword([this](const QString &password) {
        if (!m_submission || m_submission->isFlushing()) {
            m_flushAgain = true;
            return;
        }
        QString error;
        const std::optional<SubmissionSettings> settings = ServerPolicy::submission(m_account, password, &error);
        if (!settings) {
            fail(error);
            return;
        }
        m_submission->setSettings(*settings);
        m_submission->setAutomaticRetry(true);
        const auto mode = std::exchange(m_flushEverything, false) ? SubmissionService::FlushMode::Everything
                                                                  : SubmissionService::FlushMode::Due;
        if (m_submission->flush(mode)) {
            // flush() marked the due entries `sending` before returning.
            Q_EMIT outboxChanged(m_account.name);
            setBusy(true, tr("Sending messages through %1…").arg(m_account.smtp.host));
        }
    });
}

void AccountSession::onSendReport(const SendReport &report)
{
    Q_EMIT sendReported(m_account.name, report.entryId, report.messageId, report.isDelivered(), report.text);
}

void AccountSession::onFlushFinished(const FlushSummary &summary)
{
    setBusy(false);
    if (summary.connectionError) {
        fail(summary.connectionError->text, {},
            summary.connectionError->category == SmtpClientError::Category::Security,
            summary.connectionError->category == SmtpClientError::Category::Authentication);
        if (summary.connectionError->certificate) {
            // The window asks the person (the certificate dialog), as for the incoming server.
            reportCertificate(AccountServer::Outgoing, *summary.connectionError->certificate);
        }
    }
    Q_EMIT outboxChanged(m_account.name);
    // An IMAP account's Sent copies wait in the journal as APPENDs (SubmissionService):
    // upload them now, so another device sees them.
    const bool anySent = std::any_of(summary.reports.cbegin(), summary.reports.cend(), [](const SendReport &report) {
        return report.result == SendReport::Result::Sent || report.result == SendReport::Result::PartlySent;
    });
    if (anySent) {
        replayJournal();
    }
    if (std::exchange(m_flushAgain, false)) {
        flushOutbox();
    }
}

} // namespace Letterbox::Services
