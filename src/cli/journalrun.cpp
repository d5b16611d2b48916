#include "cli/journalrun.h"

#include "accounts/credentialstore.h"
#include "cli/accountcache.h"
#include "cli/eventwait.h"
#include "services/account/serverpolicy.h"
#include "services/imap/imapjournalreplay.h"

#include <QTextStream>

namespace Letterbox::Cli {

namespace {
// Each step has its own connect and read timeouts; this only guards a wedge.
constexpr int s_replayLimitMs = 30 * 60 * 1000;
} // namespace

JournalRun::JournalRun(CommandContext &context, AccountCache &cache)
    : m_context(context)
    , m_cache(cache)
{ }

ExitCode JournalRun::replay()
{
    const Accounts::Account &account = m_cache.account();
    if (account.protocol != Accounts::IncomingProtocol::Imap) {
        return ExitCode::Success;
    }
    const Accounts::CredentialResult password = Accounts::CredentialStore().obtainPasswordBlocking(account);
    if (!password.ok() && password.code != Accounts::CredentialResult::Code::NotFound) {
        m_context.err
            << password.message << Qt::endl
            << tr("The change is kept in the cache of %1 and goes to the server at the next sync.").arg(account.name)
            << Qt::endl;
        return ExitCode::Success;
    }
    QString error;
    const std::optional<Services::ImapServerSettings> settings
        = Services::ServerPolicy::imap(account, password.ok() ? password.password : QString(), &error);
    if (!settings) {
        m_context.err << error << Qt::endl;
        return ExitCode::Usage;
    }
    Services::ImapJournalReplay replay(m_cache.database());
    replay.setSettings(*settings);
    Services::JournalReplaySummary summary;
    const WaitResult waited = runUntil(&replay, &Services::ImapJournalReplay::finished, &summary, s_replayLimitMs,
        [&replay] { return replay.replay(); });
    if (waited == WaitResult::NotStarted) {
        return ExitCode::Failed;
    }
    const bool finished = waited == WaitResult::Finished;
    if (!finished || summary.connectionError) {
        const QString reason = summary.connectionError ? summary.connectionError->text : tr("no answer in time");
        m_context.err << tr("Account %1: the server could not be told yet (%2); the change is kept and goes to the "
                            "server at the next sync.")
                             .arg(account.name, reason)
                      << Qt::endl;
        if (summary.connectionError && summary.connectionError->security) {
            return ExitCode::SecurityRefusal;
        }
        return ExitCode::Success;
    }
    for (const QString &problem : std::as_const(summary.problems)) {
        m_context.err << tr("Account %1: %2").arg(account.name, problem) << Qt::endl;
    }
    return summary.failed > 0 ? ExitCode::Failed : ExitCode::Success;
}

} // namespace Letterbox::Cli
