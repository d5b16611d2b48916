#include "accounts/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Letterbox::Accounts {

namespace {

// Both front ends share one profile, so the directory name must not depend on which
// binary runs (QStandardPaths::AppConfigLocation would use the application name).
const QLatin1StringView s_directoryName("letterbox");

bool makePrivateDirectory(const QString &path, QString *errorMessage)
{
    if (!QDir().mkpath(path)) {
        if (errorMessage) {
            *errorMessage
                = QCoreApplication::translate("Letterbox::Accounts::Profile", "Cannot create the directory %1.")
                      .arg(path);
        }
        return false;
    }
    // Mail and account settings are private: keep other users out.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace

Profile Profile::standard()
{
    Profile profile;
    profile.m_configDirectory
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/') + s_directoryName;
    profile.m_dataDirectory
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + s_directoryName;
    return profile;
}

Profile Profile::atDirectory(const QString &directory)
{
    Profile profile;
    profile.m_root = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    profile.m_configDirectory = profile.m_root + QLatin1String("/config");
    profile.m_dataDirectory = profile.m_root + QLatin1String("/data");
    return profile;
}

QString Profile::accountDataDirectory(const QString &accountName) const
{
    return m_dataDirectory + QLatin1String("/accounts/") + accountName;
}

QString Profile::settingsFile() const
{
    return m_configDirectory + QLatin1String("/letterbox.ini");
}

bool Profile::ensureExists(QString *errorMessage) const
{
    if (isCustom() && !makePrivateDirectory(m_root, errorMessage)) {
        return false;
    }
    return makePrivateDirectory(m_configDirectory, errorMessage) && makePrivateDirectory(m_dataDirectory, errorMessage);
}

} // namespace Letterbox::Accounts
