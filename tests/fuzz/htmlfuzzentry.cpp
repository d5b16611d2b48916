#include "htmlfuzzentry.h"

#include "render/htmlsanitizer.h"
#include "render/linkcheck.h"
#include "render/plaintextrenderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Letterbox::Fuzz {

using namespace Letterbox::Render;

namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags {QStringLiteral("html"), QStringLiteral("body"), QStringLiteral("a"),
        QStringLiteral("address"), QStringLiteral("b"), QStringLiteral("big"), QStringLiteral("blockquote"),
        QStringLiteral("br"), QStringLiteral("center"), QStringLiteral("cite"), QStringLiteral("code"),
        QStringLiteral("dd"), QStringLiteral("dfn"), QStringLiteral("div"), QStringLiteral("dl"), QStringLiteral("dt"),
        QStringLiteral("em"), QStringLiteral("font"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("hr"), QStringLiteral("i"),
        QStringLiteral("img"), QStringLiteral("kbd"), QStringLiteral("li"), QStringLiteral("nobr"),
        QStringLiteral("ol"), QStringLiteral("p"), QStringLiteral("pre"), QStringLiteral("s"), QStringLiteral("samp"),
        QStringLiteral("small"), QStringLiteral("span"), QStringLiteral("strong"), QStringLiteral("sub"),
        QStringLiteral("sup"), QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("td"),
        QStringLiteral("tfoot"), QStringLiteral("th"), QStringLiteral("thead"), QStringLiteral("tr"),
        QStringLiteral("tt"), QStringLiteral("u"), QStringLiteral("ul"), QStringLiteral("var")};
    return tags;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> attributes {QStringLiteral("style"), QStringLiteral("dir"), QStringLiteral("align"),
        QStringLiteral("href"), QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("color"),
        QStringLiteral("size"), QStringLiteral("face"), QStringLiteral("bgcolor"), QStringLiteral("border"),
        QStringLiteral("cellspacing"), QStringLiteral("cellpadding"), QStringLiteral("width"), QStringLiteral("height"),
        QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("nowrap"), QStringLiteral("valign"),
        QStringLiteral("type"), QStringLiteral("start"), QStringLiteral("src"), QStringLiteral("alt")};
    return attributes;
}

/// The attribute escaping of the sanitiser (QString::toHtmlEscaped) undone.
QString unescaped(const QString &value)
{
    QString text = value;
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString checkHref(const QString &value)
{
    const QString href = unescaped(value);
    if (href.startsWith(u'#')) {
        return QString();
    }
    const QString scheme = QUrl(href).scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")) {
        return QStringLiteral("href with scheme '%1': %2").arg(scheme, href.left(80));
    }
    return QString();
}

QString checkSrc(const QString &value, bool remoteAllowed)
{
    const QString src = unescaped(value);
    if (src.startsWith(QLatin1String("cid:"))
        || src == QString(HtmlSanitizer::blockedScheme) + QLatin1String(":image")) {
        return QString();
    }
    const QString scheme = QUrl(src).scheme();
    if (remoteAllowed && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        return QString();
    }
    return QStringLiteral("img src '%1'").arg(src.left(80));
}

QString checkOutput(const SanitizedHtml &result, bool remoteAllowed)
{
    if (result.rejected) {
        return result.html.isEmpty() && !result.rejectReason.isEmpty() ? QString()
                                                                       : QStringLiteral("rejected without a reason");
    }
    // The sanitiser writes every tag as <name attr="escaped">, so this scan reads its
    // output exactly; text never holds a raw '<'.
    static const QRegularExpression tag(QStringLiteral(R"re(<(/?)([a-z0-9]+)((?: [a-z-]+="[^"<>]*")*)>)re"));
    static const QRegularExpression attribute(QStringLiteral(R"re( ([a-z-]+)="([^"]*)")re"));
    const QString &html = result.html;
    qsizetype position = 0;
    int depth = 0;
    int deepest = 0;
    while ((position = html.indexOf(u'<', position)) >= 0) {
        const QRegularExpressionMatch match
            = tag.match(html, position, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            return QStringLiteral("malformed tag at %1: %2").arg(position).arg(html.mid(position, 60));
        }
        const QString name = match.captured(2);
        if (!allowedTags().contains(name)) {
            return QStringLiteral("tag <%1> in the output").arg(name);
        }
        const bool isVoid = name == QLatin1String("br") || name == QLatin1String("hr") || name == QLatin1String("img");
        if (match.captured(1).isEmpty()) {
            depth += isVoid ? 0 : 1;
            deepest = std::max(deepest, depth);
        } else {
            --depth;
        }
        auto it = attribute.globalMatch(match.captured(3));
        while (it.hasNext()) {
            const QRegularExpressionMatch a = it.next();
            const QString attributeName = a.captured(1);
            if (!allowedAttributes().contains(attributeName)) {
                return QStringLiteral("attribute %1 in the output").arg(attributeName);
            }
            QString problem;
            if (attributeName == QLatin1String("href")) {
                problem = checkHref(a.captured(2));
            } else if (attributeName == QLatin1String("src")) {
                problem = checkSrc(a.captured(2), remoteAllowed);
            } else if (attributeName == QLatin1String("style") && a.captured(2).contains(QLatin1String("url("))) {
                problem = QStringLiteral("url() in a style");
            }
            if (!problem.isEmpty()) {
                return problem;
            }
        }
        position = match.capturedEnd();
    }
    if (depth != 0) {
        return QStringLiteral("unbalanced output (%1 open)").arg(depth);
    }
    // html + body + the limit of the sanitiser
    if (deepest > 2 + 64) {
        return QStringLiteral("output nests %1 deep").arg(deepest);
    }
    if (!remoteAllowed && !result.remoteImages.isEmpty()) {
        return QStringLiteral("remote images kept although not allowed");
    }
    return QString();
}

} // namespace

QString runHtmlSanitizerFuzzInput(const QByteArray &data)
{
    const QString input = QString::fromUtf8(data);
    for (const bool remote : {false, true}) {
        SanitizeOptions options;
        options.allowRemoteImages = remote;
        const SanitizedHtml first = HtmlSanitizer::sanitize(input, options);
        if (QString problem = checkOutput(first, remote); !problem.isEmpty()) {
            return problem;
        }
        if (first.rejected) {
            continue;
        }
        // What the view shows must survive a second pass unchanged: otherwise a
        // second parse would read the output differently from the first.
        const SanitizedHtml second = HtmlSanitizer::sanitize(first.html, options);
        if (second.html != first.html) {
            return QStringLiteral("sanitising the output again changed it");
        }
        for (const LinkMismatch &mismatch : first.linkMismatches) {
            if (mismatch.shownHost.isEmpty() || !mismatch.target.isValid()) {
                return QStringLiteral("link mismatch without a host");
            }
        }
    }
    const PlainTextRenderer plain(input.left(64 * 1024));
    const QString plainHtml = plain.toHtml();
    if (plainHtml.contains(QLatin1String("<script"))) {
        return QStringLiteral("plain text rendering let markup through");
    }
    static const QRegularExpression href(QStringLiteral(R"re(href="([^"]*)")re"));
    auto links = href.globalMatch(plainHtml);
    while (links.hasNext()) {
        const QString scheme = QUrl(unescaped(links.next().captured(1))).scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")
            && scheme != QString(PlainTextRenderer::foldScheme)) {
            return QStringLiteral("plain text link with scheme '%1'").arg(scheme);
        }
    }
    (void)LinkCheck::otherHostNamed(input.left(256), QUrl(input.left(256)));
    return QString();
}

} // namespace Letterbox::Fuzz
