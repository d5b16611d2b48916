#include "gui/movetodialog.h"

#include "gui/icons.h"
#include "models/foldertreemodel.h"
#include "models/roles.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Letterbox::Gui {

namespace {
constexpr int s_folderIdRole = Qt::UserRole;
} // namespace

MoveToDialog::MoveToDialog(const QAbstractItemModel &folders, const QModelIndex &accountNode, const QString &title,
    qint64 excludedFolderId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Folder:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("folderFilter"));
    m_filter->setPlaceholderText(tr("Type part of a folder's name"));
    m_filter->setAccessibleName(tr("Folder name filter"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("folderChoices"));
    m_list->setAccessibleName(tr("Folders"));
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    collect(folders, accountNode, excludedFolderId);
    connect(m_filter, &QLineEdit::textChanged, this, &MoveToDialog::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Up and Down in the filter move through the list, as in Thunderbird's picker.
    m_filter->installEventFilter(this);
    refilter({});
    resize(420, 460);
}

qint64 MoveToDialog::chosenFolderId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(s_folderIdRole).toLongLong() : 0;
}

void MoveToDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int MoveToDialog::visibleCount() const
{
    int visible = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        visible += m_list->item(i)->isHidden() ? 0 : 1;
    }
    return visible;
}

bool MoveToDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MoveToDialog::collect(const QAbstractItemModel &folders, const QModelIndex &parent, qint64 excluded)
{
    // An explicit stack: a server may nest folders deeply.
    QList<QModelIndex> stack {parent};
    while (!stack.isEmpty()) {
        const QModelIndex node = stack.takeLast();
        for (int row = folders.rowCount(node) - 1; row >= 0; --row) {
            stack.append(folders.index(row, 0, node));
        }
        if (node == parent
            || node.data(Models::NodeKindRole).toInt() != int(Models::FolderTreeModel::NodeKind::Folder)) {
            continue;
        }
        const qint64 id = node.data(Models::FolderIdRole).toLongLong();
        if (id == excluded) {
            continue;
        }
        auto *item = new QListWidgetItem(
            themeIcon(node.data(Models::IconNameRole).toString()), node.data(Models::PathRole).toString(), m_list);
        item->setData(s_folderIdRole, id);
    }
}

void MoveToDialog::refilter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first) {
            first = item;
        }
    }
    m_list->setCurrentItem(first);
}

} // namespace Letterbox::Gui
