#include "render/htmlprescan_p.h"

#include <QByteArray>

#include <algorithm>
#include <vector>

namespace Letterbox::Render::Internal {

namespace {

using Name = QByteArrayView;

bool isOneOf(Name name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
}

bool isVoid(Name name)
{
    return isOneOf(name,
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
            "track", "wbr", "image", "basefont", "bgsound", "frame"});
}

bool isRawText(Name name)
{
    return isOneOf(name, {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"});
}

bool isFormatting(Name name)
{
    return isOneOf(
        name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"});
}

/// Elements whose end clears the formatting entries opened inside them (HTML "markers").
bool isMarker(Name name)
{
    return isOneOf(name, {"td", "th", "caption", "applet", "object", "marquee", "template"});
}

/// Start tags that close an open <p> (HTML "in body" rules for block-level elements).
bool closesParagraph(Name name)
{
    return isOneOf(name,
        {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt", "listing",
            "plaintext"});
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

class Scanner
{
public:
    Scanner(QByteArrayView html, int limit)
        : m_html(html)
        , m_limit(limit)
    { }

    PrescanResult run()
    {
        qsizetype i = 0;
        const qsizetype size = m_html.size();
        while (i < size && m_result.withinLimit) {
            const qsizetype open = m_html.indexOf('<', i);
            if (open < 0 || open + 1 >= size) {
                break;
            }
            const char next = m_html.at(open + 1);
            if (m_html.sliced(open).startsWith("<!--")) {
                const qsizetype end = m_html.indexOf("-->", open + 4);
                i = end < 0 ? size : end + 3;
            } else if (next == '!' || next == '?') {
                const qsizetype end = m_html.indexOf('>', open + 2);
                i = end < 0 ? size : end + 1;
            } else if (next == '/' && open + 2 < size && isAsciiAlpha(m_html.at(open + 2))) {
                qsizetype cursor = open + 2;
                const QByteArray name = readName(&cursor);
                i = skipAttributes(cursor, nullptr);
                endTag(name);
            } else if (isAsciiAlpha(next)) {
                qsizetype cursor = open + 1;
                const QByteArray name = readName(&cursor);
                bool selfClosing = false;
                i = skipAttributes(cursor, &selfClosing);
                startTag(name, selfClosing);
                if (isRawText(name) && m_foreignDepth == 0) {
                    i = skipRawText(i, name);
                } else if (name == "plaintext") {
                    break; // everything after it is text
                }
            } else {
                i = open + 1;
            }
        }
        return m_result;
    }

private:
    struct Open
    {
        QByteArray name;
        qsizetype formattingAtPush;
    };

    QByteArray readName(qsizetype *cursor) const
    {
        const qsizetype start = *cursor;
        while (*cursor < m_html.size()) {
            const char c = m_html.at(*cursor);
            if (isSpace(c) || c == '/' || c == '>') {
                break;
            }
            ++*cursor;
        }
        return m_html.sliced(start, std::min<qsizetype>(*cursor - start, 32)).toByteArray().toLower();
    }

    /// Moves past the attributes to just after '>', the way the tokenizer reads quotes:
    /// a quote opens a value only right after '=' (and blanks).
    qsizetype skipAttributes(qsizetype i, bool *selfClosing) const
    {
        const qsizetype size = m_html.size();
        bool slashLast = false;
        while (i < size) {
            const char c = m_html.at(i);
            if (c == '>') {
                if (selfClosing) {
                    *selfClosing = slashLast;
                }
                return i + 1;
            }
            if (c == '=') {
                ++i;
                while (i < size && isSpace(m_html.at(i))) {
                    ++i;
                }
                if (i < size && (m_html.at(i) == '"' || m_html.at(i) == '\'')) {
                    const qsizetype close = m_html.indexOf(m_html.at(i), i + 1);
                    if (close < 0) {
                        return size;
                    }
                    i = close + 1;
                }
                slashLast = false;
                continue;
            }
            slashLast = c == '/' || (slashLast && isSpace(c));
            ++i;
        }
        return size;
    }

    qsizetype skipRawText(qsizetype i, const QByteArray &name) const
    {
        QByteArray closing("</");
        closing += name;
        const qsizetype size = m_html.size();
        while (i < size) {
            const qsizetype lt = m_html.indexOf("</", i);
            if (lt < 0) {
                return size;
            }
            if (lt + closing.size() <= size && m_html.sliced(lt, closing.size()).toByteArray().toLower() == closing) {
                return lt; // the end tag itself is read by the main loop
            }
            i = lt + 2;
        }
        return size;
    }

    /// Index of the nearest open @p names entry above any of @p boundaries, or -1.
    qsizetype findOpen(std::initializer_list<const char *> names, std::initializer_list<const char *> boundaries) const
    {
        for (qsizetype k = qsizetype(m_stack.size()) - 1; k >= 0; --k) {
            const Name name(m_stack[size_t(k)].name);
            if (isOneOf(name, names)) {
                return k;
            }
            if (isOneOf(name, boundaries)) {
                return -1;
            }
        }
        return -1;
    }

    void popTo(qsizetype index)
    {
        while (qsizetype(m_stack.size()) > index) {
            const Open &top = m_stack.back();
            if (isMarker(Name(top.name))) {
                m_formatting.resize(size_t(std::min<qsizetype>(qsizetype(m_formatting.size()), top.formattingAtPush)));
            }
            if (top.name == "svg" || top.name == "math") {
                --m_foreignDepth;
            }
            m_stack.pop_back();
        }
    }

    void startTag(const QByteArray &name, bool selfClosing)
    {
        const Name n(name);
        if (n == "html" || n == "head" || n == "body") {
            return; // gumbo merges these into the one element of each
        }
        if (m_foreignDepth == 0) {
            if (closesParagraph(n)) {
                if (const qsizetype p = findOpen({"p"},
                        {"table", "td", "th", "caption", "button", "object", "applet", "marquee", "template", "html"});
                    p >= 0) {
                    popTo(p);
                }
            }
            if (n == "li") {
                closeSame({"li"}, {"ul", "ol", "table", "td", "th"});
            } else if (n == "dt" || n == "dd") {
                closeSame({"dt", "dd"}, {"dl", "table", "td", "th"});
            } else if (n == "td" || n == "th") {
                closeSame({"td", "th"}, {"tr", "table"});
            } else if (n == "tr") {
                closeSame({"tr"}, {"table"});
            } else if (n == "tbody" || n == "thead" || n == "tfoot") {
                closeSame({"tbody", "thead", "tfoot"}, {"table"});
            } else if (n == "option" || n == "optgroup") {
                closeSame(n == "option" ? std::initializer_list<const char *> {"option"}
                                        : std::initializer_list<const char *> {"option", "optgroup"},
                    {"select", "datalist"});
            }
            if (isVoid(n)) {
                return;
            }
        } else if (selfClosing) {
            return; // <path/> inside <svg> really closes itself
        }
        if (isFormatting(n) && m_foreignDepth == 0) {
            m_formatting.push_back(name);
        }
        m_stack.push_back(Open {name, qsizetype(m_formatting.size())});
        if (n == "svg" || n == "math") {
            ++m_foreignDepth;
        }
        check();
    }

    void closeSame(std::initializer_list<const char *> names, std::initializer_list<const char *> boundaries)
    {
        if (const qsizetype k = findOpen(names, boundaries); k >= 0) {
            popTo(k);
        }
    }

    void endTag(const QByteArray &name)
    {
        for (qsizetype k = qsizetype(m_stack.size()) - 1; k >= 0; --k) {
            if (m_stack[size_t(k)].name == name) {
                popTo(k);
                break;
            }
        }
        if (isFormatting(Name(name))) {
            for (auto it = m_formatting.rbegin(); it != m_formatting.rend(); ++it) {
                if (*it == name) {
                    m_formatting.erase(std::next(it).base());
                    break;
                }
            }
        }
    }

    void check()
    {
        // A formatting element still open counts twice (stack and list): an
        // overestimate, which only errs towards rejecting.
        const int estimate = int(m_stack.size() + m_formatting.size());
        m_result.deepest = std::max(m_result.deepest, estimate);
        if (estimate > m_limit) {
            m_result.withinLimit = false;
        }
    }

    QByteArrayView m_html;
    int m_limit;
    std::vector<Open> m_stack;
    std::vector<QByteArray> m_formatting;
    int m_foreignDepth = 0;
    PrescanResult m_result;
};

} // namespace

PrescanResult prescanHtml(QByteArrayView html, int limit)
{
    return Scanner(html, limit).run();
}

} // namespace Letterbox::Render::Internal
