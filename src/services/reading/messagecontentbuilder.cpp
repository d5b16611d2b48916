#include "services/reading/messagecontentbuilder.h"

#include "mime/messageparser.h"
#include "mime/spoofingcheck.h"
#include "render/htmlsanitizer.h"

namespace Letterbox::Services {

namespace {

QString headerBlock(const QList<Mime::HeaderField> &headers)
{
    QString block;
    for (const Mime::HeaderField &field : headers) {
        block += field.name + QLatin1String(": ") + field.value + QLatin1Char('\n');
    }
    return block;
}

/// The raw text for "View source": bounded, line ends as LF, no NUL (which would end the
/// text for some widgets and hide what follows).
QString sourceText(const QByteArray &raw, bool *truncated)
{
    *truncated = raw.size() > MessageContent::maxSourceBytes;
    QString text = QString::fromUtf8(raw.left(MessageContent::maxSourceBytes));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QChar(0), QChar::ReplacementCharacter);
    return text;
}

const Mime::PartInfo *partWithContentId(const QList<Mime::PartInfo> &parts, const QString &contentId)
{
    const Mime::PartInfo *caseless = nullptr;
    for (const Mime::PartInfo &part : parts) {
        if (part.contentId == contentId) {
            return &part;
        }
        if (!caseless && part.contentId.compare(contentId, Qt::CaseInsensitive) == 0) {
            caseless = &part;
        }
    }
    // Content-IDs are case-sensitive (RFC 2392), but mailers differ in the case they write.
    return caseless;
}

/// The parts the HTML names by cid:, decoded with one more parse, within maxInlineBytes.
QHash<QString, InlinePart> inlineParts(
    const QByteArray &raw, const QList<Mime::PartInfo> &parts, const QStringList &contentIds)
{
    QStringList ids;
    QStringList paths;
    QStringList types;
    for (const QString &contentId : contentIds) {
        const Mime::PartInfo *part = partWithContentId(parts, contentId);
        if (part && !part->contentType.startsWith(QLatin1String("multipart/"))) {
            ids.append(contentId);
            paths.append(part->path);
            types.append(part->contentType);
        }
    }
    QHash<QString, InlinePart> found;
    if (paths.isEmpty()) {
        return found;
    }
    const QList<QByteArray> contents = Mime::MessageParser::partContents(raw, paths);
    qsizetype total = 0;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        total += contents.at(i).size();
        if (contents.at(i).isEmpty() || total > MessageContent::maxInlineBytes) {
            continue;
        }
        found.insert(ids.at(i), InlinePart {types.at(i), contents.at(i)});
    }
    return found;
}

} // namespace

MessageContent MessageContentBuilder::build(const QByteArray &rfc5322, const ContentOptions &options)
{
    const Mime::ParsedMessage parsed = Mime::MessageParser::parse(rfc5322);

    MessageContent content;
    content.messageId = options.messageId;
    content.from = Mime::toDisplayString(parsed.from);
    for (const Mime::Address &address : parsed.from) {
        content.fromWarnings += Mime::SpoofingCheck::checkAddress(address, QStringLiteral("From"));
    }
    if (!parsed.from.isEmpty()) {
        content.senderAddress = parsed.from.constFirst().email.toLower();
    }
    content.to = Mime::toDisplayString(parsed.to);
    content.cc = Mime::toDisplayString(parsed.cc);
    content.subject = parsed.subject;
    content.date = parsed.date.isValid() ? parsed.date : options.fallbackDate;
    content.headerBlock = headerBlock(parsed.headers);
    content.warnings = parsed.warnings;
    content.source = sourceText(rfc5322, &content.sourceTruncated);
    content.bodyComplete = options.bodyComplete;

    content.plainText = std::make_shared<const Render::PlainTextRenderer>(parsed.displayText);
    content.plainHtml = content.plainText->toHtml();

    if (!parsed.html.isEmpty()) {
        content.hasHtml = true;
        content.remoteAllowedForSender = !options.allowRemoteImages && content.fromWarnings.isEmpty()
            && !content.senderAddress.isEmpty() && options.trustedSenders.contains(content.senderAddress);
        content.remoteAllowed = options.allowRemoteImages || content.remoteAllowedForSender;
        Render::SanitizeOptions sanitizeOptions;
        sanitizeOptions.allowRemoteImages = content.remoteAllowed;
        const Render::SanitizedHtml sanitized = Render::HtmlSanitizer::sanitize(parsed.html, sanitizeOptions);
        content.htmlRejected = sanitized.rejected;
        content.rejectReason = sanitized.rejectReason;
        content.html = sanitized.html;
        content.blockedUrls = sanitized.blockedUrls;
        content.remoteImages = sanitized.remoteImages;
        content.linkMismatches = sanitized.linkMismatches;
        if (!sanitized.rejected) {
            content.inlineParts = inlineParts(rfc5322, parsed.parts, sanitized.contentIds);
        }
    }

    const QList<Mime::PartInfo> attachments = parsed.attachments();
    for (const Mime::PartInfo &part : attachments) {
        content.attachments.append(AttachmentEntry {part.fileName, part.contentType, part.size, part.path});
    }
    return content;
}

} // namespace Letterbox::Services
