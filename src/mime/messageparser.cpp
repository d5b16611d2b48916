#include "mime/messageparser.h"

#include "mime/bodytext_p.h"
#include "mime/charsetdecoder.h"
#include "mime/gmimeglue_p.h"
#include "mime/headerdecoding.h"
#include "mime/mimelimits.h"
#include "mime/mimelogging.h"
#include "mime/parttree_p.h"
#include "mime/spoofingcheck.h"
#include "mime/structureguard_p.h"
#include "mime/threadingkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Letterbox::Mime {

namespace {

/// Collects GMime's parser warnings as sentences (GMime calls back synchronously).
struct WarningSink
{
    QStringList sentences;

    static void callback(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
    {
        Q_UNUSED(offset);
        auto *sink = static_cast<WarningSink *>(data);
        if (sink->sentences.size() < Limits::maxWarnings) {
            const QString what = SpoofingCheck::cleanDisplayString(Internal::fromUtf8(item).left(64)).trimmed();
            const QString sentence = describe(code, what);
            if (!sentence.isEmpty() && !sink->sentences.contains(sentence)) {
                sink->sentences.append(sentence);
            }
        }
    }

    static QString describe(GMimeParserWarning code, const QString &item)
    {
        switch (code) {
        case GMIME_WARN_DUPLICATED_HEADER:
        case GMIME_WARN_DUPLICATED_PARAMETER:
            return QString(); // identical repeats change nothing
        case GMIME_CRIT_CONFLICTING_HEADER:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The message has more than one %1 header with different values; the first is used.")
                .arg(item);
        case GMIME_CRIT_CONFLICTING_PARAMETER:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "A part repeats the %1 parameter with different values.")
                .arg(item);
        case GMIME_WARN_UNENCODED_8BIT_HEADER:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The %1 header contains unencoded 8-bit text; its character set was guessed.")
                .arg(item);
        case GMIME_WARN_INVALID_CONTENT_TYPE:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "A part has an invalid Content-Type and is read as plain text.");
        case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "The %1 header contains a malformed encoded word.")
                .arg(item);
        case GMIME_WARN_MALFORMED_MULTIPART:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "A multipart section is malformed; some parts may be incomplete.");
        case GMIME_WARN_TRUNCATED_MESSAGE:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "The message ends early: a closing boundary or part is missing.");
        case GMIME_WARN_MALFORMED_MESSAGE:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser", "The message is malformed.");
        case GMIME_CRIT_INVALID_HEADER_NAME:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "A line in a header block is not a valid header and was ignored.");
        case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "A multipart section has no boundary; its content is not split into parts.");
        case GMIME_WARN_INVALID_PARAMETER:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser", "A part has a malformed parameter.");
        case GMIME_WARN_INVALID_ADDRESS_LIST:
            return QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "An address list could not be read completely.");
        case GMIME_CRIT_NESTING_OVERFLOW:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The message is nested deeper than %1 levels; the deeper parts are not shown.")
                .arg(Limits::maxNestingDepth);
        case GMIME_WARN_PART_WITHOUT_CONTENT:
        case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
            return QCoreApplication::translate("Letterbox::Mime::MessageParser", "A part of the message is empty.");
        }
        return QCoreApplication::translate("Letterbox::Mime::MessageParser", "The message is malformed.");
    }
};

/// The first raw value of each top-level field, by lower-case name.
QHash<QByteArray, QByteArray> firstValues(const QList<Internal::RawHeaderField> &fields)
{
    QHash<QByteArray, QByteArray> first;
    for (const Internal::RawHeaderField &field : fields) {
        const QByteArray key = field.name.toLower();
        if (!first.contains(key)) {
            first.insert(key, field.value);
        }
    }
    return first;
}

void readHeaders(const QList<Internal::RawHeaderField> &fields, ParsedMessage *message)
{
    for (const Internal::RawHeaderField &field : fields) {
        if (message->headers.size() >= Limits::maxReportedHeaders) {
            message->warnings.append(QCoreApplication::translate(
                "Letterbox::Mime::MessageParser", "The message has more than %1 headers; the rest are not listed.")
                                         .arg(Limits::maxReportedHeaders));
            break;
        }
        HeaderField header;
        header.name = SpoofingCheck::cleanDisplayString(QString::fromLatin1(field.name)).trimmed();
        // Address fields show what was parsed, not the decoded raw text: an encoded
        // word inside an address must not turn into a convincing one on screen.
        if (Internal::isAddressField(field.name)) {
            header.value = toDisplayString(decodeAddressList(field.value));
        }
        if (header.value.isEmpty()) {
            header.value = decodeHeaderText(field.value); // "Undisclosed recipients:;"
        }
        header.rawValue = field.value.trimmed();
        message->headers.append(header);
    }

    const QHash<QByteArray, QByteArray> first = firstValues(fields);
    message->from = decodeAddressList(first.value("from"));
    message->sender = decodeAddressList(first.value("sender"));
    message->replyTo = decodeAddressList(first.value("reply-to"));
    message->to = decodeAddressList(first.value("to"));
    message->cc = decodeAddressList(first.value("cc"));
    message->bcc = decodeAddressList(first.value("bcc"));
    message->subject = decodeHeaderText(first.value("subject"));
    message->threadSubject = threadingSubject(message->subject);
    message->messageId = firstMessageId(first.value("message-id"));
    message->inReplyTo = firstMessageId(first.value("in-reply-to"));
    message->references = extractMessageIds(first.value("references"), Limits::maxReferences);
    if (first.contains("date")) {
        message->date = decodeDate(first.value("date"));
        if (!message->date.isValid()) {
            message->warnings.append(
                QCoreApplication::translate("Letterbox::Mime::MessageParser", "The Date header cannot be read."));
        }
    }

    // Two different From (or Subject...) headers: clients disagree on which one
    // they show, which is exactly what a forger wants (RFC 5322 section 3.6).
    static const char *const s_single[] = {"From", "Sender", "Reply-To", "To", "Cc", "Subject", "Date", "Message-Id"};
    for (const char *name : s_single) {
        QSet<QByteArray> values;
        for (const Internal::RawHeaderField &field : fields) {
            if (qstricmp(field.name.constData(), name) == 0) {
                values.insert(field.value.trimmed());
            }
        }
        if (values.size() > 1) {
            message->warnings.append(QCoreApplication::translate("Letterbox::Mime::MessageParser",
                "The message has more than one %1 header with different values; the first is used.")
                                         .arg(QLatin1String(name)));
        }
    }
}

