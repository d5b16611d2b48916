#include "protocol/imap/imapparser.h"

#include "protocol/imap/imapfetchparser_p.h"
#include "protocol/imap/imapmailboxname.h"

namespace Letterbox::Imap {

using namespace ImapLexer;

namespace {

struct Context
{
    ImapCursor &cursor;
    const ImapParserOptions &options;
};

QByteArray upper(QByteArray text)
{
    return text.toUpper();
}

// --- response codes (RFC 9051 7.1) -------------------------------------------------------

bool readAtomList(ImapCursor &cursor, QList<QByteArray> &out, bool flags, bool toUpper)
{
    out.clear();
    while (!cursor.atEnd() && cursor.peek() != ')' && !atLineEnd(cursor)) {
        QByteArray item;
        if (!(flags ? readFlag(cursor, item) : readAtom(cursor, item))) {
            return false;
        }
        out.append(toUpper ? upper(item) : item);
        if (cursor.peek() == ' ') {
            readSpace(cursor);
        }
    }
    return true;
}

bool readParenFlagList(ImapCursor &cursor, QList<QByteArray> &out)
{
    if (!readChar(cursor, '(')) {
        return false;
    }
    while (cursor.peek() == ' ') {
        ++cursor.pos;
    }
    if (!readAtomList(cursor, out, true, false)) {
        return false;
    }
    return readChar(cursor, ')');
}

void interpretCode(ImapResponseCode &code)
{
    using Kind = ImapResponseCode::Kind;
    const QByteArray &n = code.name;
    ImapCursor arg(code.argument);
    auto number = [&](Kind kind) {
        quint64 value = 0;
        if (readNumber(arg, value) && arg.atEnd()) {
            code.kind = kind;
            code.number = value;
        } else {
            code.kind = Kind::Other; // malformed known code: kept raw, not fatal
        }
    };
    if (n == "ALERT") {
        code.kind = Kind::Alert;
    } else if (n == "CAPABILITY") {
        code.kind = readAtomList(arg, code.list, false, true) ? Kind::Capability : Kind::Other;
    } else if (n == "UIDVALIDITY") {
        number(Kind::UidValidity);
    } else if (n == "UIDNEXT") {
        number(Kind::UidNext);
    } else if (n == "UNSEEN") {
        number(Kind::Unseen);
    } else if (n == "HIGHESTMODSEQ") {
        number(Kind::HighestModSeq);
    } else if (n == "NOMODSEQ") {
        code.kind = Kind::NoModSeq;
    } else if (n == "PERMANENTFLAGS") {
        code.kind = readParenFlagList(arg, code.list) ? Kind::PermanentFlags : Kind::Other;
    } else if (n == "READ-ONLY") {
        code.kind = Kind::ReadOnly;
    } else if (n == "READ-WRITE") {
        code.kind = Kind::ReadWrite;
    } else if (n == "TRYCREATE") {
        code.kind = Kind::TryCreate;
    } else if (n == "CLOSED") {
        code.kind = Kind::Closed;
    } else if (n == "APPENDUID" || n == "COPYUID") {
        const bool copy = n == "COPYUID";
        const QList<QByteArray> parts = code.argument.split(' ');
        std::optional<ImapSequenceSet> first, second;
        bool ok = false;
        const qulonglong validity = parts.value(0).toULongLong(&ok);
        if (ok && parts.size() == (copy ? 3 : 2)) {
            first = ImapSequenceSet::parse(parts[1]);
            second = copy ? ImapSequenceSet::parse(parts[2]) : first;
        }
        if (first && second) {
            code.kind = copy ? Kind::CopyUid : Kind::AppendUid;
            code.number = validity;
            if (copy) {
                code.sourceUids = *first;
            }
            code.uids = *second;
        } else {
            code.kind = Kind::Other;
        }
    } else {
        code.kind = Kind::Other;
    }
}

// resp-text = ["[" resp-text-code "]" SP] text
void readRespText(ImapCursor &cursor, ImapResponseCode &code, QByteArray &text)
{
    if (cursor.peek() == '[') {
        const qsizetype start = cursor.pos;
        const QByteArrayView rest = cursor.data.sliced(cursor.pos);
        qsizetype close = rest.indexOf(']');
        const qsizetype lineEnd = rest.indexOf('\n');
        if (close > 0 && (lineEnd < 0 || close < lineEnd)) {
            const QByteArrayView inside = rest.sliced(1, close - 1);
            const qsizetype space = inside.indexOf(' ');
            code.name = upper(inside.first(space < 0 ? inside.size() : space).toByteArray());
            code.argument = space < 0 ? QByteArray() : inside.sliced(space + 1).toByteArray();
            if (isAtom(code.name)) {
                interpretCode(code);
                cursor.pos = start + close + 1;
                while (cursor.peek() == ' ') {
                    ++cursor.pos;
                }
            } else {
                code = {}; // not a code after all: the bracket is part of the text
            }
        }
    }
    text = readRestOfLine(cursor);
    if (text.contains('\0')) {
        // Text is shown to people ([ALERT]); a NUL is never part of it (RFC 9051 "TEXT-CHAR").
        cursor.pos -= text.size() - text.indexOf('\0');
        cursor.fail("NUL byte in response text");
    }
}

bool statusFromName(const QByteArray &name, ImapStatus &status)
{
    if (name == "OK") {
        status = ImapStatus::Ok;
    } else if (name == "NO") {
        status = ImapStatus::No;
    } else if (name == "BAD") {
        status = ImapStatus::Bad;
    } else if (name == "PREAUTH") {
        status = ImapStatus::PreAuth;
    } else if (name == "BYE") {
        status = ImapStatus::Bye;
    } else {
        return false;
    }
    return true;
}

bool finish(ImapCursor &cursor)
{
    while (cursor.peek() == ' ') {
        ++cursor.pos; // trailing spaces are common (Exchange, some Courier versions)
    }
    return readLineEnd(cursor);
}

// --- untagged data ----------------------------------------------------------------------

bool readDelimiter(ImapCursor &cursor, char &out)
{
    std::optional<QByteArray> delimiter;
    if (!readNString(cursor, delimiter)) {
        return false;
    }
    if (delimiter && delimiter->size() != 1) {
        return cursor.fail("a hierarchy delimiter must be one character");
    }
    out = delimiter ? delimiter->front() : '\0';
    return true;
}

void classifyListAttribute(ImapListResponse &list, const QByteArray &attribute)
{
    static const struct
    {
        const char *name;
        quint32 flag;
        ImapSpecialUse use;
    } known[] = {
        {"\\NOSELECT", ImapListResponse::NoSelect, ImapSpecialUse::None},
        {"\\NOINFERIORS", ImapListResponse::NoInferiors, ImapSpecialUse::None},
        {"\\HASCHILDREN", ImapListResponse::HasChildren, ImapSpecialUse::None},
        {"\\HASNOCHILDREN", ImapListResponse::HasNoChildren, ImapSpecialUse::None},
        {"\\MARKED", ImapListResponse::Marked, ImapSpecialUse::None},
        {"\\UNMARKED", ImapListResponse::Unmarked, ImapSpecialUse::None},
        {"\\NONEXISTENT", ImapListResponse::NonExistent | ImapListResponse::NoSelect, ImapSpecialUse::None},
        {"\\SUBSCRIBED", ImapListResponse::Subscribed, ImapSpecialUse::None},
        {"\\REMOTE", ImapListResponse::Remote, ImapSpecialUse::None}, {"\\ALL", 0, ImapSpecialUse::All},
        {"\\ARCHIVE", 0, ImapSpecialUse::Archive}, {"\\DRAFTS", 0, ImapSpecialUse::Drafts},
        {"\\FLAGGED", 0, ImapSpecialUse::Flagged}, {"\\JUNK", 0, ImapSpecialUse::Junk},
        {"\\SENT", 0, ImapSpecialUse::Sent}, {"\\TRASH", 0, ImapSpecialUse::Trash},
        {"\\IMPORTANT", 0, ImapSpecialUse::Important}, // RFC 8457
    };
    const QByteArray name = upper(attribute);
    for (const auto &entry : known) {
        if (name == entry.name) {
            list.flags |= entry.flag;
            if (entry.use != ImapSpecialUse::None && list.specialUse == ImapSpecialUse::None) {
                list.specialUse = entry.use;
            }
            return;
        }
    }
}

bool readList(Context ctx, bool lsub, ImapResponse &out)
{
    ImapCursor &c = ctx.cursor;
    ImapListResponse list;
    list.lsub = lsub;
    if (!readParenFlagList(c, list.attributes)) {
        return false;
    }
    for (const QByteArray &attribute : list.attributes) {
        classifyListAttribute(list, attribute);
    }
    if (!readSpace(c) || !readDelimiter(c, list.delimiter) || !readSpace(c) || !readAString(c, list.mailboxWire)) {
        return false;
    }
    list.mailbox = ImapMailboxName::fromWire(list.mailboxWire, ctx.options.utf8Accepted);
    if (c.peek() == ' ' && c.pos + 1 < c.data.size() && c.data[c.pos + 1] == '(') {
        readSpace(c);
        ImapValue extended;
        if (!readValue(c, extended)) {
            return false;
        }
        // mbox-list-extended = "(" [tag SP value *(SP tag SP value)] ")"
        for (std::size_t i = 0; i + 1 < extended.items.size(); i += 2) {
            list.extendedData.append({upper(extended.items[i].text), extended.items[i + 1]});
        }
    }
    if (!finish(c)) {
        return false;
    }
    out = std::move(list);
    return true;
}

bool readStatusData(Context ctx, ImapResponse &out)
{
    ImapCursor &c = ctx.cursor;
    ImapStatusDataResponse status;
    if (!readAString(c, status.mailboxWire) || !readSpace(c) || !readChar(c, '(')) {
        return false;
    }
    status.mailbox = ImapMailboxName::fromWire(status.mailboxWire, ctx.options.utf8Accepted);
    while (c.peek() == ' ') {
        ++c.pos;
    }
    while (c.peek() != ')') {
        QByteArray name;
        quint64 value = 0;
        if (!readAtom(c, name) || !readSpace(c)) {
            return false;
        }
        name = upper(name);
        std::optional<quint64> *slot = name == "MESSAGES" ? &status.messages
            : name == "RECENT"                            ? &status.recent
            : name == "UIDNEXT"                           ? &status.uidNext
            : name == "UIDVALIDITY"                       ? &status.uidValidity
            : name == "UNSEEN"                            ? &status.unseen
            : name == "DELETED"                           ? &status.deleted
            : name == "SIZE"                              ? &status.size
            : name == "HIGHESTMODSEQ"                     ? &status.highestModSeq
                                                          : nullptr;
        if (slot) {
            if (!readNumber(c, value)) {
                return false;
            }
            *slot = value;
        } else {
            ImapValue ignored; // an item from an extension Letterbox does not ask for
            if (!readValue(c, ignored)) {
                return false;
            }
        }
        while (c.peek() == ' ') {
            ++c.pos;
        }
        if (atLineEnd(c)) {
            return c.fail("unterminated STATUS list");
        }
    }
    ++c.pos;
    if (!finish(c)) {
        return false;
    }
    out = std::move(status);
    return true;
}

bool readSearch(ImapCursor &c, ImapResponse &out)
{
    ImapSearchResponse search;
    while (c.peek() == ' ') {
        readSpace(c);
        if (c.peek() == '(') {
            // CONDSTORE: "(MODSEQ n)" ends the list
            quint64 modSeq = 0;
            if (!readChar(c, '(') || !readKeyword(c, "MODSEQ") || !readSpace(c) || !readNumber(c, modSeq)
                || !readChar(c, ')')) {
                return false;
            }
            search.modSeq = modSeq;
            break;
        }
        if (atLineEnd(c)) {
            break;
        }
        quint32 number = 0;
        if (!readNumber32(c, number)) {
            return false;
        }
        search.numbers.append(number);
    }
    if (!finish(c)) {
        return false;
    }
    out = std::move(search);
    return true;
}

bool readEsearch(ImapCursor &c, ImapResponse &out)
{
    ImapEsearchResponse search;
    if (c.peek() == ' ' && c.pos + 1 < c.data.size() && c.data[c.pos + 1] == '(') {
        readSpace(c);
        QByteArray tag;
        if (!readChar(c, '(') || !readKeyword(c, "TAG") || !readSpace(c) || !readString(c, tag) || !readChar(c, ')')) {
            return false;
        }
        search.tag = tag;
    }
    if (c.peek() == ' ') {
        const qsizetype save = c.pos;
        readSpace(c);
        if (!readKeyword(c, "UID")) {
            clearError(c);
            c.pos = save;
        } else {
            search.uid = true;
        }
    }
    while (c.peek() == ' ') {
        readSpace(c);
        if (atLineEnd(c)) {
            break;
        }
        QByteArray name;
        if (!readAtom(c, name) || !readSpace(c)) {
            return false;
        }
        name = upper(name);
        if (name == "MIN" || name == "MAX") {
            quint32 n = 0;
            if (!readNumber32(c, n)) {
                return false;
            }
            (name == "MIN" ? search.min : search.max) = n;
        } else if (name == "COUNT" || name == "MODSEQ") {
            quint64 n = 0;
            if (!readNumber(c, n)) {
                return false;
            }
            (name == "COUNT" ? search.count : search.modSeq) = n;
        } else if (name == "ALL") {
            QByteArray text;
            if (!readAtom(c, text)) {
                return false;
            }
            search.all = ImapSequenceSet::parse(text);
            if (!search.all) {
                return c.fail("bad sequence set");
            }
        } else {
            ImapValue ignored;
            if (!readValue(c, ignored)) {
                return false;
            }
        }
    }
    if (!finish(c)) {
        return false;
    }
    out = std::move(search);
    return true;
}

bool readVanished(ImapCursor &c, ImapResponse &out)
{
    ImapVanishedResponse vanished;
    if (!readSpace(c)) {
        return false;
    }
    if (c.peek() == '(') {
        if (!readChar(c, '(') || !readKeyword(c, "EARLIER") || !readChar(c, ')') || !readSpace(c)) {
            return false;
        }
        vanished.earlier = true;
    }
    QByteArray text;
    if (!readAtom(c, text)) {
        return false;
    }
    const auto set = ImapSequenceSet::parse(text);
    if (!set) {
        return c.fail("bad sequence set");
    }
    vanished.uids = *set;
    if (!finish(c)) {
        return false;
    }
    out = std::move(vanished);
    return true;
}

bool readNamespaceList(ImapCursor &c, QList<ImapNamespace> &out)
{
    if (readKeyword(c, "NIL")) {
        return true;
    }
    clearError(c);
    ImapValue value;
    if (!readValue(c, value)) {
        return false;
    }
    if (!value.isList()) {
        return c.fail("expected a namespace list");
    }
    for (const ImapValue &entry : value.items) {
        if (!entry.isList() || entry.items.size() < 2 || !entry.items[0].isString()) {
            return c.fail("bad namespace entry");
        }
        ImapNamespace ns;
        ns.prefix = entry.items[0].text;
        const ImapValue &delimiter = entry.items[1];
        if (!delimiter.isNil() && (!delimiter.isString() || delimiter.text.size() != 1)) {
            return c.fail("bad namespace delimiter");
        }
        ns.delimiter = delimiter.isNil() ? '\0' : delimiter.text.front();
        out.append(ns);
    }
    return true;
}

bool readNamespace(ImapCursor &c, ImapResponse &out)
{
    ImapNamespaceResponse ns;
    if (!readSpace(c) || !readNamespaceList(c, ns.personal) || !readSpace(c) || !readNamespaceList(c, ns.otherUsers)
        || !readSpace(c) || !readNamespaceList(c, ns.shared) || !finish(c)) {
        return false;
    }
    out = std::move(ns);
    return true;
}

bool readId(ImapCursor &c, ImapResponse &out)
{
    ImapIdResponse id;
    if (!readSpace(c)) {
        return false;
    }
    ImapValue value;
    if (!readValue(c, value)) {
        return false;
    }
    if (value.isList()) {
        for (std::size_t i = 0; i + 1 < value.items.size(); i += 2) {
            const ImapValue &v = value.items[i + 1];
            id.fields.append({value.items[i].text, v.isNil() ? std::nullopt : std::optional<QByteArray>(v.text)});
        }
    } else if (!value.isNil()) {
        return c.fail("expected an ID list or NIL");
    }
    if (!finish(c)) {
        return false;
    }
    out = std::move(id);
    return true;
}

bool readUntagged(Context ctx, ImapResponse &out)
{
    ImapCursor &c = ctx.cursor;
    if (c.peek() >= '0' && c.peek() <= '9') {
        quint32 number = 0;
        QByteArray name;
        if (!readNumber32(c, number) || !readSpace(c) || !readAtom(c, name)) {
            return false;
        }
        name = upper(name);
        if (name == "EXISTS") {
            out = ImapExistsResponse {number};
        } else if (name == "RECENT") {
            out = ImapRecentResponse {number};
        } else if (name == "EXPUNGE") {
            out = ImapExpungeResponse {number};
        } else if (name == "FETCH") {
            ImapFetchResponse fetch;
            fetch.sequence = number;
            if (!readSpace(c) || !Internal::readFetchItems(c, fetch, ctx.options) || !finish(c)) {
                return false;
            }
            out = std::move(fetch);
            return true;
        } else {
            out = ImapUnhandledResponse {name, c.data.toByteArray()};
            return true;
        }
        return finish(c);
    }

    QByteArray name;
    if (!readAtom(c, name)) {
        return false;
    }
    name = upper(name);
    ImapStatus status;
    if (statusFromName(name, status)) {
        ImapStatusResponse response;
        response.status = status;
        if (c.peek() == ' ') {
            readSpace(c);
        }
        readRespText(c, response.code, response.text);
        if (!finish(c)) {
            return false;
        }
        out = std::move(response);
        return true;
    }
    if (name == "CAPABILITY" || name == "ENABLED") {
        QList<QByteArray> list;
        if (c.peek() == ' ') {
            readSpace(c);
        }
        if (!readAtomList(c, list, false, true) || !finish(c)) {
            return false;
        }
        if (name == "CAPABILITY") {
            out = ImapCapabilityResponse {list};
        } else {
            out = ImapEnabledResponse {list};
        }
        return true;
    }
    if (name == "LIST" || name == "LSUB") {
        return readSpace(c) && readList(ctx, name == "LSUB", out);
    }
    if (name == "STATUS") {
        return readSpace(c) && readStatusData(ctx, out);
    }
    if (name == "FLAGS") {
        ImapFlagsResponse flags;
        if (!readSpace(c) || !readParenFlagList(c, flags.flags) || !finish(c)) {
            return false;
        }
        out = std::move(flags);
        return true;
    }
    if (name == "SEARCH") {
        return readSearch(c, out);
    }
    if (name == "ESEARCH") {
        return readEsearch(c, out);
    }
    if (name == "VANISHED") {
        return readVanished(c, out);
    }
    if (name == "NAMESPACE") {
        return readNamespace(c, out);
    }
    if (name == "ID") {
        return readId(c, out);
    }
    out = ImapUnhandledResponse {name, c.data.toByteArray()};
    return true;
}

} // namespace

ImapParseResult ImapParser::parse(QByteArrayView frame, const ImapParserOptions &options)
{
    ImapCursor cursor(frame, options.maxDepth);
    Context ctx {cursor, options};
    ImapResponse response;
    QByteArray tag;
    bool ok = false;

    if (cursor.peek() == '+') {
        ++cursor.pos;
        if (cursor.peek() == ' ') {
            ++cursor.pos;
        }
        ImapContinuationRequest continuation {readRestOfLine(cursor)};
        ok = !continuation.text.contains('\0') ? readLineEnd(cursor) : cursor.fail("NUL byte in response text");
        response = std::move(continuation);
    } else if (cursor.peek() == '*') {
        ++cursor.pos;
        ok = readSpace(cursor) && readUntagged(ctx, response);
    } else if (readAStringAtom(cursor, tag)) {
        if (tag.contains('+')) {
            cursor.pos = 0;
            cursor.fail("a tag cannot contain \"+\"");
        } else if (readSpace(cursor)) {
            QByteArray name;
            ImapStatus status;
            const qsizetype nameAt = cursor.pos;
            if (readAtom(cursor, name) && statusFromName(upper(name), status)
                && (status == ImapStatus::Ok || status == ImapStatus::No || status == ImapStatus::Bad)) {
                ImapStatusResponse tagged;
                tagged.tag = tag;
                tagged.status = status;
                if (cursor.peek() == ' ') {
                    readSpace(cursor);
                }
                readRespText(cursor, tagged.code, tagged.text);
                ok = finish(cursor);
                response = std::move(tagged);
            } else {
                cursor.pos = nameAt;
                cursor.fail("a tagged response must be OK, NO or BAD");
            }
        }
    } else {
        cursor.fail("expected \"*\", \"+\" or a tag");
    }

    ImapParseResult result;
    if (ok) {
        result.response = std::move(response);
        return result;
    }
    if (!cursor.hasError()) {
        cursor.fail("malformed response");
    }
    result.error.offset = cursor.errorOffset;
    result.error.reason = QByteArray(cursor.errorReason);
    result.error.tag = tag.contains('+') ? QByteArray() : tag;
    result.error.message = tr("The server sent a response that cannot be read (byte %1: %2).")
                               .arg(cursor.errorOffset)
                               .arg(QString::fromLatin1(cursor.errorReason));
    return result;
}

} // namespace Letterbox::Imap
