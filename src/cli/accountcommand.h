#pragma once

#include <QCoreApplication>

#include "cli/command.h"

namespace Letterbox::Accounts {
class AccountStore;
}

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli account add|autoconfig|list|show|test|set|login|remove` (CLI.md "Accounts").
 *
 * The options of `add` and the keys of `set` come from one table,
 * Accounts::AccountOptions, so they cannot drift. `--password-stdin` reads one line
 * (no echo on a terminal) and stores it in the system keychain before the account is
 * written, so a failing keychain leaves no half-added account. `remove` deletes the
 * settings, the keychain entry and the account's cache directory.
 *
 * Exit codes: 2 for bad usage, a bad value or an unknown account; 3 when a password
 * would cross an unencrypted connection without allow-plaintext; 1 when the
 * settings file or the keychain fails.
 *
 * `autoconfig ADDRESS` runs Services::AutoconfigJob and prints its proposal (with
 * --json the document of docs/ARCHITECTURE.md); it saves nothing, and prints the
 * `account add` line that would. Exit 0 when something was found, 1 when no source
 * answered, 2 for an address without a usable domain. Progress goes to stderr.
 * `test` connects in and out (AccountTest). `login NAME` runs the OAuth2 authorization
 * code grant of an OAuth2 account (Accounts::OAuth2Authorizer): it prints the address
 * to open in a browser, waits for the loopback redirect and keeps the tokens in the
 * keychain; later commands refresh the access token when it ran out.
 *
 * Limits: an account cannot be renamed.
 */
class AccountCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::AccountCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    ExitCode run(const QCommandLineParser &parser, CommandContext &context) override;

private:
    ExitCode add(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context);
    ExitCode autoconfig(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context);
    ExitCode list(const QCommandLineParser &parser, CommandContext &context);
    ExitCode show(const QCommandLineParser &parser, const QStringList &arguments, CommandContext &context);
    ExitCode set(const QStringList &arguments, CommandContext &context);
    ExitCode login(const QStringList &arguments, CommandContext &context);
    ExitCode remove(const QStringList &arguments, CommandContext &context);
};

} // namespace Letterbox::Cli
