#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace Letterbox::Gui {

/// The three arrangements of the panes Thunderbird users know.
enum class PaneLayout {
    Classic, ///< folders left; the list above the message on the right
    Wide, ///< folders and list above; the message across the whole width below
    Vertical, ///< folders, list and message side by side
};

/**
 * @short What the window remembers per profile: layout, splitter sizes, the list's columns
 * and sort order, the folder shown last, and "mark read after N seconds".
 *
 * Kept in `<profile config>/window.ini`, beside the accounts file and never in it (a
 * window state is not an account setting; letterbox-cli never reads it). Writes go
 * through QSettings, which replaces the file atomically.
 */
class WindowSettings
{
public:
    explicit WindowSettings(const QString &configDirectory);

    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }

    [[nodiscard]] PaneLayout layout() const;
    void setLayout(PaneLayout layout);

    [[nodiscard]] QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// QSplitter::saveState() of the outer and inner splitter, per layout.
    [[nodiscard]] QByteArray splitterState(PaneLayout layout, bool inner) const;
    void setSplitterState(PaneLayout layout, bool inner, const QByteArray &state);

    /// QHeaderView::saveState() of the message list: column set, widths, sort.
    [[nodiscard]] QByteArray listHeaderState() const;
    void setListHeaderState(const QByteArray &state);
    [[nodiscard]] bool threaded() const;
    void setThreaded(bool threaded);

    /// The folder shown when the window closed: account name and folder path; empty for
    /// the unified Inbox or none.
    [[nodiscard]] QString lastAccount() const;
    [[nodiscard]] QString lastFolder() const;
    void setLastFolder(const QString &account, const QString &folder);

    /// Seconds a message is shown before it is marked read; 0 at once, -1 never.
    [[nodiscard]] int markReadDelaySeconds() const;
    void setMarkReadDelaySeconds(int seconds);

    [[nodiscard]] bool offline() const;
    void setOffline(bool offline);

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};

} // namespace Letterbox::Gui
