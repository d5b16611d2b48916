#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Letterbox::Accounts {

/**
 * @short What an OAuth2 provider handed out for one account: the access token the
 * servers take (XOAUTH2/OAUTHBEARER), the refresh token that gets the next one, and
 * when the access token runs out.
 *
 * Kept in the keychain as one entry (CredentialStore::tokenKeyFor()) in the compact
 * JSON of toText(), never in the settings file. An invalid or missing expiry means
 * "unknown": the token is used until a server refuses it.
 */
struct OAuth2Tokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;

    /// True when the access token is gone or runs out within a minute of @p now (a
    /// login started just before the expiry would otherwise fail on the server).
    [[nodiscard]] bool isExpired(const QDateTime &now) const;
    [[nodiscard]] QString toText() const;
    /// Nothing when @p text is not what toText() writes.
    [[nodiscard]] static std::optional<OAuth2Tokens> fromText(const QString &text);
};

} // namespace Letterbox::Accounts
