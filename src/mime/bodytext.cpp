#include "mime/bodytext_p.h"

#include "mime/charsetdecoder.h"
#include "mime/filenames.h"
#include "mime/flowedtext.h"
#include "mime/headerdecoding.h"
#include "mime/htmltotext.h"
#include "mime/mimelimits.h"
#include "mime/spoofingcheck.h"

#include <QCoreApplication>

#include <vector>

namespace Letterbox::Mime::Internal {

namespace {

QByteArray lower(const char *text)
{
    return QByteArray(text).toLower().trimmed();
}

QByteArray contentTypeParameter(const PartNode &node, const char *name)
{
    return lower(g_mime_object_get_content_type_parameter(node.object, name));
}

QByteArray disposition(const PartNode &node)
{
    return lower(g_mime_object_get_disposition(node.object));
}

QByteArray rawHeader(GMimeObject *object, const char *name)
{
    GMimeHeader *header = g_mime_header_list_get_header(g_mime_object_get_header_list(object), name);
    return header ? QByteArray(g_mime_header_get_raw_value(header)) : QByteArray();
}

class Assembler
{
public:
    explicit Assembler(const PartTree &tree)
        : m_tree(tree)
        , m_nodes(tree.nodes)
    { }

    Body run();

private:
    [[nodiscard]] bool isBodyText(int index) const;
    [[nodiscard]] bool isAttachment(int index) const;
    [[nodiscard]] bool showsInline(int index) const;
    [[nodiscard]] bool hasAncestor(int index, const char *type, const char *subtype) const;
    [[nodiscard]] QList<int> selectBody(bool preferHtml) const;
    [[nodiscard]] int relatedRoot(const PartNode &node) const;
    [[nodiscard]] QString fileName(int index) const;
    QString decodeText(int index);
    QString messageHeaderBlock(int index) const;
    QString prologueText(int index);
    PartInfo describe(int index, qint64 size) const;

