#include "protocol/imap/imapencoder.h"

#include "protocol/imap/imapmailboxname.h"

#include <QStringDecoder>

#include <algorithm>

namespace Letterbox::Imap {

using Protocol::OutgoingData;
using Protocol::SecretRange;

namespace {

constexpr qsizetype s_literalMinusLimit = 4096; // RFC 7888 section 4

bool isValidUtf8(QByteArrayView text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

QByteArray internalDateText(const QDateTime &when)
{
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = when.date();
    const QTime time = when.time();
    const int offset = when.offsetFromUtc();
    const int absolute = offset < 0 ? -offset : offset;
    auto two = [](int n) { return QByteArray::number(n).rightJustified(2, '0'); };
    return two(date.day()) + '-' + months[date.month() - 1] + '-'
        + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + two(time.hour()) + ':' + two(time.minute())
        + ':' + two(time.second()) + ' ' + (offset < 0 ? '-' : '+') + two(absolute / 3600)
        + two((absolute % 3600) / 60);
}

bool isSectionText(QByteArrayView section)
{
    int depth = 0;
    for (char c : section) {
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth < 0) {
                return false;
            }
        } else if (c != ' ' && !isAtomChar(c)) {
            return false;
        }
    }
    return depth == 0;
}

} // namespace

bool ImapCommand::needsContinuation() const
{
    return std::any_of(pieces.begin(), pieces.end(), [](const Piece &p) { return p.waitForContinuation; });
}

QByteArray ImapCommand::bytes() const
{
    QByteArray all;
    for (const Piece &piece : pieces) {
        all += piece.data.bytes;
    }
    return all;
}

QByteArray ImapCommand::redacted() const
{
    QByteArray shown;
    for (const Piece &piece : pieces) {
        if (piece.data.kind == OutgoingData::Kind::Payload) {
            shown += '<' + QByteArray::number(piece.data.bytes.size()) + " bytes of message>\r\n";
        } else {
            shown += piece.data.redacted();
        }
    }
    return shown;
}

/// Writes one command, cutting it into pieces at synchronising literals.
class ImapEncoder::Builder
{
public:
    Builder(const ImapEncoderOptions &options, const char *name)
        : m_options(options)
        , m_name(name)
    {
        m_current.data.bytes = m_name;
    }

    Builder &raw(QByteArrayView text)
    {
        m_current.data.bytes.append(text);
        return *this;
    }
    template<typename A, typename B> Builder &raw(const QStringBuilder<A, B> &text)
    {
        return raw(QByteArrayView(QByteArray(text)));
    }
    Builder &sp() { return raw(" "); }

    Builder &atom(QByteArrayView text)
    {
        if (!isAtom(text)) {
            return fail(ImapEncoder::tr("\"%1\" is not a valid IMAP keyword.").arg(QString::fromUtf8(text)));
        }
        return raw(text);
    }

    Builder &flag(QByteArrayView text)
    {
        if (!ImapFlag::isValid(text)) {
            return fail(ImapEncoder::tr("\"%1\" is not a valid IMAP flag.").arg(QString::fromUtf8(text)));
        }
        return raw(text);
    }

    Builder &flagList(const QList<QByteArray> &flags)
    {
        raw("(");
        for (qsizetype i = 0; i < flags.size(); ++i) {
            if (i > 0) {
                sp();
            }
            flag(flags[i]);
        }
        return raw(")");
    }

    /// A string: quoted when it can be, else a literal. @p secret masks it in transcripts.
    Builder &string(QByteArrayView text, bool secret = false)
    {
        if (text.contains('\0')) {
            return fail(ImapEncoder::tr("A text sent to the server cannot contain a NUL byte."));
        }
        const bool eightBit = !isAscii(text);
        const bool quotable = !text.contains('\r') && !text.contains('\n')
            && (!eightBit || (m_options.utf8Accepted && isValidUtf8(text))) && text.size() < 1024;
        if (quotable) {
            QByteArray quoted("\"");
            for (char c : text) {
                if (c == '"' || c == '\\') {
                    quoted.append('\\');
                }
                quoted.append(c);
            }
            quoted.append('"');
            if (secret) {
                m_current.data.secrets.append(SecretRange {m_current.data.bytes.size(), quoted.size()});
            }
            return raw(quoted);
        }
        literal(text, secret, false);
        return *this;
    }

