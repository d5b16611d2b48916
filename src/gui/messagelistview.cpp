#include "gui/messagelistview.h"

#include "gui/iconproxymodel.h"
#include "gui/threaddelegate.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace Letterbox::Gui {

using Models::MessageListModel;

MessageListView::MessageListView(MessageListModel &model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("messageList"));
    setAccessibleName(tr("Message list"));
    m_proxy = new IconProxyModel(
        {MessageListModel::ReadColumn, MessageListModel::FlaggedColumn, MessageListModel::AttachmentColumn}, this);
    m_proxy->setSourceModel(&m_model);
    setModel(m_proxy);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Every row as high as the font needs, fixed: nothing is measured per row.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setItemDelegateForColumn(MessageListModel::SubjectColumn, new ThreadDelegate(m_model, this));

    QHeaderView *header = this->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column :
        {MessageListModel::ReadColumn, MessageListModel::FlaggedColumn, MessageListModel::AttachmentColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, 26);
    }
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::CorrespondentColumn, 220);
    header->resizeSection(MessageListModel::DateColumn, 165);
    header->resizeSection(MessageListModel::SizeColumn, 70);
    header->resizeSection(MessageListModel::AccountColumn, 100);
    header->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MessageListView::showHeaderMenu);
    setAccountColumnVisible(false);
}

QModelIndexList MessageListView::selectedMessageRows() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    for (QModelIndex &row : rows) {
        row = m_proxy->mapToSource(row);
    }
    return rows;
}

void MessageListView::setAccountColumnVisible(bool visible)
{
    setColumnHidden(MessageListModel::AccountColumn, !visible);
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    // Left and Right fold and unfold the current thread, as a tree would.
    const QModelIndex current = currentIndex();
    if (m_model.isThreaded() && current.isValid() && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
        && current.data(Models::ThreadReplyCountRole).toInt() > 0) {
        m_model.setThreadCollapsed(current.row(), event->key() == Qt::Key_Left);
        return;
    }
    QTableView::keyPressEvent(event);
}

void MessageListView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < MessageListModel::ColumnCount; ++column) {
        if (column == MessageListModel::SubjectColumn) {
            continue; // the list without subjects would show nothing to read
        }
        QAction *toggle = menu.addAction(m_model.headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.exec(header()->viewport()->mapToGlobal(position));
}

} // namespace Letterbox::Gui
