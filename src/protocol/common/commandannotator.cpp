#include "protocol/common/commandannotator.h"

#include <QLocale>
#include <QStringList>

namespace Letterbox::Protocol {

namespace {

bool is(QStringView word, const char *name)
{
    return word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

/// A folder or address as the annotation names it: unquoted, and cut when very long.
QString shown(QStringView word)
{
    QString text = TranscriptWords::unquoted(word);
    if (text.size() > 60) {
        text = text.left(60) + QChar(0x2026);
    }
    return text;
}

/// The number after @p key in @p text ("CHANGEDSINCE 812" → 812), or -1.
qint64 numberAfter(QStringView text, QLatin1String key)
{
    const qsizetype at = text.indexOf(key, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return -1;
    }
    qsizetype start = at + key.size();
    while (start < text.size() && (text.at(start) == QLatin1Char(' ') || text.at(start) == QLatin1Char('='))) {
        ++start;
    }
    qsizetype end = start;
    while (end < text.size() && text.at(end).isDigit()) {
        ++end;
    }
    bool ok = false;
    const qint64 value = text.sliced(start, end - start).toLongLong(&ok);
    return ok ? value : -1;
}

/// The address between < and > of "FROM:<a@b> SIZE=12" (or the word itself).
QString mailbox(QStringView argument)
{
    const qsizetype open = argument.indexOf(QLatin1Char('<'));
    const qsizetype close = argument.indexOf(QLatin1Char('>'), open + 1);
    if (open < 0 || close < 0) {
        return shown(argument);
    }
    return shown(argument.sliced(open + 1, close - open - 1));
}

} // namespace

QString CommandAnnotator::client(QStringView line)
{
    switch (m_protocol) {
    case WireProtocol::Imap:
        return imap(line);
    case WireProtocol::Pop3:
        return pop3(line);
    case WireProtocol::Smtp:
        return smtp(line);
    }
    return {};
}

QString CommandAnnotator::payload(qint64 bytes) const
{
    return tr("the message itself: %1 bytes, shown only as its size").arg(number(bytes));
}

QString CommandAnnotator::saslLogin(QStringView mechanism)
{
    m_inSasl = true; // the exchange's lines follow until the server's final reply
    const QString name = mechanism.toString().toUpper();
    if (name == QLatin1String("XOAUTH2") || name == QLatin1String("OAUTHBEARER")) {
        return tr("log in with %1 (token hidden)").arg(name);
    }
    return tr("log in with %1 (password hidden)").arg(name);
}

void CommandAnnotator::server(QStringView line)
{
    if (!m_inSasl) {
        return;
    }
    if (isFinalSaslReply(m_protocol, line)) {
        m_inSasl = false;
    }
}

QString CommandAnnotator::describeSet(QStringView set, bool uid)
{
    if (set == QLatin1String("1:*") || set == QLatin1String("*:1")) {
        return tr("every message");
    }
    if (set == QLatin1String("*")) {
        return tr("the newest message");
    }
    if (set == QLatin1String("$")) {
        return tr("the messages the last search found");
    }
    bool single = false;
    const qint64 value = set.toLongLong(&single);
    if (single) {
        return uid ? tr("the message with UID %1").arg(value) : tr("message %1").arg(value);
    }
    QString text = set.toString();
    if (text.size() > 40) {
        text = text.left(40) + QChar(0x2026);
    }
    return uid ? tr("the messages with UIDs %1").arg(text) : tr("messages %1").arg(text);
}

QString CommandAnnotator::imap(QStringView line)
{
    if (m_inSasl) {
        const QStringView trimmed = line.trimmed();
        if (trimmed == QLatin1String("*")) {
            return tr("cancel the login");
        }
        return tr("the login answer (hidden)");
    }
    TranscriptWords words(line);
    const std::optional<QStringView> first = words.next();
    if (!first) {
        return {};
    }
    if (is(*first, "DONE")) {
        m_inIdle = false;
        return tr("stop waiting for news (end IDLE)");
    }
    std::optional<QStringView> command = words.next();
    if (!command) {
        return {};
    }
    bool uid = false;
    if (is(*command, "UID")) {
        uid = true;
        command = words.next();
        if (!command) {
            return {};
        }
    }
    const QStringView verb = *command;
    if (is(verb, "CAPABILITY")) {
        return tr("ask what the server can do");
    }
    if (is(verb, "NOOP")) {
        return tr("nothing: keeps the connection alive and hears news");
    }
    if (is(verb, "LOGOUT")) {
        return tr("say goodbye and close the connection");
    }
    if (is(verb, "STARTTLS")) {
        return tr("switch the connection to encryption");
    }
    if (is(verb, "LOGIN")) {
        const std::optional<QStringView> user = words.next();
        if (TranscriptWords::endsWithLiteral(line)) {
            m_inSasl = true; // the literal's lines follow; the redactor has hidden them
        }
        if (!user || TranscriptWords::isLiteralMarker(*user)) {
            return tr("log in (password hidden)");
        }
        return tr("log in as %1 (password hidden)").arg(shown(*user));
    }
    if (is(verb, "AUTHENTICATE")) {
        const std::optional<QStringView> mechanism = words.next();
        return saslLogin(mechanism ? *mechanism : QStringView());
    }
    if (is(verb, "ENABLE")) {
        return tr("switch on the extensions %1").arg(words.rest().toString());
    }
    if (is(verb, "ID")) {
        return tr("tell the server which program this is, and hear which server it is");
    }
    if (is(verb, "NAMESPACE")) {
        return tr("ask where personal and shared folders live");
    }
    if (is(verb, "COMPRESS")) {
        return tr("compress everything from here on");
    }
    if (is(verb, "IDLE")) {
        m_inIdle = true;
        return tr("wait for the server to announce new mail and changes (push)");
    }
    if (is(verb, "LIST") || is(verb, "LSUB")) {
        const QString rest = words.rest().toString().toUpper();
        if (rest.contains(QLatin1String("SPECIAL-USE"))) {
            return tr("list every folder with its role (Sent, Drafts, Trash…)");
        }
        return tr("list the folders");
    }
    if (is(verb, "STATUS")) {
        const std::optional<QStringView> box = words.next();
        return tr("ask how many messages %1 holds, without opening it").arg(box ? shown(*box) : QString());
    }
    if (is(verb, "SELECT") || is(verb, "EXAMINE")) {
        const std::optional<QStringView> box = words.next();
        const QString name = box ? shown(*box) : QString();
        const QStringView rest = words.rest();
        QString text
            = is(verb, "SELECT") ? tr("open the folder %1").arg(name) : tr("open the folder %1 read-only").arg(name);
        if (rest.contains(QLatin1String("QRESYNC"), Qt::CaseInsensitive)) {
            // (QRESYNC (uidvalidity modseq ...)): the second number is the last mod-sequence seen.
            TranscriptWords inner(rest.sliced(rest.indexOf(QLatin1String("QRESYNC"), 0, Qt::CaseInsensitive) + 7));
            const std::optional<QStringView> parameters = inner.next();
            qint64 modseq = -1;
            if (parameters && parameters->startsWith(QLatin1Char('('))) {
                TranscriptWords values(parameters->sliced(1));
                values.next();
                if (const std::optional<QStringView> value = values.next()) {
                    modseq = value->toString().remove(QLatin1Char(')')).toLongLong();
                }
            }
            if (modseq > 0) {
                return text + tr(", hearing only what changed since the last visit (mod-sequence %1)").arg(modseq);
            }
            return text + tr(", hearing only what changed since the last visit");
        }
        if (rest.contains(QLatin1String("CONDSTORE"), Qt::CaseInsensitive)) {
            return text + tr(" and track changes by mod-sequence");
        }
        return text;
    }
    if (is(verb, "CREATE") || is(verb, "DELETE") || is(verb, "SUBSCRIBE") || is(verb, "UNSUBSCRIBE")) {
        const std::optional<QStringView> box = words.next();
        const QString name = box ? shown(*box) : QString();
        if (is(verb, "CREATE")) {
            return tr("create the folder %1").arg(name);
        }
        if (is(verb, "DELETE")) {
            return tr("delete the folder %1 and all it holds").arg(name);
        }
        return is(verb, "SUBSCRIBE") ? tr("subscribe to the folder %1").arg(name)
                                     : tr("unsubscribe from the folder %1").arg(name);
    }
    if (is(verb, "RENAME")) {
        const std::optional<QStringView> from = words.next();
        const std::optional<QStringView> to = words.next();
        return tr("rename the folder %1 to %2").arg(from ? shown(*from) : QString(), to ? shown(*to) : QString());
    }
    if (is(verb, "APPEND")) {
        const std::optional<QStringView> box = words.next();
        const qint64 size = TranscriptWords::trailingLiteralSize(line);
        if (size >= 0) {
            return tr("upload a message of %1 bytes into %2").arg(number(size), box ? shown(*box) : QString());
        }
        return tr("upload a message into %1").arg(box ? shown(*box) : QString());
    }
    if (is(verb, "CLOSE")) {
        return tr("close the folder; messages marked as deleted are removed");
    }
    if (is(verb, "UNSELECT")) {
        return tr("close the folder, removing nothing");
    }
    if (is(verb, "EXPUNGE")) {
        if (uid) {
            const std::optional<QStringView> set = words.next();
            return tr("remove %1 for good (only these, if marked as deleted)")
                .arg(describeSet(set.value_or(QStringView()), true));
        }
        return tr("remove every message marked as deleted from this folder");
    }
    if (is(verb, "SEARCH")) {
        return uid ? tr("search this folder on the server, answering with UIDs")
                   : tr("search this folder on the server");
    }
    if (is(verb, "FETCH")) {
        const std::optional<QStringView> set = words.next();
        return imapFetch(set.value_or(QStringView()), words.rest(), uid);
    }
    if (is(verb, "STORE")) {
        const std::optional<QStringView> set = words.next();
        return imapStore(set.value_or(QStringView()), words.rest(), uid);
    }
    if (is(verb, "COPY") || is(verb, "MOVE")) {
        const std::optional<QStringView> set = words.next();
        const std::optional<QStringView> box = words.next();
        const QString which = describeSet(set.value_or(QStringView()), uid);
        const QString name = box ? shown(*box) : QString();
        return is(verb, "COPY") ? tr("copy %1 to %2").arg(which, name) : tr("move %1 to %2").arg(which, name);
    }
    return {};
}

QString CommandAnnotator::imapFetch(QStringView set, QStringView rest, bool uid) const
{
    const QString items = rest.toString().toUpper();
    QStringList parts;
    const bool whole = items.contains(QLatin1String("BODY[]")) || items.contains(QLatin1String("BODY.PEEK[]"))
        || items.contains(QLatin1String("BINARY[]")) || items.contains(QLatin1String("BINARY.PEEK[]"))
        || QStringView(items).contains(QLatin1String("RFC822 ")) || items.endsWith(QLatin1String("RFC822"))
        || items.contains(QLatin1String("RFC822)"));

    if (items.contains(QLatin1String("[HEADER")) || items.contains(QLatin1String("ENVELOPE"))
        || items.contains(QLatin1String("RFC822.HEADER"))) {
        parts.append(tr("the headers"));
    }
    if (items.contains(QLatin1String("BODYSTRUCTURE"))) {
        parts.append(tr("the structure (parts and their sizes)"));
    }
    // A section by part number: BODY.PEEK[1.2] or BINARY.PEEK[2]<0.1024>.
    for (qsizetype at = items.indexOf(QLatin1Char('[')); at >= 0; at = items.indexOf(QLatin1Char('['), at + 1)) {
        if (at + 1 < items.size() && items.at(at + 1).isDigit()) {
            const qsizetype close = items.indexOf(QLatin1Char(']'), at);
            parts.append(tr("part %1").arg(items.mid(at + 1, close < 0 ? -1 : close - at - 1)));
        }
    }
    if (items.contains(QLatin1String("FLAGS"))) {
        parts.append(tr("the flags"));
    }
    if (items.contains(QLatin1String("RFC822.SIZE"))) {
        parts.append(tr("the size"));
    }
    if (parts.isEmpty() && !whole) {
        parts.append(items.contains(QLatin1String("UID")) ? tr("the UIDs") : tr("data"));
    }
    const QString what = parts.isEmpty() ? tr("the whole message") : parts.join(QLatin1String(", "));
    const QString which = describeSet(set, uid);
    const qint64 changedSince = numberAfter(rest, QLatin1String("CHANGEDSINCE"));
    QString text = changedSince >= 0
        ? tr("ask only for %1 of %2 changed since the last visit (mod-sequence %3)").arg(what, which).arg(changedSince)
        : whole ? (parts.isEmpty() || (parts.size() == 1 && parts.constFirst() == tr("the UIDs"))
                  ? tr("download %1 in full").arg(which)
                  : tr("download %1 in full, with %2").arg(which, what))
                : tr("ask for %1 of %2").arg(what, which);
    if (items.contains(QLatin1String("VANISHED"))) {
        text += tr(", and which ones were deleted meanwhile");
    }
    return text;
}

QString CommandAnnotator::imapStore(QStringView set, QStringView rest, bool uid) const
{
    TranscriptWords words(rest);
    std::optional<QStringView> operation = words.next();
    if (operation && operation->startsWith(QLatin1Char('('))) {
        operation = words.next(); // (UNCHANGEDSINCE n): only if nobody changed them meanwhile
    }
    if (!operation) {
        return {};
    }
    const bool add = operation->startsWith(QLatin1Char('+'));
    const bool remove = operation->startsWith(QLatin1Char('-'));
    QStringList actions;
    QString flags = words.rest().toString();
    flags.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    for (const QString &flag : flags.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // A transcript shows a backslash escaped ("\\Seen", TranscriptTap::printable()).
        const QString upper = flag.toUpper().replace(QLatin1String("\\\\"), QLatin1String("\\"));
        if (upper == QLatin1String("\\SEEN")) {
            actions.append(remove ? tr("mark as unread") : tr("mark as read"));
        } else if (upper == QLatin1String("\\FLAGGED")) {
            actions.append(remove ? tr("remove the star") : tr("star (flag)"));
        } else if (upper == QLatin1String("\\DELETED")) {
            actions.append(remove ? tr("undelete") : tr("mark as deleted (removed at the next expunge)"));
        } else if (upper == QLatin1String("\\ANSWERED")) {
            actions.append(remove ? tr("mark as not answered") : tr("mark as answered"));
        } else if (upper == QLatin1String("\\DRAFT")) {
            actions.append(remove ? tr("mark as no draft") : tr("mark as draft"));
        } else {
            actions.append(remove ? tr("remove the tag %1").arg(flag) : tr("add the tag %1").arg(flag));
        }
    }
    const QString which = describeSet(set, uid);
    if (!add && !remove) {
        return actions.isEmpty() ? tr("clear every flag of %1").arg(which)
                                 : tr("set the flags of %1 to: %2").arg(which, actions.join(QLatin1String(", ")));
    }
    return tr("%1: %2").arg(which, actions.join(QLatin1String(", ")));
}

QString CommandAnnotator::pop3(QStringView line)
{
    if (m_inSasl) {
        return line.trimmed() == QLatin1String("*") ? tr("cancel the login") : tr("the login answer (hidden)");
    }
    TranscriptWords words(line);
    const std::optional<QStringView> command = words.next();
    if (!command) {
        return {};
    }
    const std::optional<QStringView> first = words.next();
    const std::optional<QStringView> second = words.next();
    const QString argument = first ? first->toString() : QString();
    const QStringView verb = *command;
    if (is(verb, "CAPA")) {
        return tr("ask what the server can do");
    }
    if (is(verb, "STLS")) {
        return tr("switch the connection to encryption");
    }
    if (is(verb, "USER")) {
        return tr("say who logs in: %1").arg(shown(argument));
    }
    if (is(verb, "PASS")) {
        return tr("send the password (hidden)");
    }
    if (is(verb, "APOP")) {
        return tr("log in as %1 with a digest of the password (hidden)").arg(shown(argument));
    }
    if (is(verb, "AUTH")) {
        if (!first) {
            return tr("ask which login methods the server offers");
        }
        return saslLogin(argument);
    }
    if (is(verb, "STAT")) {
        return tr("ask how many messages wait, and their total size");
    }
    if (is(verb, "LIST")) {
        return first ? tr("ask the size of message %1").arg(argument) : tr("list the size of every message");
    }
    if (is(verb, "UIDL")) {
        return first ? tr("ask the unique id of message %1").arg(argument)
                     : tr("list every message's unique id, to spot those already downloaded");
    }
    if (is(verb, "RETR")) {
        return tr("download message %1 in full").arg(argument);
    }
    if (is(verb, "TOP")) {
        const QString lines = second ? second->toString() : QString();
        if (lines == QLatin1String("0")) {
            return tr("download only the headers of message %1").arg(argument);
        }
        return tr("download the headers of message %1 and the first %2 lines of its text").arg(argument, lines);
    }
    if (is(verb, "DELE")) {
        return tr("delete message %1 from the server (done when the session ends)").arg(argument);
    }
    if (is(verb, "RSET")) {
        return tr("undo this session's deletions");
    }
    if (is(verb, "NOOP")) {
        return tr("nothing: keeps the connection alive");
    }
    if (is(verb, "QUIT")) {
        return tr("end the session; the server now deletes what was marked");
    }
    return {};
}

QString CommandAnnotator::smtp(QStringView line)
{
    if (m_inSasl) {
        return line.trimmed() == QLatin1String("*") ? tr("cancel the login") : tr("the login answer (hidden)");
    }
    TranscriptWords words(line);
    const std::optional<QStringView> command = words.next();
    if (!command) {
        return {};
    }
    const QStringView verb = *command;
    if (is(verb, "EHLO")) {
        return tr("greet the server and ask what it can do");
    }
    if (is(verb, "HELO")) {
        return tr("greet the server (the old way, without extensions)");
    }
    if (is(verb, "STARTTLS")) {
        return tr("switch the connection to encryption");
    }
    if (is(verb, "AUTH")) {
        const std::optional<QStringView> mechanism = words.next();
        return saslLogin(mechanism ? *mechanism : QStringView());
    }
    if (is(verb, "MAIL")) {
        const QStringView rest = words.rest();
        const qint64 size = numberAfter(rest, QLatin1String("SIZE="));
        const QString sender = mailbox(rest);
        if (size >= 0) {
            return tr("start a message from %1 (%2 bytes)").arg(sender.isEmpty() ? tr("nobody") : sender, number(size));
        }
        return tr("start a message from %1").arg(sender.isEmpty() ? tr("nobody") : sender);
    }
    if (is(verb, "RCPT")) {
        return tr("add the recipient %1").arg(mailbox(words.rest()));
    }
    if (is(verb, "DATA")) {
        return tr("ask to send the message text");
    }
    if (is(verb, "BDAT")) {
        const std::optional<QStringView> size = words.next();
        const std::optional<QStringView> last = words.next();
        const QString bytes = size ? number(size->toLongLong()) : QString();
        return last && is(*last, "LAST") ? tr("send the last %1 bytes of the message").arg(bytes)
                                         : tr("send %1 bytes of the message").arg(bytes);
    }
    if (is(verb, "RSET")) {
        return tr("abandon the message begun");
    }
    if (is(verb, "NOOP")) {
        return tr("nothing: keeps the connection alive");
    }
    if (is(verb, "QUIT")) {
        return tr("end the session");
    }
    if (is(verb, "VRFY")) {
        return tr("ask whether an address exists");
    }
    return {};
}

} // namespace Letterbox::Protocol
