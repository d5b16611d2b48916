#pragma once

#include <QByteArrayView>

namespace Letterbox::Render::Internal {

struct PrescanResult
{
    bool withinLimit = true;
    /// The deepest estimate seen (open elements + unclosed formatting elements).
    int deepest = 0;
};

/**
 * @short A linear estimate of how deep gumbo's tree and formatting list will get.
 *
 * Reads tags the way the HTML tokenizer does (comments, quoted attribute values, raw
 * text elements such as script and style), keeps a stack of open elements with the
 * common implied end tags (p, li, dt/dd, td/th, tr, table sections, option) and counts
 * formatting elements (b, i, font, …) left open: gumbo re-creates those inside each new
 * block (HTML "reconstruct the active formatting elements"), so `<b id=1></p><p><b
 * id=2></p>…` nests as deep as there are such tags although no tag nests literally, and
 * costs gumbo quadratic time. Stops at the first point where the estimate exceeds
 * @p limit. Each step looks at most @p limit entries back, so the cost is
 * O(size × limit) in the worst case and linear in practice.
 */
PrescanResult prescanHtml(QByteArrayView html, int limit);

} // namespace Letterbox::Render::Internal
