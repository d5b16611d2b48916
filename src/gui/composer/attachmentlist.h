#pragma once

#include "mime/messagebuilder.h"

#include <QListWidget>

namespace Letterbox::Gui {

/**
 * @short The composer's attachments: each file's name and size, added by the Attach
 * dialog or dropped on the window, removed with Del or the context menu.
 *
 * Files are read when they are added (so a file changed or deleted afterwards does not
 * change what is sent), up to maxFileSize each; their type comes from QMimeDatabase.
 */
class AttachmentList final : public QListWidget
{
    Q_OBJECT

public:
    static constexpr qint64 maxFileSize = 256 * 1024 * 1024;

    explicit AttachmentList(QWidget *parent = nullptr);

    /// Reads @p path and adds it; false (and @p error) when it cannot be read or is too large.
    bool addFile(const QString &path, QString *error);
    void addAttachment(const Mime::OutgoingAttachment &attachment);
    [[nodiscard]] QList<Mime::OutgoingAttachment> attachments() const;
    /// The bytes the attachments take in a message (base64: 4 octets per 3, plus line ends).
    [[nodiscard]] qint64 encodedSize() const;
    void removeSelected();

Q_SIGNALS:
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QList<Mime::OutgoingAttachment> m_attachments; ///< parallel to the rows
};

} // namespace Letterbox::Gui
