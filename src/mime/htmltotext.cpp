#include "mime/htmltotext.h"

#include <QHash>

namespace Letterbox::Mime {

namespace {

struct Entity
{
    const char *name;
    char32_t codePoint;
};

// The entities mail actually uses; the full HTML5 table has 2,231.
const Entity s_entities[] = {{"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'}, {"apos", U'\''}, {"nbsp", 0xA0},
    {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"laquo", 0xAB}, {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"bull", 0x2022}, {"middot", 0xB7},
    {"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"sect", 0xA7}, {"deg", 0xB0}, {"plusmn", 0xB1},
    {"times", 0xD7}, {"divide", 0xF7}, {"para", 0xB6}, {"shy", 0xAD}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E}, {"rlm", 0x200F}, {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"iexcl", 0xA1},
    {"iquest", 0xBF}, {"auml", 0xE4}, {"ouml", 0xF6}, {"uuml", 0xFC}, {"Auml", 0xC4}, {"Ouml", 0xD6}, {"Uuml", 0xDC},
    {"szlig", 0xDF}, {"eacute", 0xE9}, {"Eacute", 0xC9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"agrave", 0xE0},
    {"aacute", 0xE1}, {"acirc", 0xE2}, {"atilde", 0xE3}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7},
    {"Ccedil", 0xC7}, {"iacute", 0xED}, {"igrave", 0xEC}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"ntilde", 0xF1},
    {"oacute", 0xF3}, {"ograve", 0xF2}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"oslash", 0xF8}, {"uacute", 0xFA},
    {"ugrave", 0xF9}, {"ucirc", 0xFB}, {"yacute", 0xFD}, {"yuml", 0xFF}, {"rarr", 0x2192}, {"larr", 0x2190},
    {"hearts", 0x2665}, {"check", 0x2713}, {"star", 0x2606}, {"infin", 0x221E}, {"ne", 0x2260}, {"le", 0x2264},
    {"ge", 0x2265}, {"micro", 0xB5}, {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"sup2", 0xB2},
    {"sup3", 0xB3}};

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> s_table = [] {
        QHash<QString, char32_t> table;
        for (const Entity &entity : s_entities) {
            table.insert(QLatin1String(entity.name), entity.codePoint);
        }
        return table;
    }();
    return s_table;
}

enum class Block { None, Line, Paragraph };

Block blockKind(const QString &tag)
{
    static const QHash<QString, Block> s_blocks = [] {
        QHash<QString, Block> blocks;
        for (const char *name :
            {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre", "hr"}) {
            blocks.insert(QLatin1String(name), Block::Paragraph);
        }
        for (const char *name :
            {"div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "address",
                "center", "form", "fieldset", "figure", "figcaption", "main", "caption", "body", "html"}) {
            blocks.insert(QLatin1String(name), Block::Line);
        }
        return blocks;
    }();
    return s_blocks.value(tag, Block::None);
}

class Converter
{
public:
    explicit Converter(const QString &html)
        : m_in(html)
    {
        m_out.reserve(html.size() / 2);
    }

    QString run();

private:
    void parseTag();
    void handleTag(const QString &name, bool closing, QStringView attributes);
    void parseEntity();
    void text(QChar c);
    void put(char32_t c);
    void breakLines(int count);
    void skipPast(QStringView terminator);

    const QString &m_in;
    qsizetype m_i = 0;
    QString m_out;
    int m_quoteDepth = 0;
    int m_preDepth = 0;
    bool m_lineStart = true;
    bool m_pendingSpace = false;
    int m_pendingBreaks = 0;
    QString m_linkTarget;
    qsizetype m_linkTextStart = -1;
};

QString attribute(QStringView attributes, QLatin1String name)
{
    qsizetype i = 0;
    while (i < attributes.size()) {
        while (i < attributes.size() && (attributes.at(i).isSpace() || attributes.at(i) == u'/')) {
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < attributes.size() && !attributes.at(i).isSpace() && attributes.at(i) != u'='
            && attributes.at(i) != u'/') {
            ++i;
        }
        const QStringView key = attributes.mid(nameStart, i - nameStart);
        while (i < attributes.size() && attributes.at(i).isSpace()) {
            ++i;
        }
        QStringView value;
        if (i < attributes.size() && attributes.at(i) == u'=') {
            ++i;
            while (i < attributes.size() && attributes.at(i).isSpace()) {
                ++i;
            }
            if (i < attributes.size() && (attributes.at(i) == u'"' || attributes.at(i) == u'\'')) {
                const QChar quote = attributes.at(i++);
                const qsizetype end = attributes.indexOf(quote, i);
                const qsizetype stop = end < 0 ? attributes.size() : end;
                value = attributes.mid(i, stop - i);
                i = stop + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < attributes.size() && !attributes.at(i).isSpace()) {
                    ++i;
                }
                value = attributes.mid(valueStart, i - valueStart);
            }
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value.trimmed().toString();
        }
        if (key.isEmpty() && i < attributes.size()) {
            ++i; // a stray character; never loop on it
        }
    }
    return QString();
}

