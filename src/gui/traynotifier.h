#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QSystemTrayIcon;
class QWidget;

namespace Letterbox::Gui {

/**
 * @short The tray icon with the unread count of every Inbox, and the new-mail
 * notification (QSystemTrayIcon::showMessage, which the desktop shows through its
 * freedesktop notification service).
 *
 * The count is the unified Inbox's UnreadCountRole, so it follows the folder model
 * without reading the store; it is painted on the icon and said in the tooltip. Without
 * a system tray (a bare X server) nothing is shown and notify() only counts.
 */
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    /// @p folders is the folder tree model (row 0: the unified Inbox); @p window is raised
    /// when the icon is clicked.
    TrayNotifier(const QAbstractItemModel &folders, QWidget *window);

    [[nodiscard]] qint64 unreadCount() const { return m_unread; }
    [[nodiscard]] bool isVisible() const;
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    /// Tells of @p count new messages for @p account.
    void notify(const QString &account, int count);
    [[nodiscard]] int notificationCount() const { return m_notifications; }

private:
    void refresh();

    const QAbstractItemModel &m_folders;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_unread = -1;
    QString m_toolTip;
    int m_notifications = 0;
};

} // namespace Letterbox::Gui
