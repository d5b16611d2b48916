#include "render/plaintextrenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Letterbox::Render {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Letterbox::Render::PlainTextRenderer", text, nullptr, n);
}

// Readable on light and dark backgrounds alike; cycles after four levels.
QLatin1String colorForDepth(int depth)
{
    static const QLatin1String colors[]
        = {QLatin1String("#2a6db5"), QLatin1String("#2e8540"), QLatin1String("#9b4dca"), QLatin1String("#b86e00")};
    return colors[(depth - 1) % 4];
}

/// The end of a link that starts at @p start: up to a blank or markup character, then
/// without trailing punctuation, and without a ")" that closes a "(" before the link.
qsizetype linkEnd(const QString &line, qsizetype start)
{
    qsizetype end = start;
    while (end < line.size()) {
        const QChar c = line.at(end);
        if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c.category() == QChar::Other_Control) {
            break;
        }
        ++end;
    }
    while (end > start) {
        const QChar c = line.at(end - 1);
        if (QStringView(u".,;:!?'*").contains(c)) {
            --end;
        } else if (c == u')' && line.mid(start, end - start).count(u'(') < line.mid(start, end - start).count(u')')) {
            --end;
        } else {
            break;
        }
    }
    return end;
}

} // namespace

int PlainTextRenderer::quoteDepth(const QString &line, QString *body)
{
    int depth = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line.at(i) == u'>') {
            ++depth;
            ++i;
        } else if (line.at(i) == u' ' && depth > 0 && i + 1 < line.size() && line.at(i + 1) == u'>') {
            ++i; // "> > text"
        } else {
            break;
        }
    }
    if (body) {
        *body = line.mid(i);
    }
    return depth;
}

PlainTextRenderer::PlainTextRenderer(const QString &text)
{
    bool inSignature = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const int depth = quoteDepth(line);
        if (depth == 0 && line == QLatin1String("-- ")) {
            inSignature = true;
        }
        const bool signature = inSignature && depth == 0;
        if (m_blocks.isEmpty() || m_blocks.last().depth != depth || m_blocks.last().isSignature != signature) {
            m_blocks.append(QuoteBlock {depth, {}, signature});
        }
        m_blocks.last().lines.append(line);
    }
}

QList<int> PlainTextRenderer::foldGroups() const
{
    QList<int> groups;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).depth > 0 && (i == 0 || m_blocks.at(i - 1).depth == 0)) {
            groups.append(i);
        }
    }
    return groups;
}

QString PlainTextRenderer::linkified(const QString &line)
{
    static const QRegularExpression start(
        QStringLiteral(R"((?<![\w@.-])(https?://|mailto:|www\.))"), QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype done = 0;
    auto it = start.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype begin = match.capturedStart();
        if (begin < done) {
            continue;
        }
        const qsizetype end = linkEnd(line, begin);
        const QString shown = line.mid(begin, end - begin);
        if (shown.size() <= match.capturedLength()) {
            continue; // "http://" alone
        }
        QString target = shown;
        if (match.captured(1).compare(QLatin1String("www."), Qt::CaseInsensitive) == 0) {
            target = QLatin1String("http://") + shown;
        }
        const QUrl url(target, QUrl::TolerantMode);
        const QString scheme = url.scheme().toLower();
        const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
        if (!url.isValid() || (web && url.host().isEmpty()) || (!web && scheme != QLatin1String("mailto"))) {
            continue;
        }
        html += line.mid(done, begin - done).toHtmlEscaped();
        html += QLatin1String("<a href=\"") + QString::fromLatin1(url.toEncoded()).toHtmlEscaped()
            + QLatin1String("\">") + shown.toHtmlEscaped() + QLatin1String("</a>");
        done = end;
    }
    html += line.mid(done).toHtmlEscaped();
    return html;
}

QString PlainTextRenderer::toHtml(const QSet<int> &folded) const
{
    QString html;
    html.reserve(1024);
    html += QLatin1String("<html><body>");
    int groupStart = -1;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const QuoteBlock &block = m_blocks.at(i);
        if (block.depth > 0 && (i == 0 || m_blocks.at(i - 1).depth == 0)) {
            groupStart = i;
            qsizetype lines = 0;
            for (int j = i; j < m_blocks.size() && m_blocks.at(j).depth > 0; ++j) {
                lines += m_blocks.at(j).lines.size();
            }
            const QString link = QString(foldScheme) + u':' + QString::number(i);
            if (folded.contains(i)) {
                html += QLatin1String("<p style=\"margin:0\"><a href=\"") + link + QLatin1String("\">")
                    + tr("[show %n quoted lines]", int(lines)).toHtmlEscaped() + QLatin1String("</a></p>");
            } else if (lines >= foldableLines) {
                html += QLatin1String("<p style=\"margin:0\"><a href=\"") + link + QLatin1String("\">")
                    + tr("[hide %n quoted lines]", int(lines)).toHtmlEscaped() + QLatin1String("</a></p>");
            }
        }
        if (block.depth > 0 && folded.contains(groupStart)) {
            continue;
        }
        html += QLatin1String("<div style=\"white-space:pre-wrap; margin:0");
        if (block.depth > 0) {
            html += QLatin1String("; color:") + colorForDepth(block.depth);
        } else if (block.isSignature) {
            html += QLatin1String("; color:#808080");
        }
        html += QLatin1String("\">");
        for (qsizetype k = 0; k < block.lines.size(); ++k) {
            if (k > 0) {
                html += QLatin1String("<br>");
            }
            html += linkified(block.lines.at(k));
        }
        html += QLatin1String("</div>");
    }
    html += QLatin1String("</body></html>");
    return html;
}

} // namespace Letterbox::Render
