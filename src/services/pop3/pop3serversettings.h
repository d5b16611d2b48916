#pragma once

#include "accounts/account.h"
#include "protocol/net/endpoint.h"
#include "protocol/net/timeouts.h"
#include "protocol/net/tlspolicy.h"
#include "protocol/pop3/pop3sessionconfig.h"

#include <QString>

namespace Letterbox::Services {

/// Where and how an account reads mail over POP3, and what it leaves on the server
/// (ServerPolicy::pop3() makes it from an Accounts::Account).
struct Pop3ServerSettings
{
    QString accountName;
    Net::Endpoint endpoint;
    Net::TlsPolicy tls; ///< its mode follows session.security
    Pop3::Pop3SessionConfig session;
    Net::Timeouts timeouts;
    Accounts::Pop3Retention retention = Accounts::Pop3Retention::Keep;
    int keepDays = 0; ///< for Pop3Retention::KeepDays
};

} // namespace Letterbox::Services
