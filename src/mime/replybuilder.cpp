#include "mime/replybuilder.h"

#include "mime/filenames.h"
#include "mime/headerdecoding.h"
#include "mime/messageparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Letterbox::Mime {

namespace {

QString stripLeading(const QString &subject, const QRegularExpression &prefix)
{
    QString rest = subject.trimmed();
    while (true) {
        const QRegularExpressionMatch match = prefix.match(rest);
        if (!match.hasMatch() || match.capturedLength() == 0) {
            return rest;
        }
        rest = rest.mid(match.capturedLength());
    }
}

QSet<QString> lowerSet(const QStringList &addresses)
{
    QSet<QString> set;
    for (const QString &address : addresses) {
        set.insert(address.trimmed().toLower());
    }
    return set;
}

/// @p list without the addresses in @p exclude and without repeats; what it keeps
/// is added to @p exclude.
AddressList withoutRepeats(const AddressList &list, QSet<QString> *exclude)
{
    AddressList kept;
    for (const Address &address : list) {
        const QString key = address.email.trimmed().toLower();
        if (key.isEmpty() || exclude->contains(key)) {
            continue;
        }
        exclude->insert(key);
        kept.append(address);
    }
    return kept;
}

QString senderName(const ParsedMessage &original)
{
    if (original.from.isEmpty()) {
        return QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "Unknown sender");
    }
    const Address &from = original.from.first();
    return from.name.isEmpty() ? from.email : from.name;
}

QString formatDate(const QDateTime &date)
{
    // The C locale: the attribution is read by the recipient, whose language the
    // sender's locale says nothing about.
    return QLocale::c().toString(date, QStringLiteral("ddd, d MMM yyyy HH:mm"));
}

AddressList headerAddresses(const ParsedMessage &original, QStringView name)
{
    const QString value = original.header(name);
    return value.isNull() ? AddressList {} : parseAddressList(value);
}

/// The attachments of @p original (parsed from @p raw), decoded in one parse, into @p builder.
void addAttachmentsOf(const ParsedMessage &original, const QByteArray &raw, MessageBuilder &builder)
{
    const QList<PartInfo> attachments = original.attachments();
    QStringList paths;
    for (const PartInfo &part : attachments) {
        paths.append(part.path);
    }
    const QList<QByteArray> contents = MessageParser::partContents(raw, paths);
    for (qsizetype i = 0; i < attachments.size() && i < contents.size(); ++i) {
        builder.addAttachment(attachments.at(i).fileName, attachments.at(i).contentType, contents.at(i));
    }
}

} // namespace

