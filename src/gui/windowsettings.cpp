#include "gui/windowsettings.h"

#include <QDir>

namespace Letterbox::Gui {

namespace {
QString layoutKey(PaneLayout layout)
{
    switch (layout) {
    case PaneLayout::Classic:
        return QStringLiteral("classic");
    case PaneLayout::Wide:
        return QStringLiteral("wide");
    case PaneLayout::Vertical:
        return QStringLiteral("vertical");
    }
    return QStringLiteral("classic");
}
} // namespace

WindowSettings::WindowSettings(const QString &configDirectory)
    : m_settings(QDir(configDirectory).filePath(QStringLiteral("window.ini")), QSettings::IniFormat)
{ }

PaneLayout WindowSettings::layout() const
{
    const QString value = m_settings.value(QStringLiteral("window/layout")).toString();
    if (value == layoutKey(PaneLayout::Wide)) {
        return PaneLayout::Wide;
    }
    if (value == layoutKey(PaneLayout::Vertical)) {
        return PaneLayout::Vertical;
    }
    return PaneLayout::Classic;
}

void WindowSettings::setLayout(PaneLayout layout)
{
    m_settings.setValue(QStringLiteral("window/layout"), layoutKey(layout));
}

QByteArray WindowSettings::geometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray WindowSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void WindowSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray WindowSettings::splitterState(PaneLayout layout, bool inner) const
{
    return m_settings.value(QStringLiteral("splitters/%1-%2").arg(layoutKey(layout), inner ? u"inner" : u"outer"))
        .toByteArray();
}

void WindowSettings::setSplitterState(PaneLayout layout, bool inner, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/%1-%2").arg(layoutKey(layout), inner ? u"inner" : u"outer"), state);
}

QByteArray WindowSettings::listHeaderState() const
{
    return m_settings.value(QStringLiteral("list/header")).toByteArray();
}

void WindowSettings::setListHeaderState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("list/header"), state);
}

bool WindowSettings::threaded() const
{
    return m_settings.value(QStringLiteral("list/threaded"), false).toBool();
}

void WindowSettings::setThreaded(bool threaded)
{
    m_settings.setValue(QStringLiteral("list/threaded"), threaded);
}

QString WindowSettings::lastAccount() const
{
    return m_settings.value(QStringLiteral("folder/account")).toString();
}

QString WindowSettings::lastFolder() const
{
    return m_settings.value(QStringLiteral("folder/path")).toString();
}

void WindowSettings::setLastFolder(const QString &account, const QString &folder)
{
    m_settings.setValue(QStringLiteral("folder/account"), account);
    m_settings.setValue(QStringLiteral("folder/path"), folder);
}

int WindowSettings::markReadDelaySeconds() const
{
    return m_settings.value(QStringLiteral("reading/mark-read-after"), 0).toInt();
}

void WindowSettings::setMarkReadDelaySeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("reading/mark-read-after"), seconds);
}

bool WindowSettings::offline() const
{
    return m_settings.value(QStringLiteral("network/offline"), false).toBool();
}

void WindowSettings::setOffline(bool offline)
{
    m_settings.setValue(QStringLiteral("network/offline"), offline);
}

} // namespace Letterbox::Gui
