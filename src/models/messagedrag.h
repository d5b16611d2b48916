#pragma once

#include "models/messageref.h"

#include <QList>
#include <QString>

class QMimeData;

namespace Letterbox::Models {

/**
 * @short The drag payload of messages from the message list to a folder: the rows'
 * MessageRefs under a private MIME type, so a drop can only ever come from this process's
 * list (the account indexes mean nothing elsewhere) and carries ids, never message bytes.
 */
namespace MessageDrag {

[[nodiscard]] QString mimeType();
/// A new QMimeData (the caller owns it) carrying @p messages.
[[nodiscard]] QMimeData *encode(const QList<MessageRef> &messages);
/// The messages of @p data; empty when it carries none (or another process's).
[[nodiscard]] QList<MessageRef> decode(const QMimeData *data);

} // namespace MessageDrag

} // namespace Letterbox::Models