    const PartTree &m_tree;
    const QList<PartNode> &m_nodes;
    QStringList m_warnings;
};

bool Assembler::hasAncestor(int index, const char *type, const char *subtype) const
{
    for (int i = m_nodes.at(index).parent; i >= 0; i = m_nodes.at(i).parent) {
        if (m_nodes.at(i).is(type, subtype)) {
            return true;
        }
    }
    return false;
}

bool Assembler::isBodyText(int index) const
{
    const PartNode &node = m_nodes.at(index);
    if (node.kind != PartNode::Kind::Leaf || !GMIME_IS_PART(node.object)) {
        return false;
    }
    const bool text = node.type == "text" && node.subtype != "calendar" && node.subtype != "vcard"
        && node.subtype != "x-vcard" && node.subtype != "csv" && node.subtype != "rtf" && node.subtype != "xml"
        && node.subtype != "directory";
    const bool report = node.is("message", "delivery-status") || node.is("message", "disposition-notification");
    if (!text && !report) {
        return false;
    }
    const QByteArray how = disposition(node);
    if (how == "attachment") {
        return false;
    }
    // A named text part is a file the sender attached, unless marked inline or
    // it is the whole message.
    const bool named = g_mime_part_get_filename(GMIME_PART(node.object)) != nullptr;
    return !named || how == "inline" || node.parent < 0;
}

bool Assembler::isAttachment(int index) const
{
    const PartNode &node = m_nodes.at(index);
    if (node.kind == PartNode::Kind::Multipart) {
        return false;
    }
    if (node.kind == PartNode::Kind::Message) {
        return true;
    }
    if (isBodyText(index)) {
        return false;
    }
    const bool parentSigned = node.parent >= 0 && m_nodes.at(node.parent).is("multipart", "signed");
    const bool parentEncrypted = node.parent >= 0 && m_nodes.at(node.parent).is("multipart", "encrypted");
    if ((parentSigned && node.type == "application"
            && (node.subtype == "pgp-signature" || node.subtype == "pkcs7-signature"
                || node.subtype == "x-pkcs7-signature"))
        || (parentEncrypted && node.is("application", "pgp-encrypted"))) {
        return false;
    }
    const bool referenced = g_mime_object_get_content_id(node.object) != nullptr;
    if (referenced && disposition(node) != "attachment" && hasAncestor(index, "multipart", "related")) {
        return false; // an inline image of the HTML body
    }
    return true;
}

bool Assembler::showsInline(int index) const
{
    const PartNode &node = m_nodes.at(index);
    return disposition(node) != "attachment" || (node.parent >= 0 && m_nodes.at(node.parent).is("multipart", "digest"));
}

int Assembler::relatedRoot(const PartNode &node) const
{
    if (node.children.isEmpty()) {
        return -1;
    }
    QByteArray start = contentTypeParameter(node, "start");
    if (start.startsWith('<') && start.endsWith('>')) {
        start = start.mid(1, start.size() - 2);
    }
    if (!start.isEmpty()) {
        for (const int child : node.children) {
            if (lower(g_mime_object_get_content_id(m_nodes.at(child).object)) == start) {
                return child;
            }
        }
    }
    return node.children.first();
}

QList<int> Assembler::selectBody(bool preferHtml) const
{
    QList<int> selected;
    if (m_nodes.isEmpty()) {
        return selected;
    }
    std::vector<int> stack {0};
    while (!stack.empty()) {
        const int index = stack.back();
        stack.pop_back();
        const PartNode &node = m_nodes.at(index);
        if (node.kind == PartNode::Kind::Message) {
            if (showsInline(index)) {
                selected.append(index);
                for (const int child : node.children) {
                    stack.push_back(child);
                }
            }
            continue;
        }
        if (node.kind == PartNode::Kind::Leaf) {
            if (isBodyText(index)) {
                selected.append(index);
            }
            continue;
        }
        if (node.children.isEmpty()) {
            // No part matched the boundary: GMime keeps everything as the
            // prologue, which is the best readable thing left.
            selected.append(index);
            continue;
        }
        if (node.subtype == "alternative") {
            int chosen = -1;
            int fallback = -1;
            for (qsizetype c = node.children.size() - 1; c >= 0; --c) {
                const int child = node.children.at(c);
                const PartNode &candidate = m_nodes.at(child);
                const bool container = candidate.kind == PartNode::Kind::Multipart;
                if (fallback < 0 && (container || isBodyText(child))) {
                    fallback = child;
                }
                const bool suits = preferHtml ? (container || (isBodyText(child) && candidate.subtype == "html"))
                                              : (isBodyText(child) && candidate.subtype == "plain");
                if (suits) {
                    chosen = child;
                    break;
                }
            }
            if (chosen < 0) {
                chosen = fallback;
            }
            if (chosen >= 0) {
                stack.push_back(chosen);
            }
        } else if (node.subtype == "related") {
            const int root = relatedRoot(node);
            if (root >= 0) {
                stack.push_back(root);
            }
        } else if (node.subtype == "signed") {
            if (!node.children.isEmpty()) {
                stack.push_back(node.children.first());
            }
        } else if (node.subtype == "encrypted") {
            continue; // warned about in run()
        } else {
            for (qsizetype c = node.children.size() - 1; c >= 0; --c) {
                stack.push_back(node.children.at(c));
            }
        }
    }
    return selected;
}

QString Assembler::decodeText(int index)
{
    const PartNode &node = m_nodes.at(index);
    QByteArray bytes = decodedContent(GMIME_PART(node.object));
    if (bytes.size() > Limits::maxTextPartBytes) {
        bytes.truncate(Limits::maxTextPartBytes);
        m_warnings.append(QCoreApplication::translate(
            "Letterbox::Mime::MessageParser", "Part %1 is longer than %2 MiB; only the start is shown.")
                              .arg(node.path)
                              .arg(Limits::maxTextPartBytes / (1024 * 1024)));
    }
    QByteArray charset = contentTypeParameter(node, "charset");
    if (charset.isEmpty() && node.subtype == "html") {
        charset = CharsetDecoder::sniffHtmlCharset(bytes);
    }
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(bytes, charset);
    if (decoded.usedFallback) {
        const QString used = QString::fromLatin1(decoded.charset);
        m_warnings.append(charset.isEmpty()
                ? QCoreApplication::translate("Letterbox::Mime::MessageParser",
                    "Part %1 does not say which character set it uses; it is shown as %2.")
                      .arg(node.path, used)
                : QCoreApplication::translate("Letterbox::Mime::MessageParser",
                    "Part %1 claims the character set \"%2\" but is not written in it; it is shown as %3.")
                      .arg(node.path, QString::fromLatin1(charset.left(40)), used));
    }
    QString text = decoded.text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    if (node.subtype == "plain" && contentTypeParameter(node, "format") == "flowed") {
        text = FlowedText::decode(text, contentTypeParameter(node, "delsp") == "yes");
    }
    return text;
}

QString Assembler::messageHeaderBlock(int index) const
{
    GMimeMessage *message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(m_nodes.at(index).object));
    QString block
        = QCoreApplication::translate("Letterbox::Mime::MessageParser", "-------- Attached Message --------") + u'\n';
    if (!message) {
        return block;
    }
    GMimeObject *object = GMIME_OBJECT(message);
    const AddressList from = decodeAddressList(rawHeader(object, "From"));
    const QString subject = decodeHeaderText(rawHeader(object, "Subject"));
    const QDateTime date = decodeDate(rawHeader(object, "Date"));
    if (!from.isEmpty()) {
        block += QCoreApplication::translate("Letterbox::Mime::MessageParser", "From: %1").arg(toDisplayString(from))
            + u'\n';
    }
    if (date.isValid()) {
        block += QCoreApplication::translate("Letterbox::Mime::MessageParser", "Date: %1")
                     .arg(date.toString(Qt::RFC2822Date))
            + u'\n';
    }
    if (!subject.isEmpty()) {
        block += QCoreApplication::translate("Letterbox::Mime::MessageParser", "Subject: %1").arg(subject) + u'\n';
    }
    return block;
}

QString Assembler::prologueText(int index)
{
    const PartNode &node = m_nodes.at(index);
    const QByteArray prologue
        = QByteArray(g_mime_multipart_get_prologue(GMIME_MULTIPART(node.object))).left(Limits::maxTextPartBytes);
    if (prologue.trimmed().isEmpty()) {
        return QString();
    }
    m_warnings.append(QCoreApplication::translate("Letterbox::Mime::MessageParser",
        "A multipart section has no parts that match its boundary; its raw content is shown."));
    QString text = CharsetDecoder::decode(prologue, QByteArray()).text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

QString Assembler::fileName(int index) const
{
    const PartNode &node = m_nodes.at(index);
    const QString type = QString::fromLatin1(node.type + '/' + node.subtype);
    if (node.kind == PartNode::Kind::Message) {
        QString name = fromUtf8(g_mime_object_get_content_disposition_parameter(node.object, "filename"));
        if (name.isEmpty()) {
            name = fromUtf8(g_mime_object_get_content_type_parameter(node.object, "name"));
        }
        if (name.isEmpty()) {
            GMimeMessage *message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(node.object));
            const QString subject = message ? decodeHeaderText(rawHeader(GMIME_OBJECT(message), "Subject")) : QString();
            name = (subject.isEmpty() ? QCoreApplication::translate("Letterbox::Mime::MessageParser", "message")
                                      : subject.left(100))
                + QLatin1String(".eml");
        }
        return sanitizedFileName(name, type);
    }
    if (node.kind == PartNode::Kind::Multipart || !GMIME_IS_PART(node.object)) {
        return QString();
    }
    const QString name = fromUtf8(g_mime_part_get_filename(GMIME_PART(node.object)));
    if (name.isEmpty() && !isAttachment(index)) {
        return QString();
    }
    return sanitizedFileName(name, type);
}

PartInfo Assembler::describe(int index, qint64 size) const
{
    const PartNode &node = m_nodes.at(index);
    PartInfo info;
    info.path = node.path;
    info.contentType = node.type.isEmpty() ? QStringLiteral("application/octet-stream")
                                           : QString::fromLatin1(node.type + '/' + node.subtype);
    info.charset = QString::fromLatin1(contentTypeParameter(node, "charset").left(40));
    info.disposition = SpoofingCheck::cleanDisplayString(QString::fromLatin1(disposition(node).left(40)));
    info.fileName = fileName(index);
    info.contentId
        = SpoofingCheck::cleanDisplayString(fromUtf8(g_mime_object_get_content_id(node.object)).left(998)).trimmed();
    info.size = size;
    info.isAttachment = isAttachment(index);
    info.depth = node.depth;
    return info;
}

Body Assembler::run()
{
    Body body;
    body.warnings = m_tree.warnings;
    // Sizes bottom-up: children always come after their container.
    QList<qint64> sizes(m_nodes.size(), 0);
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        const PartNode &node = m_nodes.at(i);
        if (node.kind == PartNode::Kind::Leaf && GMIME_IS_PART(node.object)) {
            GMimePart *part = GMIME_PART(node.object);
            const qint64 encoded = encodedContentSize(part);
            const GMimeContentEncoding encoding = g_mime_part_get_content_encoding(part);
            const bool shrinks
                = encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_UUENCODE;
            // base64: 76 characters and CRLF carry 57 bytes.
            sizes[i] += shrinks ? encoded * 57 / 78 : encoded;
        }
        if (node.parent >= 0) {
            sizes[node.parent] += sizes[i];
        }
        if (node.is("multipart", "encrypted")) {
            body.warnings.append(node.parent < 0 ? QCoreApplication::translate("Letterbox::Mime::MessageParser",
                                     "The message is encrypted; Letterbox cannot show encrypted mail.")
                                                 : QCoreApplication::translate("Letterbox::Mime::MessageParser",
                                                     "Part %1 is encrypted; Letterbox cannot show encrypted mail.")
                                                       .arg(node.path));
        }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        body.parts.append(describe(i, sizes.at(i)));
    }