    /// An astring: an atom when it is one, otherwise a string.
    Builder &astring(QByteArrayView text, bool secret = false)
    {
        if (!secret && isAtom(text) && text.compare("NIL", Qt::CaseInsensitive) != 0) {
            return raw(text);
        }
        return string(text, secret);
    }

    Builder &mailbox(const QString &name)
    {
        if (name.isEmpty()) {
            return fail(ImapEncoder::tr("A folder name cannot be empty."));
        }
        return astring(ImapMailboxName::toWire(name, m_options.utf8Accepted));
    }

    /// "{n}" CRLF data (or "{n+}" / "~{n}"); @p payload makes the data a Payload piece.
    void literal(QByteArrayView data, bool secret, bool payload, bool binary = false)
    {
        const bool nonSync = m_options.literalPlus || (m_options.literalMinus && data.size() <= s_literalMinusLimit);
        raw(QByteArray((binary ? "~{" : "{") + QByteArray::number(data.size()) + (nonSync ? "+}\r\n" : "}\r\n")));
        m_current.waitForContinuation = !nonSync;
        if (!nonSync || payload) {
            closePiece();
        }
        if (payload) {
            m_current.data.kind = OutgoingData::Kind::Payload;
            raw(data);
            closePiece();
            return;
        }
        if (secret) {
            m_current.data.secrets.append(SecretRange {m_current.data.bytes.size(), data.size()});
        }
        raw(data);
    }

    Builder &fail(const QString &error)
    {
        if (m_error.isEmpty()) {
            m_error = error;
        }
        return *this;
    }

    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }

    /// Ends the command with CRLF and prefixes the tag (when there is one).
    ImapCommand finish(ImapTagGenerator *tags)
    {
        ImapCommand command;
        command.name = m_name;
        if (failed()) {
            command.error = m_error;
            return command;
        }
        raw("\r\n");
        closePiece();
        if (tags) {
            command.tag = tags->next();
            Piece &first = m_pieces.front();
            const QByteArray prefix = command.tag + ' ';
            first.data.bytes.prepend(prefix);
            for (SecretRange &range : first.data.secrets) {
                range.start += prefix.size();
            }
        }
        // After an APPEND payload the final CRLF is a piece of its own, a Command one.
        command.pieces = std::move(m_pieces);
        return command;
    }

private:
    using Piece = ImapCommand::Piece;

    void closePiece()
    {
        if (!m_current.data.bytes.isEmpty()) {
            m_pieces.append(std::move(m_current));
        }
        m_current = Piece {};
    }

    const ImapEncoderOptions &m_options;
    QByteArray m_name;
    Piece m_current;
    QList<Piece> m_pieces;
    QString m_error;
};

ImapEncoder::ImapEncoder(ImapEncoderOptions options, QByteArrayView tagPrefix)
    : m_options(options)
    , m_tags(tagPrefix)
{ }

