#include "mime/flowedtext.h"

#include <QStringList>

namespace Letterbox::Mime {

namespace {

const QLatin1String s_signatureSeparator("-- ");

int quoteDepth(QStringView line)
{
    int depth = 0;
    while (depth < line.size() && line.at(depth) == u'>') {
        ++depth;
    }
    return depth;
}

QString quotePrefix(int depth)
{
    return depth == 0 ? QString() : QString(depth, u'>') + u' ';
}

} // namespace

QString FlowedText::decode(const QString &text, bool delSp)
{
    if (text.isEmpty()) {
        return QString();
    }
    QString out;
    out.reserve(text.size());
    QString paragraph;
    int paragraphDepth = 0;
    bool open = false; // the paragraph ended on a soft break

    auto flush = [&] {
        if (paragraphDepth > 0) {
            out += QString(paragraphDepth, u'>');
            if (!paragraph.isEmpty()) {
                out += u' ';
            }
        }
        out += paragraph;
        out += u'\n';
        paragraph.clear();
        open = false;
    };

    const QStringList lines = text.split(u'\n');
    const qsizetype count = text.endsWith(u'\n') ? lines.size() - 1 : lines.size();
    for (qsizetype i = 0; i < count; ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        const int depth = quoteDepth(line);
        QStringView content = line.mid(depth);
        if (content.startsWith(u' ')) {
            content = content.mid(1); // space-stuffing, or the space after quote marks
        }
        const bool signature = content == s_signatureSeparator;
        const bool soft = !signature && content.endsWith(u' ');
        if (open && depth != paragraphDepth) {
            flush(); // a quote depth change ends a paragraph (RFC 3676 section 4.5)
        }
        if (!open) {
            paragraphDepth = depth;
        }
        if (soft && delSp) {
            content.chop(1);
        }
        paragraph += content;
        open = soft;
        if (!soft) {
            flush();
        }
    }
    if (open) {
        flush();
    }
    return out;
}

QString FlowedText::encode(const QString &text, int width)
{
    width = qMax(width, 20);
    QString out;
    out.reserve(text.size() + text.size() / 16);
    const QStringList lines = text.split(u'\n');
    const qsizetype count = text.endsWith(u'\n') ? lines.size() - 1 : lines.size();
    for (qsizetype i = 0; i < count; ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line == s_signatureSeparator) {
            out += line;
            out += u'\n';
            continue;
        }
        const int depth = quoteDepth(line);
        QStringView content = line.mid(depth);
        if (depth > 0 && content.startsWith(u' ')) {
            content = content.mid(1);
        }
        while (content.endsWith(u' ') || content.endsWith(u'\t')) {
            content.chop(1); // trailing blanks would read as soft breaks
        }
        const QString prefix = quotePrefix(depth);
        if (content.isEmpty()) {
            out += depth > 0 ? QString(depth, u'>') : QString();
            out += u'\n';
            continue;
        }
        const qsizetype room = qMax<qsizetype>(width - prefix.size(), 10);
        while (!content.isEmpty()) {
            qsizetype take = content.size();
            if (content.size() > room) {
                // Break after the last space that fits, or after the first one past the
                // width when a word is longer than a line.
                qsizetype space = content.lastIndexOf(u' ', room - 1);
                if (space <= 0) {
                    space = content.indexOf(u' ', room);
                }
                if (space > 0 && space + 1 < content.size()) {
                    take = space + 1;
                }
            }
            const QStringView chunk = content.first(take);
            out += prefix;
            if (depth == 0
                && (chunk.startsWith(u' ') || chunk.startsWith(u'>') || chunk.startsWith(QLatin1String("From ")))) {
                out += u' ';
            }
            out += chunk;
            out += u'\n';
            content = content.mid(take);
        }
    }
    return out;
}

} // namespace Letterbox::Mime
