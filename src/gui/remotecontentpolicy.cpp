#include "gui/remotecontentpolicy.h"

#include <QSettings>

namespace Letterbox::Gui {

namespace {

const QString trustedKey = QStringLiteral("remoteContent/alwaysLoadFrom");

} // namespace

RemoteContentPolicy::RemoteContentPolicy(QString settingsFile)
    : m_file(std::move(settingsFile))
{
    if (!m_file.isEmpty()) {
        const QSettings settings(m_file, QSettings::IniFormat);
        for (const QString &address : settings.value(trustedKey).toStringList()) {
            if (!address.trimmed().isEmpty()) {
                m_trusted.append(address.trimmed().toLower());
            }
        }
        m_trusted.removeDuplicates();
    }
}

bool RemoteContentPolicy::isTrusted(const QString &address) const
{
    return m_trusted.contains(address.trimmed().toLower());
}

void RemoteContentPolicy::trust(const QString &address)
{
    const QString key = address.trimmed().toLower();
    if (key.isEmpty() || m_trusted.contains(key)) {
        return;
    }
    m_trusted.append(key);
    if (!m_file.isEmpty()) {
        QSettings settings(m_file, QSettings::IniFormat);
        settings.setValue(trustedKey, m_trusted);
        settings.sync();
    }
}

} // namespace Letterbox::Gui
