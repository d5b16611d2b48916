#pragma once

// An account as `letterbox-cli account add` makes it, whose servers are a closed port
// (127.0.0.1:1): for window tests, benchmarks and screenshots that show a cache and must
// never reach a server. Header-only: its users link Letterbox::Accounts already.

#include "accounts/account.h"

inline Letterbox::Accounts::Account unreachableAccount(
    const QString &name, Letterbox::Accounts::IncomingProtocol protocol = Letterbox::Accounts::IncomingProtocol::Imap)
{
    using namespace Letterbox::Accounts;
    Account account;
    account.name = name;
    account.email = name + QStringLiteral("@example.org");
    account.protocol = protocol;
    account.incoming = {QStringLiteral("127.0.0.1"), 1, Security::Tls, name, {}};
    account.smtp = account.incoming;
    account.passwordSource = PasswordSource::Command;
    account.passwordCommand = QStringLiteral("echo unused");
    return account;
}
