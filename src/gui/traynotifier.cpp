#include "gui/traynotifier.h"

#include "gui/icons.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Letterbox::Gui {

namespace {
/// The application icon with @p unread in a badge (none for 0; "99+" past 99).
QIcon badgedIcon(qint64 unread)
{
    const QIcon base = themeIcon(QStringLiteral("letterbox"));
    if (unread <= 0) {
        return base;
    }
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect badge(22, 22, 42, 42);
    painter.setBrush(QColor(0xd0, 0x30, 0x28));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(unread > 99 ? 16 : 24);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    return QIcon(pixmap);
}
} // namespace

TrayNotifier::TrayNotifier(const QAbstractItemModel &folders, QWidget *window)
    : QObject(window)
    , m_folders(folders)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (m_window && reason == QSystemTrayIcon::Trigger) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
    connect(&m_folders, &QAbstractItemModel::dataChanged, this, &TrayNotifier::refresh);
    connect(&m_folders, &QAbstractItemModel::rowsInserted, this, &TrayNotifier::refresh);
    connect(&m_folders, &QAbstractItemModel::rowsRemoved, this, &TrayNotifier::refresh);
    refresh();
}

bool TrayNotifier::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayNotifier::notify(const QString &account, int count)
{
    ++m_notifications;
    if (m_tray) {
        m_tray->showMessage(tr("New mail"), tr("%n new message(s) for %1", nullptr, count).arg(account),
            themeIcon(QStringLiteral("letterbox")));
    }
}

void TrayNotifier::refresh()
{
    const qint64 unread = m_folders.index(0, 0).data(Models::UnreadCountRole).toLongLong();
    if (unread == m_unread) {
        return;
    }
    m_unread = unread;
    m_toolTip = unread > 0 ? tr("Letterbox: %n unread message(s)", nullptr, int(unread)) : tr("Letterbox");
    if (m_tray) {
        m_tray->setIcon(badgedIcon(unread));
        m_tray->setToolTip(m_toolTip);
    }
}

} // namespace Letterbox::Gui
