#pragma once

#include <QTextFormat>

class QTextDocument;

namespace Letterbox::Gui {

/**
 * @short The composer's rich text as the small HTML mail needs: paragraphs, <strong>,
 * <em>, links, bulleted and numbered lists and quotes, nothing else.
 *
 * QTextDocument::toHtml() writes a whole styled document (fonts, margins, a <style>
 * block) that mail readers show unevenly and that hides the structure a plain-text part
 * is made from; this walks the blocks and fragments instead. A quote is a block carrying
 * quoteProperty (QTextEdit has no blockquote of its own); consecutive quote blocks make
 * one <blockquote>. Links keep only http, https and mailto targets. Text is escaped, so
 * nothing typed becomes markup.
 */
class RichTextExport
{
public:
    /// The block property that marks a quoted paragraph.
    static constexpr int quoteProperty = QTextFormat::UserProperty + 1;

    [[nodiscard]] static QString toHtml(const QTextDocument *document);
};

} // namespace Letterbox::Gui
