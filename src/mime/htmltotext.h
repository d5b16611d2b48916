#pragma once

#include <QString>

namespace Letterbox::Mime {

/**
 * @short Rough plain text from an HTML body, for messages that have no text/plain.
 *
 * Not a renderer and not a sanitiser (the HTML view is a later issue): it drops tags,
 * comments, <script>, <style> and <title> content; turns block elements into line
 * breaks (<br>, <p>, <div>, <li> as "• ", <tr>, headings, <hr> as a rule); prefixes
 * <blockquote> lines with "> "; keeps <pre> text as it is; decodes character
 * references (named ones from a table of the common entities, &#NNN; and &#xHH;);
 * shows an image's alt text in brackets; and writes a link's target after its text
 * when the two differ ("Log in <https://evil.example/>"), so the reader sees where a
 * link goes. Whitespace collapses as in HTML. One pass over the input, no recursion,
 * so any input, including unclosed tags and comments, costs linear time.
 */
class HtmlToText
{
public:
    static QString convert(const QString &html);
};

} // namespace Letterbox::Mime