QString Converter::run()
{
    while (m_i < m_in.size()) {
        const QChar c = m_in.at(m_i);
        if (c == u'<') {
            parseTag();
        } else if (c == u'&') {
            parseEntity();
        } else {
            text(c);
            ++m_i;
        }
    }
    while (m_out.endsWith(u'\n')) {
        m_out.chop(1);
    }
    return m_out;
}

void Converter::skipPast(QStringView terminator)
{
    const qsizetype end = m_in.indexOf(terminator, m_i, Qt::CaseInsensitive);
    m_i = end < 0 ? m_in.size() : end + terminator.size();
}

void Converter::parseTag()
{
    const QStringView rest = QStringView(m_in).mid(m_i);
    if (rest.startsWith(QLatin1String("<!--"))) {
        m_i += 4;
        skipPast(u"-->");
        return;
    }
    const bool closing = rest.size() > 1 && rest.at(1) == u'/';
    const qsizetype nameStart = m_i + (closing ? 2 : 1);
    if (rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1String("<?"))) {
        ++m_i;
        skipPast(u">");
        return;
    }
    if (nameStart >= m_in.size() || !m_in.at(nameStart).isLetter()) {
        text(u'<'); // a lone "<" is text ("a < b")
        ++m_i;
        return;
    }
    qsizetype i = nameStart;
    while (i < m_in.size() && m_in.at(i).isLetterOrNumber()) {
        ++i;
    }
    const QString name = m_in.mid(nameStart, i - nameStart).toLower();
    // The tag ends at the first '>' outside quotes; an unclosed quote runs to the end.
    const qsizetype attributesStart = i;
    QChar quote;
    while (i < m_in.size()) {
        const QChar c = m_in.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
        ++i;
    }
    const QStringView attributes = QStringView(m_in).mid(attributesStart, i - attributesStart);
    m_i = qMin(i + 1, m_in.size());
    handleTag(name, closing, attributes);
}

