#include "render/htmlsanitizer.h"

#include "render/cssfilter_p.h"
#include "render/htmlprescan_p.h"
#include "render/linkcheck.h"
#include "render/renderlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace Letterbox::Render {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Letterbox::Render::HtmlSanitizer", text);
}

// ---------------------------------------------------------------------------------
// Memory: gumbo_destroy_output() frees the tree recursively, one stack frame per
// level. Every block gumbo allocates is linked into a list instead, and the list is
// freed in one loop, so no depth of tree can exhaust the stack.

struct alignas(std::max_align_t) BlockHeader
{
    BlockHeader *previous;
    BlockHeader *next;
};

class TrackingAllocator
{
public:
    TrackingAllocator() { m_head.previous = m_head.next = &m_head; }
    ~TrackingAllocator()
    {
        BlockHeader *block = m_head.next;
        while (block != &m_head) {
            BlockHeader *next = block->next;
            std::free(block);
            block = next;
        }
    }
    TrackingAllocator(const TrackingAllocator &) = delete;
    TrackingAllocator &operator=(const TrackingAllocator &) = delete;

    static void *allocate(void *userdata, size_t size)
    {
        auto *self = static_cast<TrackingAllocator *>(userdata);
        auto *block = static_cast<BlockHeader *>(std::malloc(sizeof(BlockHeader) + size));
        if (!block) {
            std::abort(); // gumbo does not check for NULL; fail loudly rather than corrupt
        }
        block->previous = &self->m_head;
        block->next = self->m_head.next;
        self->m_head.next->previous = block;
        self->m_head.next = block;
        return block + 1;
    }

    static void deallocate(void *, void *pointer)
    {
        if (!pointer) {
            return;
        }
        BlockHeader *block = static_cast<BlockHeader *>(pointer) - 1;
        block->previous->next = block->next;
        block->next->previous = block->previous;
        std::free(block);
    }

private:
    BlockHeader m_head;
};

// ---------------------------------------------------------------------------------
// What happens to each element.

enum class Action {
    Keep, ///< emitted (possibly renamed), with its allowed attributes
    Unwrap, ///< not emitted, its children are
    Drop, ///< neither it nor its children
};

struct ElementRule
{
    Action action;
    const char *outputName; ///< for Keep
};

ElementRule ruleFor(GumboTag tag)
{
    switch (tag) {
    // QTextDocument's own elements (QTextHtmlParser's table), kept as they are.
    case GUMBO_TAG_A:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR:
        return {Action::Keep, gumbo_normalized_tagname(tag)};
    // Known to browsers, not to QTextDocument: the nearest element it knows.
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
        return {Action::Keep, "s"};
    case GUMBO_TAG_INS:
        return {Action::Keep, "u"};
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MARQUEE:
        return {Action::Keep, "div"};
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
        return {Action::Keep, "ul"};
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return {Action::Keep, "pre"};
    // Active content, documents in documents, things that fetch or navigate by
    // themselves, form controls, and what only makes sense with CSS or script.
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_IMAGE:
        return {Action::Drop, nullptr};
    // Containers whose text is wanted without them: html, head (its children are
    // dropped one by one), form (phishing needs its controls, which are dropped),
    // noscript (no script runs, so its fallback is what a browser would show).
    default:
        return {Action::Unwrap, nullptr};
    }
}

