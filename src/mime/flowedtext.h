#pragma once

#include <QString>

namespace Letterbox::Mime {

/**
 * @short format=flowed, RFC 3676: reading it and writing it.
 *
 * Reading joins soft-broken lines (a line ending in a space continues on the next
 * line of the same quote depth), removes space-stuffing and, with DelSp=yes, the space
 * before each soft break (RFC 3676 section 4.5). Quoted paragraphs come out as one line
 * per paragraph, prefixed with ">" per depth and a space (">> text"); the signature
 * separator "-- " is never joined.
 *
 * Writing wraps each paragraph at @p width characters by breaking after a space (the
 * space stays at the end of the line: DelSp=no), keeps ">" quote depth on every
 * produced line, space-stuffs lines that start with a space, ">" or "From " (section
 * 4.4), and trims spaces before hard breaks. A word longer than the width is not
 * broken; line length on the wire is then the transfer encoding's business.
 * Both directions use LF line ends and are linear in the text.
 */
class FlowedText
{
public:
    static QString decode(const QString &text, bool delSp);
    static QString encode(const QString &text, int width = 72);
};

} // namespace Letterbox::Mime
