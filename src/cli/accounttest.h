#pragma once

#include "cli/command.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Letterbox::Services {
struct ConnectionTestReport;
}

namespace Letterbox::Cli {

/**
 * @short `letterbox-cli account test NAME [--json]` (CLI.md "Accounts"): connects in and
 * out with the account's settings and password and reports TLS, certificate,
 * capabilities, login methods and whether the login worked (Services::ConnectionTest).
 *
 * Exit codes: 0 when both servers were reached and the logins worked, 3 when either
 * refused on security grounds (an untrusted certificate, STARTTLS missing), 1 otherwise.
 */
class AccountTest
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Cli::AccountTest)

public:
    static ExitCode run(const QString &accountName, bool json, CommandContext &context);
    /// The `--json` document: {"account", "ok", "servers": [...]}.
    [[nodiscard]] static QByteArray toJson(const Services::ConnectionTestReport &report);
};

} // namespace Letterbox::Cli
