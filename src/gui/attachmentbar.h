#pragma once

#include "services/reading/messagecontent.h"

#include <QFrame>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace Letterbox::Gui {

/**
 * @short The attachments of the shown message: name, type and size, with Save, Save all, Open.
 *
 * Names arrive sanitised (no path, no control or direction characters) and are shown as
 * plain text. The bar only asks; MessageView fetches the bytes and writes the files.
 */
class AttachmentBar final : public QFrame
{
    Q_OBJECT

public:
    explicit AttachmentBar(QWidget *parent = nullptr);

    /// Lists @p attachments; hides the bar when there are none.
    void setAttachments(const QList<Services::AttachmentEntry> &attachments);
    /// The row selected (the first when none is), -1 when the list is empty.
    [[nodiscard]] int currentIndex() const;
    void setCurrentIndex(int index);

    /// "12.3 KB" in the person's locale.
    [[nodiscard]] static QString formattedSize(qint64 bytes);

Q_SIGNALS:
    void saveRequested(int index);
    void saveAllRequested();
    void openRequested(int index);

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAll = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Letterbox::Gui
