#pragma once

#include "protocol/net/tlspolicy.h"

namespace Letterbox::Services {

/**
 * The connection layer's mode for a session's security setting: each protocol's
 * configuration has its own enum (Pop3Security, ImapSecurity, SmtpSecurity) with the same
 * three members, ImplicitTls, StartTls and None.
 */
template<class SessionSecurity> Net::SecurityMode toSecurityMode(SessionSecurity security)
{
    switch (security) {
    case SessionSecurity::ImplicitTls:
        return Net::SecurityMode::ImplicitTls;
    case SessionSecurity::StartTls:
        return Net::SecurityMode::StartTls;
    case SessionSecurity::None:
        return Net::SecurityMode::None;
    }
    return Net::SecurityMode::ImplicitTls;
}

} // namespace Letterbox::Services