QString ReplyBuilder::listPostAddress(const ParsedMessage &original)
{
    // RFC 2369 section 3.4: "<mailto:list@host>" (perhaps with ?subject=…), or "NO".
    const QString value = original.header(u"List-Post");
    static const QRegularExpression s_mailto(
        QStringLiteral(R"(<\s*mailto:([^>?\s]+)[^>]*>)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = s_mailto.match(value);
    if (!match.hasMatch()) {
        return {};
    }
    const QString address = QUrl::fromPercentEncoding(match.captured(1).toUtf8()).trimmed();
    return address.contains(u'@') ? address : QString();
}

std::optional<MessageBuilder> ReplyBuilder::replyToList(
    const ParsedMessage &original, const Address &from, const QStringList &ownAddresses)
{
    AddressList to;
    if (const QString list = listPostAddress(original); !list.isEmpty()) {
        to = {{QString(), list}};
    } else {
        to = headerAddresses(original, u"Mail-Followup-To");
    }
    QSet<QString> excluded = lowerSet(ownAddresses);
    excluded.insert(from.email.trimmed().toLower());
    to = withoutRepeats(to, &excluded);
    if (to.isEmpty()) {
        return std::nullopt;
    }
    MessageBuilder builder = reply(original, from, ownAddresses);
    builder.setTo(to);
    builder.setCc({});
    return builder;
}

MessageBuilder ReplyBuilder::editAsNew(const QByteArray &originalRfc5322, bool keepIdentity)
{
    const ParsedMessage original = MessageParser::parse(originalRfc5322);
    MessageBuilder builder;
    if (!original.from.isEmpty()) {
        builder.setFrom(original.from.first());
    }
    builder.setTo(original.to);
    builder.setCc(original.cc);
    builder.setBcc(original.bcc);
    builder.setReplyTo(original.replyTo);
    builder.setSubject(original.subject);
    builder.setPlainText(original.displayText);
    if (keepIdentity) {
        // One's own draft: its HTML is what the composer wrote (someone else's HTML is
        // not loaded into an editor; "Edit as New" of it starts from its text).
        builder.setHtml(original.html);
        builder.setMessageId(original.messageId);
        builder.setInReplyTo(original.inReplyTo);
        builder.setReferences(original.references);
    }
    addAttachmentsOf(original, originalRfc5322, builder);
    return builder;
}

QString ReplyBuilder::replySubject(const QString &subject)
{
    static const QRegularExpression s_prefix(
        QStringLiteral(R"(^\s*(re|aw|sv|antw|vs)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return QLatin1String("Re: ") + stripLeading(subject, s_prefix);
}

QString ReplyBuilder::forwardSubject(const QString &subject)
{
    static const QRegularExpression s_prefix(QStringLiteral(R"(^\s*(fwd|fw|wg|tr)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return QLatin1String("Fwd: ") + stripLeading(subject, s_prefix);
}

QString ReplyBuilder::quotedText(const ParsedMessage &original)
{
    QString text = original.date.isValid()
        ? QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "On %1, %2 wrote:")
              .arg(formatDate(original.date), senderName(original))
        : QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "%1 wrote:").arg(senderName(original));
    text += u'\n';
    const QStringList lines = original.displayText.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            text += u'>';
        } else if (line.startsWith(u'>')) {
            text += u'>' + line; // deeper quote: ">>" as RFC 3676 counts depth
        } else {
            text += QLatin1String("> ") + line;
        }
        text += u'\n';
    }
    return text;
}

QStringList ReplyBuilder::replyReferences(const ParsedMessage &original)
{
    QStringList ids = original.references;
    if (ids.isEmpty() && !original.inReplyTo.isEmpty()) {
        ids.append(original.inReplyTo);
    }
    if (!original.messageId.isEmpty()) {
        ids.append(original.messageId);
    }
    ids.removeDuplicates();
    if (ids.size() > maxReplyReferences) {
        // Keep the thread's root and its newest messages: enough to thread, short
        // enough to fit (RFC 5322 section 3.6.4 leaves trimming to the client).
        ids = QStringList {ids.first()} + ids.mid(ids.size() - (maxReplyReferences - 1));
    }
    return ids;
}

MessageBuilder ReplyBuilder::reply(const ParsedMessage &original, const Address &from, const QStringList &ownAddresses)
{
    MessageBuilder builder;
    builder.setFrom(from);
    QSet<QString> own = lowerSet(ownAddresses);
    own.insert(from.email.trimmed().toLower());
    const bool fromMe = !original.from.isEmpty() && own.contains(original.from.first().email.toLower());
    // Mail-Reply-To: where the author wants personal replies, even on a list that sets
    // Reply-To to itself.
    const AddressList mailReplyTo = headerAddresses(original, u"Mail-Reply-To");
    AddressList to = !mailReplyTo.isEmpty() ? mailReplyTo
        : !original.replyTo.isEmpty()       ? original.replyTo
                                            : original.from;
    if (fromMe && original.replyTo.isEmpty() && mailReplyTo.isEmpty()) {
        to = original.to; // a reply to one's own sent message continues to its recipients
    }
    QSet<QString> seen;
    builder.setTo(withoutRepeats(to, &seen));
    builder.setSubject(replySubject(original.subject));
    builder.setInReplyTo(original.messageId);
    builder.setReferences(replyReferences(original));
    builder.setPlainText(quotedText(original));
    return builder;
}

MessageBuilder ReplyBuilder::replyAll(
    const ParsedMessage &original, const Address &from, const QStringList &ownAddresses)
{
    MessageBuilder builder = reply(original, from, ownAddresses);
    QSet<QString> excluded = lowerSet(ownAddresses);
    excluded.insert(from.email.trimmed().toLower());
    if (const AddressList followUp = headerAddresses(original, u"Mail-Followup-To"); !followUp.isEmpty()) {
        // The author said where the discussion goes; nobody else is added.
        builder.setTo(withoutRepeats(followUp, &excluded));
        builder.setCc({});
        return builder;
    }
    AddressList to = withoutRepeats(builder.to() + original.to, &excluded);
    AddressList cc = withoutRepeats(original.cc, &excluded);
    if (to.isEmpty()) {
        std::swap(to, cc);
    }
    builder.setTo(to);
    builder.setCc(cc);
    return builder;
}

MessageBuilder ReplyBuilder::forwardInline(const QByteArray &originalRfc5322, const Address &from)
{
    const ParsedMessage original = MessageParser::parse(originalRfc5322);
    MessageBuilder builder;
    builder.setFrom(from);
    builder.setSubject(forwardSubject(original.subject));
    QString text
        = QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "-------- Forwarded Message --------") + u'\n';
    text += QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "Subject: %1").arg(original.subject) + u'\n';
    if (original.date.isValid()) {
        text += QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "Date: %1").arg(formatDate(original.date))
            + u'\n';
    }
    text += QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "From: %1").arg(toDisplayString(original.from))
        + u'\n';
    if (!original.to.isEmpty()) {
        text += QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "To: %1").arg(toDisplayString(original.to))
            + u'\n';
    }
    if (!original.cc.isEmpty()) {
        text += QCoreApplication::translate("Letterbox::Mime::ReplyBuilder", "Cc: %1").arg(toDisplayString(original.cc))
            + u'\n';
    }
    text += u'\n' + original.displayText + u'\n';
    builder.setPlainText(text);
    addAttachmentsOf(original, originalRfc5322, builder);
    return builder;
}

MessageBuilder ReplyBuilder::forwardAsAttachment(const QByteArray &originalRfc5322, const Address &from)
{
    const ParsedMessage original = MessageParser::parse(originalRfc5322);
    MessageBuilder builder;
    builder.setFrom(from);
    builder.setSubject(forwardSubject(original.subject));
    const QString name = original.subject.isEmpty() ? QStringLiteral("message") : original.subject.left(100);
    builder.addAttachment(sanitizedFileName(name + QLatin1String(".eml"), QStringLiteral("message/rfc822")),
        QStringLiteral("message/rfc822"), originalRfc5322);
    return builder;
}

} // namespace Letterbox::Mime
