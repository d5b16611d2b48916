#pragma once

#include "render/htmlsanitizer.h"
#include "render/plaintextrenderer.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace Letterbox::Services {

/// One attachment as the view lists it; the bytes come later (MessageContentLoader::loadParts).
struct AttachmentEntry
{
    /// Safe to save under and to show: no directory, no control or direction characters.
    QString fileName;
    /// Lower case "type/subtype".
    QString mimeType;
    /// Decoded size in bytes (estimated for base64 and quoted-printable).
    qint64 size = 0;
    /// The IMAP-style part path (Mime::PartInfo::path) to ask for its bytes.
    QString partPath;
};

/// A part the HTML names by Content-ID (RFC 2392 "cid:"), an inline image.
struct InlinePart
{
    QString mimeType;
    QByteArray bytes;
};

/**
 * @short Everything the message view shows of one message, made off the GUI thread.
 *
 * A plain value (cheap to copy: the large members are implicitly shared). Every string
 * is safe to show as plain text; the two HTML strings are safe for QTextDocument: the
 * plain text view comes from Render::PlainTextRenderer, the HTML from Render::HtmlSanitizer.
 */
struct MessageContent
{
    qint64 messageId = 0;

    // The header area.
    /// "Name <address>, …" of the From header.
    QString from;
    /// The first From address, lower case: the key of "always load remote content from".
    QString senderAddress;
    /// The spoofed-display-name sentences for From (Mime::SpoofingCheck); empty when clean.
    QStringList fromWarnings;
    QString to;
    QString cc;
    QString subject;
    /// The Date header, or the cache's sent date when the header is unreadable. UTC or with offset.
    QDateTime date;
    /// Every header field, "Name: decoded value" per line, in message order.
    QString headerBlock;
    /// Everything else the MIME layer found odd (one sentence each), spoofing included.
    QStringList warnings;

    /// The raw RFC 5322 text, cut at maxSourceBytes (sourceTruncated then says so).
    QString source;
    bool sourceTruncated = false;
    /// False when the cache holds only some parts (IMAP partial fetch): attachments may be missing.
    bool bodyComplete = true;

    // The body.
    /// The plain text view as HTML (no fold folded); plainText re-renders it with folds.
    QString plainHtml;
    std::shared_ptr<const Render::PlainTextRenderer> plainText;
    /// True when the message has an HTML part; html is then its sanitised form.
    bool hasHtml = false;
    QString html;
    /// The sanitiser refused the HTML (too large, too deep): show the plain text and say why.
    bool htmlRejected = false;
    QString rejectReason;
    /// Remote sources kept out of html (images, CSS, stylesheets), distinct.
    QStringList blockedUrls;
    /// Remote images left in html because remote content was allowed; the view fetches them.
    QStringList remoteImages;
    /// Whether html was made with remote images allowed, and whether because of the sender.
    bool remoteAllowed = false;
    bool remoteAllowedForSender = false;
    QList<Render::LinkMismatch> linkMismatches;

    QList<AttachmentEntry> attachments;
    /// Content-ID (without brackets) → the part, for the cid: sources html names.
    QHash<QString, InlinePart> inlineParts;

    /// The bound of source, in bytes of the raw message.
    static constexpr qsizetype maxSourceBytes = 1024 * 1024;
    /// The most bytes of inline parts kept for one message (the rest shows as missing images).
    static constexpr qsizetype maxInlineBytes = 32 * 1024 * 1024;
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::MessageContent)
