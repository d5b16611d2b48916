#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace Letterbox::Store {
struct MessageFilter;
}

namespace Letterbox::Gui {

/**
 * @short The row above the message list with Thunderbird's quick-filter toggles —
 * Unread, Flagged, Attachment — and how many messages the list shows while filtered.
 *
 * The toggles are the window's checkable actions (MainActions: also in View → Quick
 * Filter), shown here as tool buttons; the bar only reads their state into a
 * Store::MessageFilter. What a filter does to the list is MessageListModel's business.
 */
class QuickFilterBar : public QWidget
{
    Q_OBJECT

public:
    QuickFilterBar(QAction *unread, QAction *flagged, QAction *attachment, QWidget *parent = nullptr);

    /// The conditions the checked toggles stand for.
    [[nodiscard]] Store::MessageFilter filter() const;
    /// Unchecks every toggle without emitting filterChanged() (another folder is shown).
    void reset();
    /// A button for @p action after the toggles (e.g. "Search on the Server").
    void addButton(QAction *action);
    /// "12 messages" while a filter or search narrows the list, nothing otherwise.
    void setShownCount(int count, bool narrowed);

Q_SIGNALS:
    void filterChanged();

private:
    QAction *m_unread;
    QAction *m_flagged;
    QAction *m_attachment;
    QLabel *m_count;
    bool m_resetting = false;
};

} // namespace Letterbox::Gui
