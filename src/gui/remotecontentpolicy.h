#pragma once

#include <QString>
#include <QStringList>

namespace Letterbox::Gui {

/**
 * @short The senders whose mail loads remote content without asking, kept in an INI file.
 *
 * "Always for this sender" is a choice a person makes once and expects to be kept, so it
 * lives in the profile's settings (QSettings, INI, the path the window passes in), as
 * lower-case addresses. Without a file the choice lasts until the view is gone.
 */
class RemoteContentPolicy
{
public:
    RemoteContentPolicy() = default;
    explicit RemoteContentPolicy(QString settingsFile);

    [[nodiscard]] QStringList trustedSenders() const { return m_trusted; }
    [[nodiscard]] bool isTrusted(const QString &address) const;
    /// Adds @p address (written to the file at once).
    void trust(const QString &address);

private:
    QString m_file;
    QStringList m_trusted;
};

} // namespace Letterbox::Gui
