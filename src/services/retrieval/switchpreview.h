#pragma once

#include "accounts/account.h"

#include <QCoreApplication>
#include <QStringList>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/**
 * @short What a POP3 ↔ IMAP switch will do to an account's cache and server, in plain
 * words, before the person agrees: the settings dialog shows it and asks.
 *
 * The sentences follow what CacheHandover, ImapFolderList and Pop3LocalFolders do
 * (docs/ARCHITECTURE.md "Switching between POP3 and IMAP"), with the numbers of this
 * cache: which folders are set aside or made local and how many messages they hold,
 * what happens to the flags and to the copies on the server. Nothing is changed here.
 */
class SwitchPreview
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::SwitchPreview)

public:
    /// Empty when @p before and @p after use the same protocol.
    [[nodiscard]] static QStringList describe(
        Store::Database &cache, const Accounts::Account &before, const Accounts::Account &after);
};

} // namespace Letterbox::Services
