#pragma once

#include "accounts/account.h"
#include "cli/command.h"
#include "store/folder.h"
#include "store/messagerecord.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Cli {

/**
 * @short An account's local cache, opened for the commands that work offline
 * (`folders`, `list`, `read`, `search`).
 *
 * It reads the account's settings and opens `Profile::accountDataDirectory(name)`; it
 * never touches the network (CLI.md: "A command that works offline … never touches the
 * network"). Failures are written to the context's error stream as one sentence naming
 * the account, and returned as the exit code to give.
 */
class AccountCache
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::AccountCache)

public:
    AccountCache();
    ~AccountCache();

    /// Loads account @p name and opens its cache; ExitCode::Success when both worked.
    ExitCode open(CommandContext &context, const QString &name);
    /**
     * The folder at @p path, or the account's Inbox when @p path is empty. Unknown paths
     * are bad input (ExitCode::Usage) with a hint to sync.
     */
    ExitCode findFolder(CommandContext &context, const QString &path, Store::Folder *folder);
    /**
     * The account's password from the keychain or its password command, into @p password
     * (empty when none is stored: a server without login may still work). A keychain that
     * fails is said on stderr and ExitCode::Failed.
     */
    ExitCode password(CommandContext &context, QString *password) const;
    /// For an OAuth2 account whose access token a server refused: a new one from the
    /// refresh token (kept in the keychain), into @p token.
    ExitCode refreshedToken(CommandContext &context, QString *token) const;
    /// The row of UID @p uid in @p folder; a UID the cache does not hold is bad input.
    ExitCode findMessage(CommandContext &context, const Store::Folder &folder, quint32 uid, qint64 *id);

    [[nodiscard]] const Accounts::Account &account() const { return m_account; }
    [[nodiscard]] Store::Database &database() { return *m_database; }
    [[nodiscard]] bool isPop3() const { return m_account.protocol == Accounts::IncomingProtocol::Pop3; }

    /// One message of `list --json` and `search --json` (CLI.md's fields).
    [[nodiscard]] QJsonObject summaryJson(const Store::MessageRecord &message) const;
    /// One line of `list` and `search`: UID, date, sender, subject and markers.
    [[nodiscard]] static QString summaryLine(const Store::MessageRecord &message);
    /// The IMAP names of a message's flags and keywords ("\\Seen", "$Label1").
    [[nodiscard]] static QStringList flagNames(const Store::MessageRecord &message);
    [[nodiscard]] static QString roleName(Store::SpecialUse role);

private:
    Accounts::Account m_account;
    std::unique_ptr<Store::Database> m_database;
};

} // namespace Letterbox::Cli