ImapCommand ImapEncoder::simple(const char *name, const QByteArray &arguments)
{
    Builder b(m_options, name);
    if (!arguments.isEmpty()) {
        b.sp().raw(arguments);
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::capability()
{
    return simple("CAPABILITY");
}

ImapCommand ImapEncoder::noop()
{
    return simple("NOOP");
}

ImapCommand ImapEncoder::logout()
{
    return simple("LOGOUT");
}

ImapCommand ImapEncoder::startTls()
{
    return simple("STARTTLS");
}

ImapCommand ImapEncoder::compressDeflate()
{
    return simple("COMPRESS", "DEFLATE");
}

ImapCommand ImapEncoder::namespaces()
{
    return simple("NAMESPACE");
}

ImapCommand ImapEncoder::idle()
{
    return simple("IDLE");
}

ImapCommand ImapEncoder::close()
{
    return simple("CLOSE");
}

ImapCommand ImapEncoder::unselect()
{
    return simple("UNSELECT");
}

ImapCommand ImapEncoder::expunge()
{
    return simple("EXPUNGE");
}

ImapCommand ImapEncoder::idleDone()
{
    ImapCommand command;
    command.name = QByteArrayLiteral("DONE");
    command.pieces.append({OutgoingData::command(QByteArrayLiteral("DONE\r\n")), false});
    return command;
}

ImapCommand ImapEncoder::id(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    Builder b(m_options, "ID");
    b.sp();
    if (fields.isEmpty()) {
        b.raw("NIL");
    } else {
        b.raw("(");
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                b.sp();
            }
            b.string(fields[i].first).sp().string(fields[i].second);
        }
        b.raw(")");
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::login(const QString &user, const QString &password)
{
    Builder b(m_options, "LOGIN");
    b.sp().astring(user.toUtf8()).sp().string(password.toUtf8(), true);
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::authenticate(const QByteArray &mechanism, const std::optional<QByteArray> &initialResponse)
{
    Builder b(m_options, "AUTHENTICATE");
    b.sp().atom(mechanism);
    ImapCommand command;
    if (initialResponse && m_options.saslIr) {
        const QByteArray encoded = initialResponse->isEmpty() ? QByteArrayLiteral("=") : initialResponse->toBase64();
        b.sp();
        command = b.finish(&m_tags);
        if (command.isValid()) {
            // Rebuild the one piece with the response marked as a secret.
            OutgoingData &data = command.pieces.front().data;
            data.bytes.chop(2);
            data.secrets.append(SecretRange {data.bytes.size(), encoded.size()});
            data.bytes += encoded + "\r\n";
        }
        return command;
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::authenticateResponse(const QByteArray &response)
{
    ImapCommand command;
    command.name = QByteArrayLiteral("AUTHENTICATE");
    command.pieces.append({OutgoingData::withSecret({}, response.toBase64(), QByteArrayLiteral("\r\n")), false});
    return command;
}

ImapCommand ImapEncoder::authenticateCancel()
{
    ImapCommand command;
    command.name = QByteArrayLiteral("AUTHENTICATE");
    command.pieces.append({OutgoingData::command(QByteArrayLiteral("*\r\n")), false});
    return command;
}

ImapCommand ImapEncoder::enable(const QList<QByteArray> &capabilities)
{
    Builder b(m_options, "ENABLE");
    if (capabilities.isEmpty()) {
        b.fail(tr("ENABLE needs at least one capability."));
    }
    for (const QByteArray &capability : capabilities) {
        b.sp().atom(capability);
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::selectOrExamine(const char *name, const QString &mailbox, const ImapSelectOptions &options)
{
    Builder b(m_options, name);
    b.sp().mailbox(mailbox);
    if (options.qresync) {
        const ImapQresync &q = *options.qresync;
        if (q.uidValidity == 0 || q.modSeq == 0) {
            b.fail(tr("QRESYNC needs a UIDVALIDITY and a mod-sequence."));
        }
        b.raw(" (QRESYNC (" + QByteArray::number(q.uidValidity) + ' ' + QByteArray::number(q.modSeq));
        if (!q.knownUids.isEmpty()) {
            b.sp().raw(q.knownUids.toByteArray());
        }
        if (q.sequenceMatch) {
            if (q.knownUids.isEmpty() || q.sequenceMatch->first.isEmpty() || q.sequenceMatch->second.isEmpty()) {
                b.fail(tr("QRESYNC sequence matching needs the known UIDs."));
            }
            b.raw(" (" + q.sequenceMatch->first.toByteArray() + ' ' + q.sequenceMatch->second.toByteArray() + ')');
        }
        b.raw("))");
    } else if (options.condStore) {
        b.raw(" (CONDSTORE)");
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::select(const QString &mailbox, const ImapSelectOptions &options)
{
    return selectOrExamine("SELECT", mailbox, options);
}

ImapCommand ImapEncoder::examine(const QString &mailbox, const ImapSelectOptions &options)
{
    return selectOrExamine("EXAMINE", mailbox, options);
}

ImapCommand ImapEncoder::mailboxCommand(const char *name, const QString &mailbox)
{
    Builder b(m_options, name);
    b.sp().mailbox(mailbox);
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::create(const QString &mailbox)
{
    return mailboxCommand("CREATE", mailbox);
}

ImapCommand ImapEncoder::deleteMailbox(const QString &mailbox)
{
    return mailboxCommand("DELETE", mailbox);
}

ImapCommand ImapEncoder::subscribe(const QString &mailbox)
{
    return mailboxCommand("SUBSCRIBE", mailbox);
}

ImapCommand ImapEncoder::unsubscribe(const QString &mailbox)
{
    return mailboxCommand("UNSUBSCRIBE", mailbox);
}

ImapCommand ImapEncoder::rename(const QString &from, const QString &to)
{
    Builder b(m_options, "RENAME");
    b.sp().mailbox(from).sp().mailbox(to);
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::lsub(const QString &reference, const QString &pattern)
{
    Builder b(m_options, "LSUB");
    b.sp().string(ImapMailboxName::toWire(reference, m_options.utf8Accepted));
    b.sp().string(ImapMailboxName::toWire(pattern, m_options.utf8Accepted));
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::list(const QString &reference, const QString &pattern, const ImapListOptions &options)
{
    Builder b(m_options, "LIST");
    QList<QByteArray> selection;
    if (options.selectSubscribed) {
        selection.append(QByteArrayLiteral("SUBSCRIBED"));
    }
    if (options.selectSpecialUse) {
        selection.append(QByteArrayLiteral("SPECIAL-USE"));
    }
    if (!selection.isEmpty()) {
        b.raw(" (" + selection.join(' ') + ')');
    }
    // Reference and pattern are always strings: "" and "*" are not atoms.
    b.sp().string(ImapMailboxName::toWire(reference, m_options.utf8Accepted));
    b.sp().string(ImapMailboxName::toWire(pattern, m_options.utf8Accepted));
    QList<QByteArray> returns;
    if (options.subscribed) {
        returns.append(QByteArrayLiteral("SUBSCRIBED"));
    }
    if (options.children) {
        returns.append(QByteArrayLiteral("CHILDREN"));
    }
    if (options.specialUse) {
        returns.append(QByteArrayLiteral("SPECIAL-USE"));
    }
    if (!returns.isEmpty() || !options.statusItems.isEmpty()) {
        b.raw(" RETURN (" + returns.join(' '));
        if (!options.statusItems.isEmpty()) {
            b.raw(returns.isEmpty() ? "STATUS (" : " STATUS (");
            for (qsizetype i = 0; i < options.statusItems.size(); ++i) {
                if (i > 0) {
                    b.sp();
                }
                b.atom(options.statusItems[i]);
            }
            b.raw(")");
        }
        b.raw(")");
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::status(const QString &mailbox, const QList<QByteArray> &items)
{
    Builder b(m_options, "STATUS");
    b.sp().mailbox(mailbox).raw(" (");
    if (items.isEmpty()) {
        b.fail(tr("STATUS needs at least one item."));
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            b.sp();
        }
        b.atom(items[i]);
    }
    b.raw(")");
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::append(const QString &mailbox, const QList<QByteArray> &flags,
    const std::optional<QDateTime> &internalDate, const QByteArray &message)
{
    Builder b(m_options, "APPEND");
    b.sp().mailbox(mailbox);
    if (!flags.isEmpty()) {
        b.sp().flagList(flags);
    }
    if (internalDate) {
        if (!internalDate->isValid()) {
            b.fail(tr("The date given for the message is not valid."));
        } else {
            b.raw(" \"" + internalDateText(*internalDate) + '"');
        }
    }
    const bool binary = message.contains('\0');
    if (binary && !m_options.binary) {
        b.fail(tr("The message contains NUL bytes and the server does not accept binary messages."));
    }
    b.sp();
    if (!b.failed()) {
        b.literal(message, false, true, binary);
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::uidExpunge(const ImapSequenceSet &uids)
{
    Builder b(m_options, "UID EXPUNGE");
    if (uids.isEmpty()) {
        b.fail(tr("No messages were given."));
    }
    b.sp().raw(uids.toByteArray());
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::fetch(const ImapSequenceSet &set, const ImapFetchRequest &request, bool byUid)
{
    Builder b(m_options, byUid ? "UID FETCH" : "FETCH");
    if (set.isEmpty()) {
        b.fail(tr("No messages were given."));
    }
    QList<QByteArray> items;
    if (request.uid) {
        items.append(QByteArrayLiteral("UID"));
    }
    if (request.flags) {
        items.append(QByteArrayLiteral("FLAGS"));
    }
    if (request.modSeq) {
        items.append(QByteArrayLiteral("MODSEQ"));
    }
    if (request.internalDate) {
        items.append(QByteArrayLiteral("INTERNALDATE"));
    }
    if (request.size) {
        items.append(QByteArrayLiteral("RFC822.SIZE"));
    }
    if (request.envelope) {
        items.append(QByteArrayLiteral("ENVELOPE"));
    }
    if (request.bodyStructure) {
        items.append(QByteArrayLiteral("BODYSTRUCTURE"));
    }
    for (const ImapFetchRequest::Section &s : request.sections) {
        if (!isSectionText(s.section)) {
            b.fail(tr("\"%1\" is not a valid message section.").arg(QString::fromUtf8(s.section)));
            continue;
        }
        QByteArray item = s.binary ? QByteArrayLiteral("BINARY") : QByteArrayLiteral("BODY");
        if (s.peek) {
            item += ".PEEK";
        }
        item += '[' + s.section + ']';
        if (s.partial) {
            item += '<' + QByteArray::number(s.partial->first) + '.' + QByteArray::number(s.partial->second) + '>';
        }
        items.append(item);
    }
    if (items.isEmpty()) {
        b.fail(tr("A FETCH needs at least one item."));
    }
    if (request.vanished && (!request.changedSince || !byUid)) {
        b.fail(tr("VANISHED needs CHANGEDSINCE in a UID FETCH."));
    }
    b.sp().raw(set.toByteArray()).raw(" (" + items.join(' ') + ')');
    if (request.changedSince) {
        b.raw(" (CHANGEDSINCE " + QByteArray::number(*request.changedSince) + (request.vanished ? " VANISHED)" : ")"));
    }
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::uidStore(const ImapSequenceSet &uids, ImapStoreMode mode, const QList<QByteArray> &flags,
    bool silent, std::optional<quint64> unchangedSince)
{
    Builder b(m_options, "UID STORE");
    if (uids.isEmpty()) {
        b.fail(tr("No messages were given."));
    }
    b.sp().raw(uids.toByteArray());
    if (unchangedSince) {
        b.raw(" (UNCHANGEDSINCE " + QByteArray::number(*unchangedSince) + ')');
    }
    b.raw(mode == ImapStoreMode::Add ? " +FLAGS" : mode == ImapStoreMode::Remove ? " -FLAGS" : " FLAGS");
    if (silent) {
        b.raw(".SILENT");
    }
    b.sp().flagList(flags);
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::copyOrMove(const char *name, const ImapSequenceSet &uids, const QString &mailbox)
{
    Builder b(m_options, name);
    if (uids.isEmpty()) {
        b.fail(tr("No messages were given."));
    }
    b.sp().raw(uids.toByteArray()).sp().mailbox(mailbox);
    return b.finish(&m_tags);
}

ImapCommand ImapEncoder::uidCopy(const ImapSequenceSet &uids, const QString &mailbox)
{
    return copyOrMove("UID COPY", uids, mailbox);
}

ImapCommand ImapEncoder::uidMove(const ImapSequenceSet &uids, const QString &mailbox)
{
    return copyOrMove("UID MOVE", uids, mailbox);
}

ImapCommand ImapEncoder::uidSearch(const QList<ImapSearchToken> &program, const QList<QByteArray> &returnOptions)
{
    Builder b(m_options, "UID SEARCH");
    if (program.isEmpty()) {
        b.fail(tr("A search needs at least one key."));
    }
    if (!returnOptions.isEmpty()) {
        b.raw(" RETURN (");
        for (qsizetype i = 0; i < returnOptions.size(); ++i) {
            if (i > 0) {
                b.sp();
            }
            b.atom(returnOptions[i]);
        }
        b.raw(")");
    }
    const bool needsCharset = !m_options.utf8Accepted
        && std::any_of(program.begin(), program.end(),
            [](const ImapSearchToken &t) { return t.kind == ImapSearchToken::Kind::String && !isAscii(t.text); });
    if (needsCharset) {
        b.raw(" CHARSET UTF-8");
    }
    bool afterOpen = false;
    for (const ImapSearchToken &token : program) {
        if (token.kind != ImapSearchToken::Kind::CloseParen && !afterOpen) {
            b.sp();
        }
        afterOpen = false;
        switch (token.kind) {
        case ImapSearchToken::Kind::Atom:
            b.atom(token.text);
            break;
        case ImapSearchToken::Kind::String: {
            // 8-bit search text goes as a literal when UTF8=ACCEPT is off: quoted strings
            // must be 7-bit there (RFC 9051 section 4.3).
            b.string(token.text);
            break;
        }
        case ImapSearchToken::Kind::Set:
            if (token.set.isEmpty()) {
                b.fail(tr("No messages were given."));
            }
            b.raw(token.set.toByteArray());
            break;
        case ImapSearchToken::Kind::OpenParen:
            b.raw("(");
            afterOpen = true;
            break;
        case ImapSearchToken::Kind::CloseParen:
            b.raw(")");
            break;
        }
    }
    return b.finish(&m_tags);
}

} // namespace Letterbox::Imap
