#include "mimefuzzentry.h"

#include "mime/charsetdecoder.h"
#include "mime/filenames.h"
#include "mime/flowedtext.h"
#include "mime/headerdecoding.h"
#include "mime/htmltotext.h"
#include "mime/messagebuilder.h"
#include "mime/messageparser.h"
#include "mime/mimelimits.h"
#include "mime/spoofingcheck.h"
#include "mime/threadingkeys.h"

#include <QStringList>

namespace Letterbox::Fuzz {

using namespace Letterbox::Mime;

namespace {

bool isDisplaySafe(const QString &text)
{
    for (const QChar c : text) {
        if (SpoofingCheck::isUnsafeCharacter(c.unicode())) {
            return false;
        }
    }
    return true;
}

bool isBodySafe(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u != u'\n' && u != u'\t' && (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))) {
            return false;
        }
    }
    return true;
}

QString checkParsed(const ParsedMessage &message)
{
    if (!isDisplaySafe(message.subject)) {
        return QStringLiteral("control character in the subject");
    }
    for (const AddressList *list :
        {&message.from, &message.sender, &message.replyTo, &message.to, &message.cc, &message.bcc}) {
        if (list->size() > Limits::maxAddressesPerField) {
            return QStringLiteral("more addresses than the limit");
        }
        for (const Address &address : *list) {
            if (!isDisplaySafe(address.name) || !isDisplaySafe(address.email)) {
                return QStringLiteral("control character in an address");
            }
        }
    }
    for (const HeaderField &field : message.headers) {
        if (!isDisplaySafe(field.value) || !isDisplaySafe(field.name)) {
            return QStringLiteral("control character in header ") + field.name;
        }
    }
    if (!isBodySafe(message.displayText)) {
        return QStringLiteral("control character in the display text");
    }
    if (message.parts.size() > Limits::maxParts) {
        return QStringLiteral("more parts than the limit");
    }
    if (message.references.size() > Limits::maxReferences) {
        return QStringLiteral("more references than the limit");
    }
    if (message.warnings.size() > Limits::maxWarnings) {
        return QStringLiteral("more warnings than the limit");
    }
    for (const PartInfo &part : message.parts) {
        if (part.depth > Limits::maxNestingDepth) {
            return QStringLiteral("part deeper than the limit: ") + part.path;
        }
        if (part.isAttachment && part.fileName.isEmpty()) {
            return QStringLiteral("attachment without a file name: ") + part.path;
        }
        if (part.fileName.contains(u'/') || part.fileName.contains(u'\\') || part.fileName.startsWith(u'.')
            || !isDisplaySafe(part.fileName) || part.fileName.toUtf8().size() > Limits::maxFileNameBytes) {
            return QStringLiteral("unsafe file name: ") + part.fileName;
        }
    }
    return QString();
}

QString checkWireFormat(const QByteArray &data)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n') {
            if (i == 0 || data[i - 1] != '\r') {
                return QStringLiteral("bare LF in a built message");
            }
            if (i - 1 - lineStart > 998) {
                return QStringLiteral("line over 998 octets in a built message");
            }
            lineStart = i + 1;
        } else if (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')) {
            return QStringLiteral("bare CR in a built message");
        }
    }
    return QString();
}

} // namespace

QString runMimeFuzzInput(const QByteArray &data)
{
    const ParsedMessage message = MessageParser::parse(data);
    QString problem = checkParsed(message);
    if (!problem.isEmpty()) {
        return problem;
    }

    // Every part's content, through both entry points.
    QStringList paths;
    for (const PartInfo &part : message.parts) {
        paths.append(part.path);
    }
    const QList<QByteArray> contents = MessageParser::partContents(data, paths);
    if (contents.size() != paths.size()) {
        return QStringLiteral("partContents() lost a part");
    }
    // partContent() parses again each time: check the first and the last part only,
    // which keeps an iteration cheap and still compares the two entry points.
    for (const qsizetype i : {qsizetype(0), paths.size() - 1}) {
        if (i >= 0 && i < paths.size() && MessageParser::partContent(data, paths.at(i)) != contents.at(i)) {
            return QStringLiteral("partContent() and partContents() disagree on ") + paths.at(i);
        }
    }
    SpoofingCheck::check(message);

    // The single-field decoders on the raw bytes, as an IMAP ENVELOPE would give them.
    const QString asText = QString::fromUtf8(data);
    for (const Address &address : decodeAddressList(data)) {
        if (!isDisplaySafe(address.name) || !isDisplaySafe(address.email)) {
            return QStringLiteral("decodeAddressList() kept a control character");
        }
    }
    if (!isDisplaySafe(decodeHeaderText(data))) {
        return QStringLiteral("decodeHeaderText() kept a control character");
    }
    (void)decodeDate(data);
    (void)threadingSubject(asText);
    (void)extractMessageIds(data);
    const QString fileName = sanitizedFileName(asText, QStringLiteral("application/pdf"));
    if (fileName.isEmpty() || fileName.contains(u'/') || fileName.startsWith(u'.')) {
        return QStringLiteral("sanitizedFileName() gave an unsafe name: ") + fileName;
    }
    HtmlToText::convert(asText);
    FlowedText::decode(asText, data.startsWith('d'));
    FlowedText::encode(asText);
    CharsetDecoder::decode(data, data.left(12));

    // What a reply to this message would send must be well-formed on the wire.
    MessageBuilder builder;
    builder.setFrom(message.from.value(0));
    builder.setTo(message.to);
    builder.setSubject(message.subject);
    builder.setPlainText(message.displayText);
    builder.setHtml(message.html.left(4096));
    builder.setReferences(message.references);
    const BuiltMessage built = builder.build();
    problem = checkWireFormat(built.data);
    if (!problem.isEmpty()) {
        return problem;
    }
    return checkParsed(MessageParser::parse(built.data));
}

} // namespace Letterbox::Fuzz