    QStringList segments;
    for (const int index : selectBody(false)) {
        const PartNode &node = m_nodes.at(index);
        QString segment;
        if (node.kind == PartNode::Kind::Message) {
            segment = messageHeaderBlock(index);
        } else if (node.kind == PartNode::Kind::Multipart) {
            segment = prologueText(index);
        } else if (node.subtype == "html") {
            segment = HtmlToText::convert(decodeText(index));
        } else {
            segment = decodeText(index);
        }
        while (segment.endsWith(u'\n')) {
            segment.chop(1);
        }
        if (!segment.isEmpty()) {
            segments.append(segment);
        }
    }
    body.displayText = cleanBodyText(segments.join(QLatin1String("\n\n")));

    for (const int index : selectBody(true)) {
        if (m_nodes.at(index).kind == PartNode::Kind::Leaf && m_nodes.at(index).subtype == "html") {
            body.html = decodeText(index);
            body.html.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
            break;
        }
    }
    body.warnings += m_warnings;
    return body;
}

} // namespace

Body assembleBody(const PartTree &tree)
{
    return Assembler(tree).run();
}

QString cleanBodyText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\r') {
            continue;
        }
        if (u == u'\n' || u == u'\t') {
            clean.append(c);
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0)) {
            clean.append(QChar(QChar::ReplacementCharacter));
        } else {
            clean.append(c);
        }
    }
    return clean;
}

} // namespace Letterbox::Mime::Internal
