#pragma once

#include <QStyledItemDelegate>

namespace Letterbox::Models {
class MessageListModel;
}

namespace Letterbox::Gui {

/**
 * @short The subject cell of a threaded list: indented by ThreadDepthRole, with an
 * expander in front of a message that has replies; a click on the expander folds or
 * unfolds the thread through the model (a row removal, so the selection stays).
 */
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ThreadDelegate(Models::MessageListModel &model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    [[nodiscard]] int indentOf(const QModelIndex &index) const;
    [[nodiscard]] QRect expanderRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    Models::MessageListModel &m_model;
};

} // namespace Letterbox::Gui