bool isTablePart(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

QString attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    if (!attribute || std::strlen(attribute->value) > size_t(Limits::maxAttributeBytes)) {
        return QString();
    }
    return QString::fromUtf8(attribute->value);
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

/// A URL as a browser reads an attribute: ASCII tab and newline removed anywhere,
/// C0 controls and spaces trimmed at both ends (WHATWG URL parsing).
QString cleanedUrl(QString value)
{
    value.remove(u'\t');
    value.remove(u'\n');
    value.remove(u'\r');
    qsizetype start = 0;
    qsizetype end = value.size();
    while (start < end && value.at(start).unicode() <= 0x20) {
        ++start;
    }
    while (end > start && value.at(end - 1).unicode() <= 0x20) {
        --end;
    }
    return value.mid(start, end - start);
}

bool isRemote(const QString &url)
{
    return url.startsWith(QLatin1String("http:"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) || url.startsWith(QLatin1String("//"));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// ---------------------------------------------------------------------------------

class Walker
{
public:
    explicit Walker(const SanitizeOptions &options)
        : m_options(options)
    { }

    SanitizedHtml run(const GumboNode *root)
    {
        m_out.reserve(1 << 16);
        m_out += QLatin1String("<html>");
        pushNode(root);
        while (!m_stack.empty()) {
            Frame &frame = m_stack.back();
            const GumboVector *children = childrenOf(frame.node);
            if (children && frame.nextChild < children->length) {
                const auto *child = static_cast<const GumboNode *>(children->data[frame.nextChild++]);
                visit(child);
            } else {
                leave(frame);
                m_stack.pop_back();
            }
        }
        m_out += QLatin1String("</html>");
        m_result.html = std::move(m_out);
        return std::move(m_result);
    }

private:
    struct Frame
    {
        const GumboNode *node;
        unsigned nextChild = 0;
        const char *closeTag = nullptr; ///< emitted at the end, when kept
        const char *separator = nullptr; ///< emitted at the end when unwrapped by a limit
        bool opensAnchor = false;
        bool flattensTables = false;
        bool countsTable = false;
    };

    static const GumboVector *childrenOf(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            return &node->v.element.children;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) {
            return &node->v.document.children;
        }
        return nullptr;
    }

    void pushNode(const GumboNode *node) { m_stack.push_back(Frame {node}); }

    void visit(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_WHITESPACE:
            // Blanks around <head> and <body> are not content; a second parse would
            // drop them, and the output must read the same when parsed again.
            if (node->parent && node->parent->type == GUMBO_NODE_ELEMENT
                && (node->parent->v.element.tag == GUMBO_TAG_HTML || node->parent->v.element.tag == GUMBO_TAG_HEAD)) {
                break;
            }
            [[fallthrough]];
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA: {
            const QString text = QString::fromUtf8(node->v.text.text);
            m_out += escaped(text);
            if (m_anchor.open && m_anchor.text.size() < Limits::maxAnchorText) {
                m_anchor.text += text.left(Limits::maxAnchorText - m_anchor.text.size());
            }
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            enter(node);
            break;
        case GUMBO_NODE_DOCUMENT:
            pushNode(node);
            break;
        case GUMBO_NODE_COMMENT:
            break;
        }
    }

    void enter(const GumboNode *node)
    {
        const GumboElement &element = node->v.element;
        const GumboTag tag = element.tag;
        recordDroppedSources(element);
        if (tag == GUMBO_TAG_STYLE && element.children.length > 0) {
            const auto *text = static_cast<const GumboNode *>(element.children.data[0]);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE) {
                for (const QString &url : Internal::cssUrls(QString::fromUtf8(text->v.text.text))) {
                    block(url);
                }
            }
        }
        // Foreign content (<svg>, <math>) has its own tags; none of it is shown.
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML) {
            return;
        }
        ElementRule rule = ruleFor(tag);
        if (rule.action == Action::Drop) {
            return;
        }
        Frame frame {node};
        if (rule.action == Action::Keep && m_flattenTables > 0 && isTablePart(tag)) {
            rule.action = Action::Unwrap;
            frame.separator = (tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TABLE) ? "<br>" : " ";
        }
        if (rule.action == Action::Keep && tag == GUMBO_TAG_TABLE
            && (m_tableDepth >= Limits::maxTableDepth || m_keptDepth + 4 >= Limits::maxOutputDepth)) {
            // Too deep for QTextDocument's recursive table layout: the rest of this
            // table is text runs.
            rule.action = Action::Unwrap;
            frame.flattensTables = true;
            frame.separator = "<br>";
            ++m_flattenTables;
        }
        if (rule.action == Action::Keep && !isVoid(tag) && m_keptDepth >= Limits::maxOutputDepth) {
            rule.action = Action::Unwrap;
            frame.separator = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_SPAN ? " " : "<br>";
        }
        if (rule.action == Action::Unwrap) {
            m_stack.push_back(frame);
            return;
        }
        if (tag == GUMBO_TAG_IMG) {
            emitImage(element);
            return;
        }
        m_out += u'<' + QLatin1String(rule.outputName);
        emitAttributes(element);
        m_out += u'>';
        if (isVoid(tag)) {
            return;
        }
        frame.closeTag = rule.outputName;
        ++m_keptDepth;
        if (tag == GUMBO_TAG_TABLE) {
            frame.countsTable = true;
            ++m_tableDepth;
        }
        if (tag == GUMBO_TAG_A && !m_anchor.open) {
            frame.opensAnchor = true;
            m_anchor = Anchor {true, m_currentHref, QString()};
        }
        m_stack.push_back(frame);
    }

    void leave(const Frame &frame)
    {
        if (frame.closeTag) {
            m_out += QLatin1String("</") + QLatin1String(frame.closeTag) + u'>';
            --m_keptDepth;
        } else if (frame.separator) {
            m_out += QLatin1String(frame.separator);
        }
        if (frame.countsTable) {
            --m_tableDepth;
        }
        if (frame.flattensTables) {
            --m_flattenTables;
        }
        if (frame.opensAnchor) {
            checkAnchor();
            m_anchor = Anchor {};
        }
    }

    // --- attributes -----------------------------------------------------------

    void emitAttribute(const char *name, const QString &value)
    {
        if (!value.isEmpty()) {
            m_out += u' ' + QLatin1String(name) + QLatin1String("=\"") + escaped(value) + u'"';
        }
    }

    void emitAttributes(const GumboElement &element)
    {
        const GumboTag tag = element.tag;
        m_currentHref = QUrl();
        if (hasAttribute(element, "style")) {
            QStringList urls;
            const QString style = Internal::filterStyle(attributeValue(element, "style"), &urls);
            for (const QString &url : std::as_const(urls)) {
                block(url);
            }
            emitAttribute("style", style);
        }
        if (hasAttribute(element, "background")) {
            block(cleanedUrl(attributeValue(element, "background")));
        }
        static const QRegularExpression direction(QStringLiteral("^(ltr|rtl|auto)$"));
        static const QRegularExpression alignment(QStringLiteral("^(left|right|center|justify)$"));
        static const QRegularExpression verticalAlignment(QStringLiteral("^(top|middle|bottom|baseline)$"));
        static const QRegularExpression anchorName(QStringLiteral(R"(^[A-Za-z0-9_.:-]{1,128}$)"));
        const QString dir = attributeValue(element, "dir").toLower();
        if (direction.match(dir).hasMatch()) {
            emitAttribute("dir", dir);
        }
        const QString align = attributeValue(element, "align").toLower();
        if (alignment.match(align).hasMatch()) {
            emitAttribute("align", align);
        }
        switch (tag) {
        case GUMBO_TAG_A: {
            emitAttribute("href", checkedHref(attributeValue(element, "href")));
            for (const char *name : {"name", "id"}) {
                const QString value = attributeValue(element, name);
                if (anchorName.match(value).hasMatch()) {
                    emitAttribute(name, value);
                }
            }
            break;
        }
        case GUMBO_TAG_FONT: {
            emitAttribute("color", Internal::filterColor(attributeValue(element, "color")));
            static const QRegularExpression fontSize(QStringLiteral(R"(^[+-]?[1-7]$)"));
            const QString size = attributeValue(element, "size").trimmed();
            if (fontSize.match(size).hasMatch()) {
                emitAttribute("size", size);
            }
            static const QRegularExpression face(QStringLiteral(R"(^[A-Za-z0-9 ,'-]{1,128}$)"));
            const QString fontFace = attributeValue(element, "face");
            if (face.match(fontFace).hasMatch()) {
                emitAttribute("face", fontFace);
            }
            break;
        }
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            emitAttribute("bgcolor", Internal::filterColor(attributeValue(element, "bgcolor")));
            if (tag == GUMBO_TAG_TABLE) {
                for (const char *name : {"border", "cellspacing", "cellpadding", "width"}) {
                    emitAttribute(name, Internal::filterLength(attributeValue(element, name)));
                }
            }
            if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
                for (const char *name : {"width", "height"}) {
                    emitAttribute(name, Internal::filterLength(attributeValue(element, name)));
                }
                for (const char *name : {"colspan", "rowspan"}) {
                    const int span = attributeValue(element, name).toInt();
                    if (span > 1) {
                        emitAttribute(name, QString::number(std::min(span, 100)));
                    }
                }
                if (hasAttribute(element, "nowrap")) {
                    emitAttribute("nowrap", QStringLiteral("nowrap"));
                }
            }
            if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TR) {
                const QString valign = attributeValue(element, "valign").toLower();
                if (verticalAlignment.match(valign).hasMatch()) {
                    emitAttribute("valign", valign);
                }
            }
            break;
        case GUMBO_TAG_OL:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_MENU:
        case GUMBO_TAG_DIR: {
            static const QRegularExpression listType(QStringLiteral("^(1|a|A|i|I|disc|circle|square)$"));
            const QString type = attributeValue(element, "type").trimmed();
            if (listType.match(type).hasMatch()) {
                emitAttribute("type", type);
            }
            if (tag == GUMBO_TAG_OL) {
                bool ok = false;
                const int start = attributeValue(element, "start").toInt(&ok);
                if (ok && start > -100000 && start < 100000) {
                    emitAttribute("start", QString::number(start));
                }
            }
            break;
        }
        case GUMBO_TAG_HR:
            emitAttribute("width", Internal::filterLength(attributeValue(element, "width")));
            break;
        default:
            break;
        }
    }

    QString checkedHref(const QString &value)
    {
        const QString href = cleanedUrl(value);
        if (href.isEmpty()) {
            return QString();
        }
        if (href.startsWith(u'#')) {
            static const QRegularExpression fragment(QStringLiteral(R"(^#[A-Za-z0-9_.:-]{1,128}$)"));
            return fragment.match(href).hasMatch() ? href : QString();
        }
        const QUrl url(href, QUrl::TolerantMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid()) {
            return QString();
        }
        if (scheme == QLatin1String("mailto")) {
            if (url.path().isEmpty()) {
                return QString();
            }
        } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
            if (url.host().isEmpty()) {
                return QString();
            }
            m_currentHref = url;
        } else {
            return QString(); // javascript:, data:, file:, vbscript:, relative, …
        }
        return QString::fromLatin1(url.toEncoded());
    }

    // --- images ---------------------------------------------------------------

    void emitImage(const GumboElement &element)
    {
        const QString src = cleanedUrl(attributeValue(element, "src"));
        if (hasAttribute(element, "srcset")) {
            // "url 1x, url 2x": every candidate is a source; none is used.
            const QStringList candidates = attributeValue(element, "srcset").split(u',', Qt::SkipEmptyParts);
            for (const QString &candidate : candidates) {
                const QString url = cleanedUrl(candidate.trimmed().section(u' ', 0, 0));
                if (isRemote(url)) {
                    block(url);
                }
            }
        }
        QString source;
        if (src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive)) {
            const QString id = QUrl::fromPercentEncoding(src.mid(4).toUtf8()).trimmed();
            if (!id.isEmpty()) {
                source = QLatin1String("cid:") + QString::fromLatin1(QUrl::toPercentEncoding(id, "@.-_~!$&'()*+,;=:"));
                addDistinct(&m_result.contentIds, &m_seenContentIds, id);
            }
        } else if (isRemote(src)) {
            const QUrl url = QUrl(src.startsWith(QLatin1String("//")) ? QLatin1String("https:") + src : src);
            if (m_options.allowRemoteImages && url.isValid() && !url.host().isEmpty()) {
                source = QString::fromLatin1(url.toEncoded());
                addDistinct(&m_result.remoteImages, &m_seenRemote, source);
            } else {
                block(src);
            }
        }
        if (source.isEmpty()) {
            source = QString(HtmlSanitizer::blockedScheme) + QLatin1String(":image");
        }
        m_out += QLatin1String("<img");
        emitAttribute("src", source);
        for (const char *name : {"width", "height"}) {
            const QString length = Internal::filterLength(attributeValue(element, name));
            if (!length.endsWith(u'%')) {
                emitAttribute(name, length.endsWith(QLatin1String("px")) ? length.chopped(2) : length);
            }
        }
        emitAttribute("alt", attributeValue(element, "alt").left(256));
        m_out += u'>';
    }

    /// Sources of elements that are dropped whole (media, frames, stylesheets): they
    /// are remote content a person would otherwise have seen loading.
    void recordDroppedSources(const GumboElement &element)
    {
        switch (element.tag) {
        case GUMBO_TAG_LINK:
            block(cleanedUrl(attributeValue(element, "href")));
            break;
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_FRAME:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_SOURCE:
        case GUMBO_TAG_INPUT:
        case GUMBO_TAG_IMAGE:
            block(cleanedUrl(attributeValue(element, "src")));
            block(cleanedUrl(attributeValue(element, "poster")));
            for (const QString &candidate : attributeValue(element, "srcset").split(u',', Qt::SkipEmptyParts)) {
                block(cleanedUrl(candidate.trimmed().section(u' ', 0, 0)));
            }
            break;
        case GUMBO_TAG_OBJECT:
            block(cleanedUrl(attributeValue(element, "data")));
            break;
        default:
            break;
        }
    }

    /// Counts a remote URL as blocked; anything else (relative, data:, cid:) is not
    /// remote content and is simply not shown.
    void block(const QString &url)
    {
        if (isRemote(url)) {
            addDistinct(&m_result.blockedUrls, &m_seenBlocked, url);
        }
    }

    static void addDistinct(QStringList *list, QSet<QString> *seen, const QString &value)
    {
        if (list->size() < Limits::maxReportedUrls && !seen->contains(value)) {
            seen->insert(value);
            list->append(value);
        }
    }

    // --- links ----------------------------------------------------------------

    void checkAnchor()
    {
        if (!m_anchor.target.isValid() || m_result.linkMismatches.size() >= Limits::maxReportedUrls) {
            return;
        }
        const QString shown = LinkCheck::otherHostNamed(m_anchor.text, m_anchor.target);
        if (!shown.isEmpty()) {
            m_result.linkMismatches.append(LinkMismatch {m_anchor.target, shown});
        }
    }

    struct Anchor
    {
        bool open = false;
        QUrl target;
        QString text;
    };

    const SanitizeOptions &m_options;
    std::vector<Frame> m_stack;
    QString m_out;
    SanitizedHtml m_result;
    QSet<QString> m_seenBlocked;
    QSet<QString> m_seenRemote;
    QSet<QString> m_seenContentIds;
    Anchor m_anchor;
    QUrl m_currentHref; ///< the http(s) href of the element whose attributes were just written
    int m_keptDepth = 0;
    int m_tableDepth = 0;
    int m_flattenTables = 0;
};

