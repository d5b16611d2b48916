#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "accounts/account.h"
#include "accounts/accountresult.h"
#include "accounts/profile.h"

class QSettings;

namespace Letterbox::Accounts {

/**
 * @short The accounts of one profile, kept in its settings file (Profile::settingsFile()).
 *
 * A QSettings INI file: `[General] version=1`, then one group per account,
 * `accounts/<name>/...`. Never a secret: the password is in the keychain
 * (CredentialStore) or behind a command. Every write is validated first, synced at
 * once, and leaves the file readable by its owner only (0600).
 *
 * The version key lets a later format migrate; a file with a newer version than
 * this program knows is refused (never rewritten), like the store's caches.
 * Names are unique without regard to case, so an account's data directory and
 * keychain key never collide on a case-insensitive file system.
 *
 * Removing an account removes its settings only: the caller also deletes its
 * keychain entry (CredentialStore::removePassword) and its cache
 * (removeDataDirectory), so a front end can report each step.
 *
 * Limits: not thread-safe; two processes writing at once rely on QSettings'
 * lock-file-and-merge, which keeps both changes unless they touch the same account.
 */
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Accounts::AccountStore)

public:
    /// The format this program reads and writes.
    static constexpr int s_formatVersion = 1;

    explicit AccountStore(Profile profile);

    [[nodiscard]] const Profile &profile() const { return m_profile; }

    /// Whether the settings file can be read (exists or not) and has a known version.
    [[nodiscard]] AccountResult status() const;
    /// The account names, sorted; empty when status() is not ok.
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] bool contains(const QString &name) const;

    /// Reads @p name into @p account; NotFound when there is no such account.
    [[nodiscard]] AccountResult load(const QString &name, Account *account) const;
    /// Adds a validated @p account; AlreadyExists when its name (ignoring case) is taken.
    [[nodiscard]] AccountResult add(const Account &account);
    /// Replaces the stored account of the same name with @p account (validated first).
    [[nodiscard]] AccountResult update(const Account &account);
    /// Removes the settings of @p name (see the class comment for the rest).
    [[nodiscard]] AccountResult remove(const QString &name);
    /// Deletes Profile::accountDataDirectory(name) and everything in it; ok when absent.
    [[nodiscard]] AccountResult removeDataDirectory(const QString &name) const;

private:
    [[nodiscard]] AccountResult open(QSettings &settings, bool forWriting) const;
    [[nodiscard]] AccountResult write(const Account &account);
    [[nodiscard]] AccountResult sync(QSettings &settings) const;

    Profile m_profile;
};

} // namespace Letterbox::Accounts
