#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace Letterbox::Gui {

/// The freedesktop theme icon @p name (the models' IconNameRole), or the one bundled in
/// resources/icons when the desktop's theme has none (a bare X server has no theme).
QIcon themeIcon(const QString &name);

/// An action of @p window with its theme icon and shortcuts, added to the window so the
/// shortcut works from whichever pane has the focus (the main window's and the composer's).
QAction *makeWindowAction(QWidget *window, const QString &objectName, const QString &text, const QString &icon,
    const QList<QKeySequence> &shortcuts = {});

} // namespace Letterbox::Gui
