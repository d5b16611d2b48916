#include "gui/quickfilterbar.h"

#include "models/messageorder.h" // Store::MessageFilter, as the list model takes it

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Letterbox::Gui {

QuickFilterBar::QuickFilterBar(QAction *unread, QAction *flagged, QAction *attachment, QWidget *parent)
    : QWidget(parent)
    , m_unread(unread)
    , m_flagged(flagged)
    , m_attachment(attachment)
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("quickFilterBar"));
    setAccessibleName(tr("Quick filter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    auto *title = new QLabel(tr("Show only:"), this);
    layout->addWidget(title);
    for (QAction *toggle : {m_unread, m_flagged, m_attachment}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(toggle);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setAccessibleName(toggle->text().remove(QLatin1Char('&')));
        layout->addWidget(button);
        connect(toggle, &QAction::toggled, this, [this] {
            if (!m_resetting) {
                Q_EMIT filterChanged();
            }
        });
    }
    title->setBuddy(layout->itemAt(1)->widget());
    layout->addStretch(1);
    m_count->setObjectName(QStringLiteral("quickFilterCount"));
    layout->addWidget(m_count);
}

Store::MessageFilter QuickFilterBar::filter() const
{
    Store::MessageFilter filter;
    filter.unread = m_unread->isChecked();
    filter.flagged = m_flagged->isChecked();
    filter.withAttachment = m_attachment->isChecked();
    return filter;
}

void QuickFilterBar::reset()
{
    // Not a QSignalBlocker on the actions: their buttons would not see the change.
    m_resetting = true;
    for (QAction *toggle : {m_unread, m_flagged, m_attachment}) {
        toggle->setChecked(false);
    }
    m_resetting = false;
}

void QuickFilterBar::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(row->indexOf(m_count), button);
}

void QuickFilterBar::setShownCount(int count, bool narrowed)
{
    m_count->setText(narrowed ? tr("%Ln message(s)", nullptr, count) : QString());
}

} // namespace Letterbox::Gui