void Converter::handleTag(const QString &name, bool closing, QStringView attributes)
{
    if (!closing
        && (name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("title")
            || name == QLatin1String("noscript") || name == QLatin1String("template"))) {
        skipPast(QString(QLatin1String("</") + name));
        skipPast(u">");
        return;
    }
    if (name == QLatin1String("br")) {
        breakLines(m_pendingBreaks + 1);
        return;
    }
    if (name == QLatin1String("img") && !closing) {
        const QString alt = attribute(attributes, QLatin1String("alt")).simplified();
        if (!alt.isEmpty()) {
            put(U'[');
            for (const QChar c : alt) {
                put(c.unicode());
            }
            put(U']');
        }
        return;
    }
    if (name == QLatin1String("a")) {
        if (!closing) {
            const QString href = attribute(attributes, QLatin1String("href"));
            const bool shown = href.startsWith(QLatin1String("http:"), Qt::CaseInsensitive)
                || href.startsWith(QLatin1String("https:"), Qt::CaseInsensitive)
                || href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
            m_linkTarget = shown ? href : QString();
            m_linkTextStart = m_out.size();
        } else if (!m_linkTarget.isEmpty()) {
            const QString shownText = m_out.mid(m_linkTextStart).trimmed();
            QString target = m_linkTarget;
            const bool mail = target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
            const QString bare = mail ? target.mid(7) : target;
            if (shownText != target && shownText != bare) {
                put(U' ');
                put(U'<');
                for (const QChar c : std::as_const(bare)) {
                    put(c.unicode());
                }
                put(U'>');
            }
            m_linkTarget.clear();
        }
        return;
    }
    if (name == QLatin1String("td") || name == QLatin1String("th")) {
        if (closing) {
            m_pendingSpace = true;
        }
        return;
    }
    const Block block = blockKind(name);
    if (block == Block::None) {
        return;
    }
    breakLines(block == Block::Paragraph ? 2 : 1);
    if (name == QLatin1String("blockquote")) {
        m_quoteDepth = qMax(0, m_quoteDepth + (closing ? -1 : 1));
    } else if (name == QLatin1String("pre")) {
        m_preDepth = qMax(0, m_preDepth + (closing ? -1 : 1));
    } else if (name == QLatin1String("li") && !closing) {
        put(0x2022);
        put(U' ');
    } else if (name == QLatin1String("hr")) {
        for (int i = 0; i < 20; ++i) {
            put(0x2500);
        }
        breakLines(2);
    }
}

void Converter::parseEntity()
{
    // Look only a few characters ahead: the longest reference we know is short, and
    // an unbounded search would make "&&&&..." quadratic.
    const qsizetype found = QStringView(m_in).mid(m_i + 1, 12).indexOf(u';');
    const qsizetype semicolon = found < 0 ? -1 : m_i + 1 + found;
    if (semicolon > m_i + 1) {
        const QStringView body = QStringView(m_in).mid(m_i + 1, semicolon - m_i - 1);
        char32_t codePoint = 0;
        bool known = false;
        if (body.startsWith(u'#')) {
            const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
            bool ok = false;
            const uint value = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok) {
                known = true;
                const bool valid = value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
                codePoint = valid ? char32_t(value) : char32_t(0xFFFD);
            }
        } else {
            const auto entity = entityTable().constFind(body.toString());
            if (entity != entityTable().constEnd()) {
                known = true;
                codePoint = *entity;
            }
        }
        if (known) {
            m_i = semicolon + 1;
            if (codePoint == 0xAD) {
                return; // a soft hyphen only matters when breaking words
            }
            put(codePoint == 0xA0 ? U' ' : codePoint);
            return;
        }
    }
    text(u'&');
    ++m_i;
}

void Converter::text(QChar c)
{
    if (m_preDepth > 0) {
        if (c == u'\n') {
            breakLines(m_pendingBreaks + 1);
        } else if (c != u'\r') {
            put(c.unicode());
        }
        return;
    }
    if (c.isSpace()) {
        m_pendingSpace = true;
        return;
    }
    put(c.unicode());
}

void Converter::breakLines(int count)
{
    m_pendingBreaks = qMin(qMax(m_pendingBreaks, count), 2);
    m_pendingSpace = false;
}

void Converter::put(char32_t c)
{
    if (m_pendingBreaks > 0 && !m_out.isEmpty()) {
        m_out += QString(m_pendingBreaks, u'\n');
        m_lineStart = true;
    }
    m_pendingBreaks = 0;
    if (m_lineStart) {
        // Bounded, or 10,000 nested quotes times 10,000 lines is 100 MB of "> ".
        for (int i = 0; i < qMin(m_quoteDepth, 16); ++i) {
            m_out += QLatin1String("> ");
        }
        m_pendingSpace = false;
        m_lineStart = false;
    } else if (m_pendingSpace) {
        m_out += u' ';
    }
    m_pendingSpace = false;
    m_out += QString::fromUcs4(&c, 1);
}

} // namespace

QString HtmlToText::convert(const QString &html)
{
    return Converter(html).run();
}

} // namespace Letterbox::Mime