SanitizedHtml rejected(const QString &reason)
{
    SanitizedHtml result;
    result.rejected = true;
    result.rejectReason = reason;
    return result;
}

} // namespace

SanitizedHtml HtmlSanitizer::sanitize(const QString &html, const SanitizeOptions &options)
{
    // The size is checked on the UTF-16 length first so a huge input is never copied.
    if (html.size() > Limits::maxHtmlBytes) {
        return rejected(tr("The HTML part is too large to show safely (over 2 MiB)."));
    }
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > Limits::maxHtmlBytes) {
        return rejected(tr("The HTML part is too large to show safely (over 2 MiB)."));
    }
    if (!Internal::prescanHtml(utf8, Limits::maxPrescanDepth).withinLimit) {
        return rejected(tr("The HTML part nests its elements too deeply to show safely."));
    }

    TrackingAllocator allocator;
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.allocator = &TrackingAllocator::allocate;
    gumboOptions.deallocator = &TrackingAllocator::deallocate;
    gumboOptions.userdata = &allocator;
    gumboOptions.max_errors = Limits::maxGumboErrors;
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, utf8.constData(), size_t(utf8.size()));
    if (!output || !output->root) {
        return rejected(tr("The HTML part could not be read."));
    }
    // No gumbo_destroy_output(): the allocator frees every block when it goes.
    return Walker(options).run(output->root);
}

} // namespace Letterbox::Render
