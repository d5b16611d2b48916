#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Letterbox::Cli {

class AccountCache;

/**
 * @short Replays an IMAP account's offline journal now (Services::ImapJournalReplay), for
 * `flag` and `move`, which change the cache first and then tell the server at once when
 * it can be reached. A POP3 account has nothing to replay: its folders are local.
 */
class JournalRun
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::JournalRun)

public:
    JournalRun(CommandContext &context, AccountCache &cache);

    /**
     * Replays what waits. ExitCode::Success when the server took every entry, or when it
     * could not be reached (the change is kept and replayed by the next sync or command;
     * said on stderr); Failed when the server refused one (its words on stderr).
     */
    ExitCode replay();

private:
    CommandContext &m_context;
    AccountCache &m_cache;
};

} // namespace Letterbox::Cli
