#include "gui/attachmentbar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Letterbox::Gui {

AttachmentBar::AttachmentBar(QWidget *parent)
    : QFrame(parent)
    , m_list(new QTreeWidget(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_saveAll(new QPushButton(tr("Save &all…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("attachmentBar"));
    setAccessibleName(tr("Attachments"));
    setFrameShape(QFrame::StyledPanel);

    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachment list"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMaximumHeight(120);
    m_save->setObjectName(QStringLiteral("saveAttachment"));
    m_save->setAccessibleName(tr("Save the selected attachment"));
    m_saveAll->setObjectName(QStringLiteral("saveAllAttachments"));
    m_saveAll->setAccessibleName(tr("Save all attachments"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_open->setAccessibleName(tr("Open the selected attachment"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveAll);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(currentIndex()); });
    connect(m_saveAll, &QPushButton::clicked, this, &AttachmentBar::saveAllRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(currentIndex()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT openRequested(m_list->indexOfTopLevelItem(item)); });
    hide();
}

void AttachmentBar::setAttachments(const QList<Services::AttachmentEntry> &attachments)
{
    m_list->clear();
    for (const Services::AttachmentEntry &attachment : attachments) {
        auto *item
            = new QTreeWidgetItem(m_list, {attachment.fileName, attachment.mimeType, formattedSize(attachment.size)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!attachments.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    setVisible(!attachments.isEmpty());
}

int AttachmentBar::currentIndex() const
{
    if (m_list->topLevelItemCount() == 0) {
        return -1;
    }
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    return index < 0 ? 0 : index;
}

void AttachmentBar::setCurrentIndex(int index)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(index)) {
        m_list->setCurrentItem(item);
    }
}

QString AttachmentBar::formattedSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace Letterbox::Gui
