#include "gui/threaddelegate.h"

#include "models/messagelistmodel.h"
#include "models/roles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace Letterbox::Gui {

namespace {
constexpr int s_indentStep = 14;
constexpr int s_expanderWidth = 14;
constexpr int s_maxShownDepth = 12; // deeper replies stay at this indent, readable
} // namespace

ThreadDelegate::ThreadDelegate(Models::MessageListModel &model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

int ThreadDelegate::indentOf(const QModelIndex &index) const
{
    if (!m_model.isThreaded()) {
        return 0;
    }
    return qMin(index.data(Models::ThreadDepthRole).toInt(), s_maxShownDepth) * s_indentStep + s_expanderWidth;
}

QRect ThreadDelegate::expanderRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int indent = indentOf(index);
    return {option.rect.left() + indent - s_expanderWidth, option.rect.top(), s_expanderWidth, option.rect.height()};
}

void ThreadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int indent = indentOf(index);
    if (indent == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background over the whole cell, then the text moved right.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    if (index.data(Models::ThreadReplyCountRole).toInt() > 0) {
        QStyleOptionViewItem branch = option;
        branch.rect = expanderRect(option, index);
        branch.state = QStyle::State_Children | QStyle::State_Item;
        if (!index.data(Models::IsThreadCollapsedRole).toBool()) {
            branch.state |= QStyle::State_Open;
        }
        style->drawPrimitive(QStyle::PE_IndicatorBranch, &branch, painter, widget);
    }
    QStyleOptionViewItem text = option;
    text.rect.setLeft(option.rect.left() + indent);
    QStyledItemDelegate::paint(painter, text, index);
}

bool ThreadDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonPress && m_model.isThreaded()
        && index.data(Models::ThreadReplyCountRole).toInt() > 0) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (expanderRect(option, index).contains(mouse->position().toPoint())) {
            m_model.setThreadCollapsed(index.row(), !m_model.isThreadCollapsed(index.row()));
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Letterbox::Gui
