#pragma once

#include "services/imap/imapserversettings.h"

/// The settings that reach a FakeServer IMAP script on loopback: plaintext (there is no
/// TLS to test in these scripts), AUTHENTICATE PLAIN as alice, short reads.
inline Letterbox::Services::ImapServerSettings fakeImapSettings(quint16 port)
{
    Letterbox::Services::ImapServerSettings settings;
    settings.endpoint = {QStringLiteral("127.0.0.1"), port};
    settings.session.security = Letterbox::Imap::ImapSecurity::None;
    settings.session.plaintextAllowed = true;
    settings.session.credentials
        = Letterbox::Imap::ImapCredentials {QStringLiteral("alice"), QStringLiteral("secret"), {}};
    settings.timeouts.readMs = 3000;
    return settings;
}
