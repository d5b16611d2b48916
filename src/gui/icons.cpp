#include "gui/icons.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QWidget>

namespace Letterbox::Gui {

QIcon themeIcon(const QString &name)
{
    if (name.isEmpty()) {
        return {};
    }
    // A list paints thousands of rows: look each name up once.
    static QHash<QString, QIcon> cache;
    if (const auto found = cache.constFind(name); found != cache.constEnd()) {
        return *found;
    }
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    QIcon icon = QIcon::fromTheme(name, QFile::exists(bundled) ? QIcon(bundled) : QIcon());
    cache.insert(name, icon);
    return icon;
}

QAction *makeWindowAction(QWidget *window, const QString &objectName, const QString &text, const QString &icon,
    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(themeIcon(icon), text, window);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

} // namespace Letterbox::Gui
