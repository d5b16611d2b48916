#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Letterbox::Render {

/// A run of lines of one quote depth (">" count), in message order.
struct QuoteBlock
{
    int depth = 0;
    QStringList lines;
    /// Lines after the "-- " separator, at depth 0.
    bool isSignature = false;
};

/**
 * @short Plain text mail → HTML with coloured, foldable quotes and clickable links.
 *
 * The text is ParsedMessage::displayText: format=flowed is already reflowed by the MIME
 * layer (RFC 3676; quoted paragraphs arrive as one ">> " line each), so this only reads
 * quote depth per line (">", "> >", ">>"), groups lines into QuoteBlocks and writes
 * HTML for QTextDocument: every character escaped, whitespace kept (pre-wrap), each
 * depth in its own colour, the signature dimmed, http, https and mailto links (and
 * "www." hosts) made anchors, nothing else. A run of quoted blocks is one fold group:
 * toHtml() shows a folded group as one "N quoted lines" link, and every group of four
 * lines or more starts with a link to fold it; both links have the foldScheme and the
 * index of the group's first block ("letterbox-fold:3"). Linear in the text; pure.
 */
class PlainTextRenderer
{
public:
    explicit PlainTextRenderer(const QString &text);

    [[nodiscard]] const QList<QuoteBlock> &blocks() const { return m_blocks; }
    /// Indexes of the blocks that start a fold group (a run of quoted blocks).
    [[nodiscard]] QList<int> foldGroups() const;
    /// The HTML, with the fold groups whose first block index is in @p folded folded.
    [[nodiscard]] QString toHtml(const QSet<int> &folded = {}) const;

    /// One line of text as escaped HTML with its links as anchors.
    [[nodiscard]] static QString linkified(const QString &line);
    /// The quote depth of @p line and, in @p body, the text after the markers.
    static int quoteDepth(const QString &line, QString *body = nullptr);

    static constexpr QLatin1String foldScheme {"letterbox-fold"};
    /// Lines from which a group gets a "fold" link.
    static constexpr int foldableLines = 4;

private:
    QList<QuoteBlock> m_blocks;
};

} // namespace Letterbox::Render
