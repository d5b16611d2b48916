#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Letterbox::Services {

/**
 * What one account is doing, in the words the status bar shows: a snapshot MailSession
 * keeps for each account and sends whenever it changes (copied across threads).
 */
struct AccountActivity
{
    QString account;
    bool busy = false; ///< a sync, a body download or a journal replay runs
    /// What it does now, one phrase ("Inbox: 1,200 of 10,000 messages"); empty when idle.
    QString text;
    qint64 done = 0;
    qint64 total = 0; ///< 0 while unknown: the progress bar is indeterminate
    /// The last run's failure in one sentence; empty after a run that worked.
    QString lastError;
    /// What "Details…" shows for lastError: the redacted transcript of the connection.
    QString errorDetails;
    bool securityError = false; ///< the certificate or TLS was refused (the account needs attention)
    bool authenticationError = false; ///< the server refused the login
    /// Local changes not yet on the server (offline journal entries pending or failed).
    qint64 pendingChanges = 0;
    bool pushActive = false; ///< IMAP IDLE keeps the Inbox live
    QDateTime lastSync; ///< when the last run that worked ended (UTC); invalid before one
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::AccountActivity)
