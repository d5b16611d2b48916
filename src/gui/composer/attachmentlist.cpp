#include "gui/composer/attachmentlist.h"

#include "gui/icons.h"

#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeDatabase>

namespace Letterbox::Gui {

AttachmentList::AttachmentList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("attachmentList"));
    setAccessibleName(tr("Attachments"));
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

bool AttachmentList::addFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.size() > maxFileSize) {
        *error = tr("%1 is larger than %2 and cannot be attached.")
                     .arg(info.fileName(), QLocale().formattedDataSize(maxFileSize));
        return false;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString());
        return false;
    }
    addAttachment({info.fileName(), QMimeDatabase().mimeTypeForFile(info).name(), file.readAll(), {}});
    return true;
}

void AttachmentList::addAttachment(const Mime::OutgoingAttachment &attachment)
{
    m_attachments.append(attachment);
    auto *item = new QListWidgetItem(themeIcon(QStringLiteral("mail-attachment")),
        tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.data.size())), this);
    item->setToolTip(attachment.mimeType);
    Q_EMIT changed();
}

QList<Mime::OutgoingAttachment> AttachmentList::attachments() const
{
    return m_attachments;
}

qint64 AttachmentList::encodedSize() const
{
    qint64 total = 0;
    for (const Mime::OutgoingAttachment &attachment : m_attachments) {
        const qint64 base64 = (attachment.data.size() + 2) / 3 * 4;
        total += base64 + base64 / 76 * 2 + 512; // CRLF per 76 columns, the part's header
    }
    return total;
}

void AttachmentList::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : selectedItems()) {
        rows.append(row(item));
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int at : std::as_const(rows)) {
        delete takeItem(at);
        m_attachments.removeAt(at);
    }
    if (!rows.isEmpty()) {
        Q_EMIT changed();
    }
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void AttachmentList::contextMenuEvent(QContextMenuEvent *event)
{
    if (selectedItems().isEmpty()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(
        themeIcon(QStringLiteral("edit-delete")), tr("&Remove Attachment"), this, &AttachmentList::removeSelected);
    menu.exec(event->globalPos());
}

} // namespace Letterbox::Gui