struct Parsed
{
    Internal::GuardedMessage guarded;
    Internal::GObjectPtr<GMimeMessage> message;
    QStringList gmimeWarnings;
};

Parsed parseGuarded(const QByteArray &rfc5322)
{
    Parsed parsed;
    parsed.guarded = Internal::guardStructure(rfc5322);
    Internal::ParserOptionsPtr options = Internal::newParserOptions();
    WarningSink sink;
    g_mime_parser_options_set_warning_callback(options.get(), &WarningSink::callback, &sink);
    parsed.message = Internal::parseMessage(parsed.guarded.data, options.get());
    parsed.gmimeWarnings = sink.sentences;
    return parsed;
}

} // namespace

ParsedMessage MessageParser::parse(const QByteArray &rfc5322)
{
    Parsed parsed = parseGuarded(rfc5322);
    ParsedMessage message;
    message.warnings = parsed.guarded.warnings;
    readHeaders(parsed.guarded.topLevelHeaders, &message);

    const Internal::PartTree tree = Internal::buildPartTree(parsed.message.get());
    Internal::Body body = Internal::assembleBody(tree);
    message.parts = std::move(body.parts);
    message.displayText = std::move(body.displayText);
    message.html = std::move(body.html);
    for (const PartInfo &part : std::as_const(message.parts)) {
        message.hasAttachments = message.hasAttachments || part.isAttachment;
    }

    if (parsed.guarded.topLevelHeaders.isEmpty() && message.displayText.isEmpty() && !rfc5322.trimmed().isEmpty()) {
        // No header at all (GMime gives up on a first line that is not one): the best
        // readable result is the input itself as text.
        QByteArray text = rfc5322.left(Limits::maxTextPartBytes);
        message.displayText = Internal::cleanBodyText(CharsetDecoder::decode(text, QByteArray()).text).trimmed();
        message.warnings.append(QCoreApplication::translate(
            "Letterbox::Mime::MessageParser", "The message has no headers; it is shown as plain text."));
    }

    message.warnings += parsed.gmimeWarnings;
    message.warnings += body.warnings;
    message.warnings += SpoofingCheck::check(message);
    message.warnings.removeDuplicates();
    if (message.warnings.size() > Limits::maxWarnings) {
        message.warnings.resize(Limits::maxWarnings);
    }
    qCDebug(lcMime) << "parsed" << rfc5322.size() << "bytes:" << message.parts.size() << "parts,"
                    << message.warnings.size() << "warnings";
    return message;
}

QByteArray MessageParser::partContent(const QByteArray &rfc5322, const QString &path)
{
    return partContents(rfc5322, {path}).value(0);
}

QList<QByteArray> MessageParser::partContents(const QByteArray &rfc5322, const QStringList &paths)
{
    Parsed parsed = parseGuarded(rfc5322);
    const Internal::PartTree tree = Internal::buildPartTree(parsed.message.get());
    QHash<QString, int> byPath;
    for (int i = 0; i < tree.nodes.size(); ++i) {
        byPath.insert(tree.nodes.at(i).path, i);
    }
    Internal::FormatOptionsPtr format = Internal::newWireFormatOptions();
    QList<QByteArray> contents;
    contents.reserve(paths.size());
    for (const QString &path : paths) {
        const int index = byPath.value(path, -1);
        if (index < 0) {
            contents.append(QByteArray());
            continue;
        }
        GMimeObject *object = tree.nodes.at(index).object;
        if (GMIME_IS_PART(object)) {
            contents.append(Internal::decodedContent(GMIME_PART(object)));
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *embedded = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            contents.append(embedded ? Internal::objectToBytes(GMIME_OBJECT(embedded), format.get()) : QByteArray());
        } else {
            contents.append(Internal::objectContentToBytes(object, format.get()));
        }
    }
    return contents;
}

} // namespace Letterbox::Mime
