#include "gui/composer/richtextexport.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

namespace Letterbox::Gui {

namespace {

bool allowedLink(const QString &href)
{
    const QString scheme = QUrl(href).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

/// One block's text with its bold, italic and link runs.
QString inlineHtml(const QTextBlock &block)
{
    QString html;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid()) {
            continue;
        }
        const QTextCharFormat format = fragment.charFormat();
        // U+2028 is QTextEdit's line break inside a paragraph (Shift+Return).
        QString text = fragment.text().toHtmlEscaped();
        text.replace(QChar(0x2028), QLatin1String("<br>"));
        if (format.fontWeight() >= QFont::Bold) {
            text = QLatin1String("<strong>") + text + QLatin1String("</strong>");
        }
        if (format.fontItalic()) {
            text = QLatin1String("<em>") + text + QLatin1String("</em>");
        }
        if (format.isAnchor() && allowedLink(format.anchorHref())) {
            text = QLatin1String("<a href=\"") + format.anchorHref().toHtmlEscaped() + QLatin1String("\">") + text
                + QLatin1String("</a>");
        }
        html += text;
    }
    return html;
}

} // namespace

QString RichTextExport::toHtml(const QTextDocument *document)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
    const QTextList *openList = nullptr;
    bool inQuote = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        const bool quoted = block.blockFormat().boolProperty(quoteProperty);
        if (openList && list != openList) {
            html += openList->format().style() == QTextListFormat::ListDecimal ? QLatin1String("</ol>\n")
                                                                               : QLatin1String("</ul>\n");
            openList = nullptr;
        }
        if (inQuote && !quoted) {
            html += QLatin1String("</blockquote>\n");
            inQuote = false;
        }
        if (quoted && !inQuote) {
            html += QLatin1String("<blockquote>\n");
            inQuote = true;
        }
        if (list && list != openList) {
            html += list->format().style() == QTextListFormat::ListDecimal ? QLatin1String("<ol>\n")
                                                                           : QLatin1String("<ul>\n");
            openList = list;
        }
        const QString content = inlineHtml(block);
        if (list) {
            html += QLatin1String("<li>") + content + QLatin1String("</li>\n");
        } else {
            html += QLatin1String("<p>") + (content.isEmpty() ? QStringLiteral("<br>") : content)
                + QLatin1String("</p>\n");
        }
    }
    if (openList) {
        html += openList->format().style() == QTextListFormat::ListDecimal ? QLatin1String("</ol>\n")
                                                                           : QLatin1String("</ul>\n");
    }
    if (inQuote) {
        html += QLatin1String("</blockquote>\n");
    }
    return html + QLatin1String("</body></html>\n");
}

} // namespace Letterbox::Gui
