#include "services/submission/outgoingmessage.h"

#include "mime/messagebuilder.h"
#include "mime/messageparser.h"
#include "mime/mimetypes.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace Letterbox::Services {

namespace {

// Where the header block ends in CRLF text: the offset of the empty line's CRLF, or -1
// when the message is all header.
qsizetype headerEnd(const QByteArray &crlfBytes)
{
    if (crlfBytes.startsWith("\r\n")) {
        return 0;
    }
    const qsizetype blank = crlfBytes.indexOf("\r\n\r\n");
    return blank < 0 ? -1 : blank + 2;
}

QByteArray fieldName(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon <= 0 ? QByteArray() : line.first(colon).trimmed().toByteArray().toLower();
}

} // namespace

QByteArray OutgoingMessagePreparer::rfc5322Date(const QDateTime &when)
{
    // RFC 5322 section 3.3: English day and month names whatever the locale, and the
    // zone as a numeric offset.
    const int offset = when.offsetFromUtc() / 60;
    const int magnitude = offset < 0 ? -offset : offset;
    return QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
        + QByteArray(offset < 0 ? " -" : " +") + QByteArray::number(magnitude / 60).rightJustified(2, '0')
        + QByteArray::number(magnitude % 60).rightJustified(2, '0');
}

OutgoingMessagePreparer::OutgoingMessagePreparer(const QString &accountAddress)
    : m_accountAddress(accountAddress)
{ }

QByteArray OutgoingMessagePreparer::withCrlf(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 32);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
                ++i;
            }
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray OutgoingMessagePreparer::withoutFields(const QByteArray &bytes, const QList<QByteArray> &names)
{
    const qsizetype end = headerEnd(bytes);
    const qsizetype headerSize = end < 0 ? bytes.size() : end;
    QByteArray out;
    out.reserve(bytes.size());
    bool dropping = false;
    qsizetype position = 0;
    while (position < headerSize) {
        qsizetype lineEnd = bytes.indexOf("\r\n", position);
        lineEnd = lineEnd < 0 || lineEnd >= headerSize ? headerSize : lineEnd + 2;
        const QByteArrayView line(bytes.constData() + position, lineEnd - position);
        const bool continuation = !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
        if (!continuation) {
            dropping = names.contains(fieldName(line));
        }
        if (!dropping) {
            out += line;
        }
        position = lineEnd;
    }
    out += QByteArrayView(bytes).sliced(headerSize);
    return out;
}

std::optional<OutgoingMessage> OutgoingMessagePreparer::prepare(const QByteArray &rfc5322)
{
    m_error.clear();
    const QByteArray crlf = withCrlf(rfc5322);
    if (headerEnd(crlf) < 0 && !crlf.contains(':')) {
        m_error = tr("The file is not a mail message: it has no header.");
        return std::nullopt;
    }
    const Mime::ParsedMessage parsed = Mime::MessageParser::parse(crlf);

    OutgoingMessage message;
    if (!parsed.sender.isEmpty() && !parsed.sender.first().email.isEmpty()) {
        message.envelopeFrom = parsed.sender.first().email;
    } else if (!parsed.from.isEmpty() && !parsed.from.first().email.isEmpty()) {
        message.envelopeFrom = parsed.from.first().email;
    } else {
        message.envelopeFrom = m_accountAddress;
    }
    QSet<QString> seen;
    for (const Mime::AddressList *list : {&parsed.to, &parsed.cc, &parsed.bcc}) {
        for (const Mime::Address &address : *list) {
            if (!address.email.isEmpty() && !seen.contains(address.email.toLower())) {
                seen.insert(address.email.toLower());
                message.recipients.append(address.email);
            }
        }
    }
    if (message.recipients.isEmpty()) {
        m_error = tr("The message has no recipient: it needs a To, Cc or Bcc address.");
        return std::nullopt;
    }

    QByteArray added;
    message.messageId = parsed.messageId;
    if (message.messageId.isEmpty()) {
        message.messageId = Mime::MessageBuilder::generateMessageId(message.envelopeFrom);
        added += "Message-ID: <" + message.messageId.toUtf8() + ">\r\n";
    }
    if (parsed.header(u"Date").isNull()) {
        added += "Date: " + rfc5322Date(QDateTime::currentDateTime()) + "\r\n";
    }
    message.bytes = added + withoutFields(crlf, {QByteArrayLiteral("bcc"), QByteArrayLiteral("resent-bcc")});
    return message;
}

} // namespace Letterbox::Services
