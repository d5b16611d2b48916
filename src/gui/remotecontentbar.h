#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Letterbox::Gui {

/**
 * @short "3 remote items were blocked" with the two ways to allow them.
 *
 * Shown above an HTML message whose sanitiser kept remote sources out. Nothing is
 * fetched until the person presses one of the buttons (DESIGN.md principle 4).
 */
class RemoteContentBar final : public QFrame
{
    Q_OBJECT

public:
    explicit RemoteContentBar(QWidget *parent = nullptr);

    /// Shows the bar for @p blockedCount items of a message from @p senderAddress
    /// (empty: no "always" button); hides it for 0.
    void showBlocked(int blockedCount, const QString &senderAddress);

Q_SIGNALS:
    void loadForMessage();
    void loadAlwaysForSender();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_loadOnce = nullptr;
    QPushButton *m_always = nullptr;
};

} // namespace Letterbox::Gui
