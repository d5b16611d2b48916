#pragma once

#include <QString>

namespace Letterbox::Accounts {

/**
 * @short Where one user's settings and data live on disk.
 *
 * By default the XDG locations (settings under $XDG_CONFIG_HOME/letterbox, caches
 * under $XDG_DATA_HOME/letterbox). With `--profile DIR` (both front ends) everything
 * lives under DIR instead, so two profiles never share anything.
 */
class Profile
{
public:
    /// The XDG profile of the current user.
    static Profile standard();
    /// A profile rooted at @p directory (made absolute).
    static Profile atDirectory(const QString &directory);

    [[nodiscard]] bool isCustom() const { return !m_root.isEmpty(); }
    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString configDirectory() const { return m_configDirectory; }
    [[nodiscard]] QString dataDirectory() const { return m_dataDirectory; }
    /// The INI file that holds account settings (never a secret).
    [[nodiscard]] QString settingsFile() const;
    /**
     * Where the cache of the account called @p accountName lives:
     * `<data>/accounts/<name>` (cache.sqlite and blobs/). Account names are checked
     * by the accounts layer to be safe as one path component.
     */
    [[nodiscard]] QString accountDataDirectory(const QString &accountName) const;

    /**
     * Creates the directories, private to the user (0700), when missing.
     * Returns false and sets @p errorMessage when that fails.
     */
    bool ensureExists(QString *errorMessage) const;

private:
    QString m_root;
    QString m_configDirectory;
    QString m_dataDirectory;
};

} // namespace Letterbox::Accounts
