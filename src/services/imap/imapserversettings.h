#pragma once

#include "protocol/imap/imapsessionconfig.h"
#include "protocol/net/endpoint.h"
#include "protocol/net/timeouts.h"
#include "protocol/net/tlspolicy.h"

#include <QString>

namespace Letterbox::Services {

/// Where and how an account reads mail over IMAP (ServerPolicy::imap() makes one).
struct ImapServerSettings
{
    QString accountName;
    Net::Endpoint endpoint;
    Net::TlsPolicy tls; ///< its mode follows session.security
    Imap::ImapSessionConfig session;
    Net::Timeouts timeouts;
    /// The sync window in days (the account's imap-sync-days); 0 syncs every message.
    int syncDays = 0;
};

} // namespace Letterbox::Services
