#pragma once

#include <QIcon>
#include <QString>

namespace Letterbox::Gui {

/// The freedesktop theme icon @p name (the models' IconNameRole), or the one bundled in
/// resources/icons when the desktop's theme has none (a bare X server has no theme).
QIcon themeIcon(const QString &name);

} // namespace Letterbox::Gui
