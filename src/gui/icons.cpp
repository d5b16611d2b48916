#include "gui/icons.h"

#include <QFile>
#include <QHash>

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

} // namespace Letterbox::Gui
