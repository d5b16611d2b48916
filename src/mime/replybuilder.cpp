#include "mime/replybuilder.h"

#include "mime/filenames.h"
#include "mime/messageparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

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

} // namespace

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
    AddressList to = !original.replyTo.isEmpty() ? original.replyTo : original.from;
    if (fromMe && original.replyTo.isEmpty()) {
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
    const QList<PartInfo> attachments = original.attachments();
    QStringList paths;
    for (const PartInfo &part : attachments) {
        paths.append(part.path);
    }
    const QList<QByteArray> contents = MessageParser::partContents(originalRfc5322, paths);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        builder.addAttachment(attachments.at(i).fileName, attachments.at(i).contentType, contents.at(i));
    }
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
