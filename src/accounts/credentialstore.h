#pragma once

#include <QString>

#include "accounts/credentialresult.h"

class QObject;

namespace Letterbox::Accounts {

class CredentialJob;
struct Account;

/**
 * @short Where an account's password comes from: the system keychain (Secret
 * Service, through QtKeychain) or the account's password command.
 *
 * One password per account serves IMAP/POP3 and SMTP; it is kept under the
 * service LETTERBOX_APP_ID with the key "<account>/password" (keyFor()). It never
 * touches a file: when no keychain is reachable the job fails with a sentence that
 * says what to start or install (QtKeychain's plaintext fallback is never used).
 *
 * The asynchronous API returns a CredentialJob (owned by @p parent, or by the
 * caller when that is null; it is not started). The *Blocking helpers are for
 * letterbox-cli: they run the job in a local event loop, bounded by its timeout.
 */
class CredentialStore
{
public:
    /// @p serviceName defaults to LETTERBOX_APP_ID; tests give their own.
    explicit CredentialStore(QString serviceName = {});

    [[nodiscard]] QString serviceName() const { return m_serviceName; }
    [[nodiscard]] static QString keyFor(const QString &accountName);
    /// The entry of an OAuth2 account's tokens: "<account>/oauth2" (OAuth2Tokens::toText()).
    [[nodiscard]] static QString tokenKeyFor(const QString &accountName);

    [[nodiscard]] CredentialJob *readPassword(const QString &accountName, QObject *parent = nullptr) const;
    [[nodiscard]] CredentialJob *writePassword(
        const QString &accountName, const QString &password, QObject *parent = nullptr) const;
    /// Deleting an entry that does not exist succeeds.
    [[nodiscard]] CredentialJob *removePassword(const QString &accountName, QObject *parent = nullptr) const;
    /// The password of @p account, from the keychain or by running its password command.
    /// Not for PasswordSource::OAuth2 (that needs the network): obtainPasswordBlocking().
    [[nodiscard]] CredentialJob *obtainPassword(const Account &account, QObject *parent = nullptr) const;

    CredentialResult readPasswordBlocking(const QString &accountName) const;
    CredentialResult writePasswordBlocking(const QString &accountName, const QString &password) const;
    CredentialResult removePasswordBlocking(const QString &accountName) const;
    /// For an OAuth2 account: its access token, refreshed first when it ran out.
    CredentialResult obtainPasswordBlocking(const Account &account) const;

    /// The OAuth2 tokens of @p accountName as stored text (in CredentialResult::password).
    CredentialResult readTokensBlocking(const QString &accountName) const;
    CredentialResult writeTokensBlocking(const QString &accountName, const QString &tokens) const;
    /// Deleting tokens that do not exist succeeds.
    CredentialResult removeTokensBlocking(const QString &accountName) const;

private:
    QString m_serviceName;
};

} // namespace Letterbox::Accounts
