#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Letterbox::Render {

struct SanitizeOptions
{
    /// Keep http(s) image sources (the person chose "Load remote content" for this
    /// message); the view's loadResource() then fetches them. Styles, stylesheets,
    /// backgrounds and media stay blocked either way.
    bool allowRemoteImages = false;
};

/// An anchor whose visible text names another host than its target (LinkCheck).
struct LinkMismatch
{
    QUrl target;
    /// The host the text names, ACE form.
    QString shownHost;

    friend bool operator==(const LinkMismatch &, const LinkMismatch &) = default;
};

/// What HtmlSanitizer::sanitize() made of a message's HTML.
struct SanitizedHtml
{
    /// True when the HTML was not shown at all (too large, too deep): show the plain
    /// text instead and say why (rejectReason, one translated sentence).
    bool rejected = false;
    QString rejectReason;
    /// The HTML subset QTextDocument renders, every URL in it checked; empty when rejected.
    QString html;
    /// Remote sources that were not kept (images, tracking pixels, CSS url(), <link>
    /// stylesheets, @import, background attributes, media), distinct, in document order.
    QStringList blockedUrls;
    /// Remote image sources that were kept (only with allowRemoteImages), distinct.
    QStringList remoteImages;
    /// Content-IDs named by cid: sources (RFC 2392, percent-decoded), distinct.
    QStringList contentIds;
    QList<LinkMismatch> linkMismatches;
};

/**
 * @short HTML mail → the safe subset QTextBrowser shows. An allowlist over gumbo's tree.
 *
 * First the input is bounded: at most Limits::maxHtmlBytes of UTF-8, and a linear
 * pre-scan (htmlprescan_p.h) estimates the nesting depth gumbo would reach; either
 * limit rejects the HTML. Then gumbo (an HTML5 parser, so the tree is the one a browser
 * builds) parses it with a tracking allocator that frees the tree without gumbo's
 * recursive destructor, and one iterative walk emits:
 *  - only allowlisted elements, renamed to what QTextDocument knows (section → div,
 *    del → s); unknown elements are unwrapped, their text kept; script, style, title,
 *    iframe, object, embed, svg, math, media, form controls, meta (so meta refresh),
 *    base and link are dropped with their content;
 *  - only allowlisted attributes: no event handler, no id tricks; colours and lengths
 *    checked; style attributes filtered to safe properties without url();
 *  - href only http, https, mailto (after removing tabs and newlines, as browsers do,
 *    so "java\tscript:" is caught) or an in-page "#anchor"; every URL re-encoded, hosts
 *    in ACE;
 *  - src only cid:, or http(s) with allowRemoteImages; other images become
 *    `letterbox-blocked:image` placeholders, remote ones are counted in blockedUrls;
 *  - depth bounded (Limits::maxOutputDepth, maxTableDepth): what is deeper is unwrapped.
 * Pure and thread-safe: run it off the GUI thread. Linear in the input size.
 */
class HtmlSanitizer
{
public:
    [[nodiscard]] static SanitizedHtml sanitize(const QString &html, const SanitizeOptions &options = {});

    /// The scheme of placeholder image sources; the view answers it with a small image.
    static constexpr QLatin1String blockedScheme {"letterbox-blocked"};
};

} // namespace Letterbox::Render
