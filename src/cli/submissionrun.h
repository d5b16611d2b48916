#pragma once

#include "cli/command.h"
#include "services/submission/submissionservice.h"

#include <QCoreApplication>

namespace Letterbox::Cli {

class AccountCache;

/**
 * @short One flush of an account's outbox for `send` and `outbox --flush`: reads the
 * password (keychain or password command), runs the SubmissionService to the end in a
 * local event loop, bounded, and prints one line per message it handled.
 */
class SubmissionRun
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::SubmissionRun)

public:
    SubmissionRun(CommandContext &context, AccountCache &cache);

    /// Entries left `sending` by a process that died become maybe-sent (say so).
    void recoverInterrupted(Services::SubmissionService &service);
    /// Flushes; returns the exit code for the entries in @p mine (all when empty).
    ExitCode flush(Services::SubmissionService &service, Services::SubmissionService::FlushMode mode,
        const QList<qint64> &mine = {});

private:
    /// IMAP accounts: APPEND the journaled Sent copies now, so a second device sees them.
    void uploadSentCopies(const QString &password);

    CommandContext &m_context;
    AccountCache &m_cache;
};

} // namespace Letterbox::Cli
