#pragma once

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace Letterbox::Accounts {
struct Account;
}

namespace Letterbox::Cli {

/**
 * @short How `account list` and `account show` print an account.
 *
 * The JSON shape (one object per account; `list --json` wraps them in
 * `{"accounts": [...]}`):
 * `{"name", "email", "display_name", "incoming": {"protocol", "host", "port",
 * "security", "user", "pinned_certificate"}, "smtp": {"host", "port", "security",
 * "user", "pinned_certificate"}, "password": "keychain"|"command",
 * "password_command", "ca_file", "allow_plaintext", "pop3": {"retention",
 * "keep_days"}}`. `pinned_certificate` is a lowercase SHA-256 hex string or null;
 * `password_command`, `ca_file` and `keep_days` are null when unset. Never a password.
 */
class AccountFormat
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::AccountFormat)

public:
    [[nodiscard]] static QJsonObject toJson(const Accounts::Account &account);
    /// One line for `account list`.
    [[nodiscard]] static QString summaryLine(const Accounts::Account &account);
    /// `account show`: one "key value" line per setting, keyed like `account set`.
    static void printDetails(const Accounts::Account &account, QTextStream &out);
};

} // namespace Letterbox::Cli
