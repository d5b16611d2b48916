#pragma once

#include "mime/mimetypes.h"
#include "mime/parttree_p.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Letterbox::Mime::Internal {

struct Body
{
    QList<PartInfo> parts;
    QString displayText;
    QString html;
    QStringList warnings;
};

/**
 * @short What to show of a part tree: the part list, the display text and the HTML.
 *
 * The choice follows RFC 2046 (multipart/alternative: the last part the reader
 * understands is best; multipart/mixed: every inline part in order; multipart/digest:
 * parts are messages), RFC 2387 (multipart/related: only the root, found by the start
 * parameter or first), RFC 1847 (multipart/signed: the first part). Inline
 * message/rfc822 parts contribute a short header block and their own text. Walks with
 * an explicit stack; every text part is capped at Limits::maxTextPartBytes.
 */
Body assembleBody(const PartTree &tree);

/// @p text with CR removed and control characters other than LF and TAB replaced by
/// U+FFFD, for showing a body.
QString cleanBodyText(const QString &text);

} // namespace Letterbox::Mime::Internal
