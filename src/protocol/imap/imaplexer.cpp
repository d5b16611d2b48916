#include "protocol/imap/imaplexer.h"

#include "protocol/imap/imaptypes.h"

#include <cctype>

namespace Letterbox::Imap {

bool ImapCursor::fail(const char *reason)
{
    if (errorOffset < 0) {
        errorOffset = pos;
        errorReason = reason;
    }
    return false;
}

namespace {

bool isCtl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

bool needsQuoting(const QByteArray &text)
{
    if (text.isEmpty() || text.compare("NIL", Qt::CaseInsensitive) == 0) {
        return true;
    }
    // An atom is written as it is when it reads back as one whole atom.
    ImapCursor cursor(text);
    QByteArray read;
    return !ImapLexer::readLooseAtom(cursor, read) || !cursor.atEnd();
}

} // namespace

QByteArray ImapValue::toWire() const
{
    switch (kind) {
    case Kind::Nil:
        return QByteArrayLiteral("NIL");
    case Kind::Atom:
        if (!needsQuoting(text)) {
            return text;
        }
        [[fallthrough]];
    case Kind::String: {
        bool plain = true;
        for (char c : text) {
            if (c == '\r' || c == '\n' || c == '\0' || static_cast<unsigned char>(c) >= 0x80) {
                plain = false;
                break;
            }
        }
        if (!plain) {
            return '{' + QByteArray::number(text.size()) + "}\r\n" + text;
        }
        QByteArray out("\"");
        for (char c : text) {
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
        return out;
    }
    case Kind::List: {
        QByteArray out("(");
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(items[i].toWire());
        }
        out.append(')');
        return out;
    }
    }
    return {};
}

namespace ImapLexer {

void clearError(ImapCursor &cursor)
{
    cursor.errorOffset = -1;
    cursor.errorReason = nullptr;
}

bool atLineEnd(const ImapCursor &cursor)
{
    if (cursor.atEnd()) {
        return true;
    }
    const char c = cursor.data[cursor.pos];
    return c == '\n' || (c == '\r' && cursor.pos + 1 < cursor.data.size() && cursor.data[cursor.pos + 1] == '\n');
}

bool readLineEnd(ImapCursor &cursor)
{
    const qsizetype start = cursor.pos;
    if (cursor.peek() == '\r') {
        ++cursor.pos;
    }
    if (cursor.peek() != '\n') {
        cursor.pos = start;
        return cursor.fail("expected the end of the line");
    }
    ++cursor.pos;
    if (!cursor.atEnd()) {
        cursor.pos = start;
        return cursor.fail("unexpected data after the end of the response");
    }
    return true;
}

bool readSpace(ImapCursor &cursor)
{
    if (cursor.peek() != ' ') {
        return cursor.fail("expected a space");
    }
    while (cursor.peek() == ' ') {
        ++cursor.pos;
    }
    return true;
}

bool readChar(ImapCursor &cursor, char c)
{
    if (cursor.atEnd() || cursor.data[cursor.pos] != c) {
        return cursor.fail(c == '(' ? "expected \"(\"" : c == ')' ? "expected \")\"" : "unexpected character");
    }
    ++cursor.pos;
    return true;
}

bool readKeyword(ImapCursor &cursor, QByteArrayView word)
{
    if (cursor.data.size() - cursor.pos < word.size()
        || cursor.data.sliced(cursor.pos, word.size()).compare(word, Qt::CaseInsensitive) != 0) {
        return cursor.fail("expected a keyword");
    }
    const qsizetype after = cursor.pos + word.size();
    if (after < cursor.data.size() && isAtomChar(cursor.data[after]) && isAtomChar(word.back())) {
        return cursor.fail("expected a keyword");
    }
    cursor.pos = after;
    return true;
}

template<typename Predicate>
static bool readRun(ImapCursor &cursor, QByteArray &out, Predicate accept, const char *reason)
{
    const qsizetype start = cursor.pos;
    qsizetype end = start;
    while (end < cursor.data.size() && accept(cursor.data[end])) {
        ++end;
    }
    if (end == start) {
        return cursor.fail(reason);
    }
    out = cursor.data.sliced(start, end - start).toByteArray();
    cursor.pos = end;
    return true;
}

bool readAtom(ImapCursor &cursor, QByteArray &out)
{
    return readRun(cursor, out, isAtomChar, "expected an atom");
}

bool readAStringAtom(ImapCursor &cursor, QByteArray &out)
{
    return readRun(
        cursor, out, [](char c) { return isAtomChar(c) || c == ']'; }, "expected an atom");
}

bool readFlag(ImapCursor &cursor, QByteArray &out)
{
    if (cursor.peek() != '\\') {
        return readAtom(cursor, out);
    }
    const qsizetype start = cursor.pos;
    ++cursor.pos;
    if (cursor.peek() == '*') {
        ++cursor.pos;
        out = QByteArrayLiteral("\\*");
        return true;
    }
    QByteArray name;
    if (!readAtom(cursor, name)) {
        cursor.pos = start;
        return cursor.fail("expected a flag");
    }
    out = '\\' + name;
    return true;
}

bool readLooseAtom(ImapCursor &cursor, QByteArray &out)
{
    // Brackets are taken in pairs so that "BODY[HEADER.FIELDS (A B)]" stays one atom.
    const qsizetype start = cursor.pos;
    qsizetype end = start;
    int brackets = 0;
    while (end < cursor.data.size()) {
        const char c = cursor.data[end];
        if (isCtl(c) || c == '"' || c == '{') {
            break;
        }
        if (brackets == 0 && (c == ' ' || c == '(' || c == ')')) {
            break;
        }
        if (c == '[') {
            ++brackets;
        } else if (c == ']' && brackets > 0) {
            --brackets;
        }
        ++end;
    }
    if (end == start) {
        return cursor.fail("expected a value");
    }
    out = cursor.data.sliced(start, end - start).toByteArray();
    cursor.pos = end;
    return true;
}

bool readNumber(ImapCursor &cursor, quint64 &out, quint64 max)
{
    const qsizetype start = cursor.pos;
    quint64 value = 0;
    qsizetype end = start;
    while (end < cursor.data.size() && cursor.data[end] >= '0' && cursor.data[end] <= '9') {
        const quint64 digit = quint64(cursor.data[end] - '0');
        if (value > (max - digit) / 10) {
            return cursor.fail("number out of range");
        }
        value = value * 10 + digit;
        ++end;
    }
    if (end == start) {
        return cursor.fail("expected a number");
    }
    // "12a" is an atom, not a number; "12)" "12]" "12>" "12}" end the number.
    if (end < cursor.data.size() && std::isalpha(static_cast<unsigned char>(cursor.data[end]))) {
        return cursor.fail("expected a number");
    }
    cursor.pos = end;
    out = value;
    return true;
}

bool readNumber32(ImapCursor &cursor, quint32 &out)
{
    quint64 value = 0;
    if (!readNumber(cursor, value, 0xffffffffu)) {
        return false;
    }
    out = quint32(value);
    return true;
}

bool readQuoted(ImapCursor &cursor, QByteArray &out)
{
    if (cursor.peek() != '"') {
        return cursor.fail("expected a quoted string");
    }
    const qsizetype start = cursor.pos;
    QByteArray text;
    qsizetype i = start + 1;
    while (i < cursor.data.size()) {
        const char c = cursor.data[i];
        if (c == '"') {
            cursor.pos = i + 1;
            out = std::move(text);
            return true;
        }
        if (c == '\r' || c == '\n' || c == '\0') {
            break;
        }
        if (c == '\\') {
            ++i;
            if (i >= cursor.data.size()) {
                break;
            }
            // RFC 9051 allows only \" and \\; other escapes are kept as the character.
            const char escaped = cursor.data[i];
            if (escaped == '\r' || escaped == '\n' || escaped == '\0') {
                break;
            }
            text.append(escaped);
        } else {
            text.append(c);
        }
        ++i;
    }
    cursor.pos = start;
    return cursor.fail("unterminated quoted string");
}

bool readLiteral(ImapCursor &cursor, QByteArray &out, bool *binary)
{
    const qsizetype start = cursor.pos;
    bool isBinary = false;
    if (cursor.peek() == '~') {
        isBinary = true;
        ++cursor.pos;
    }
    if (cursor.peek() != '{') {
        cursor.pos = start;
        return cursor.fail("expected a literal");
    }
    ++cursor.pos;
    // Not readNumber: "}" and "+" are atom characters, which it refuses after a number.
    quint64 size = 0;
    const qsizetype digitsStart = cursor.pos;
    while (cursor.peek() >= '0' && cursor.peek() <= '9') {
        const quint64 digit = quint64(cursor.peek() - '0');
        if (size > (quint64(0x7fffffffffffffffLL) - digit) / 10) {
            cursor.fail("literal size out of range");
            cursor.pos = start;
            return false;
        }
        size = size * 10 + digit;
        ++cursor.pos;
    }
    if (cursor.pos == digitsStart) {
        cursor.fail("bad literal size");
        cursor.pos = start;
        return false;
    }
    if (cursor.peek() == '+' || cursor.peek() == '-') {
        ++cursor.pos;
    }
    if (cursor.peek() != '}') {
        cursor.fail("bad literal announcement");
        cursor.pos = start;
        return false;
    }
    ++cursor.pos;
    if (cursor.peek() == '\r') {
        ++cursor.pos;
    }
    if (cursor.peek() != '\n') {
        cursor.fail("expected CRLF after a literal announcement");
        cursor.pos = start;
        return false;
    }
    ++cursor.pos;
    if (size > quint64(cursor.data.size() - cursor.pos)) {
        cursor.fail("literal runs past the end of the response");
        cursor.pos = start;
        return false;
    }
    out = cursor.data.sliced(cursor.pos, qsizetype(size)).toByteArray();
    cursor.pos += qsizetype(size);
    if (binary) {
        *binary = isBinary;
    }
    return true;
}

bool readString(ImapCursor &cursor, QByteArray &out)
{
    const char c = cursor.peek();
    if (c == '"') {
        return readQuoted(cursor, out);
    }
    if (c == '{' || c == '~') {
        return readLiteral(cursor, out);
    }
    return cursor.fail("expected a string");
}

bool readAString(ImapCursor &cursor, QByteArray &out)
{
    const char c = cursor.peek();
    if (c == '"' || c == '{' || c == '~') {
        return readString(cursor, out);
    }
    return readAStringAtom(cursor, out);
}

bool readNString(ImapCursor &cursor, std::optional<QByteArray> &out)
{
    const char c = cursor.peek();
    if (c == '"' || c == '{' || c == '~') {
        QByteArray text;
        if (!readString(cursor, text)) {
            return false;
        }
        out = std::move(text);
        return true;
    }
    if (readKeyword(cursor, "NIL")) {
        out.reset();
        return true;
    }
    return cursor.fail("expected a string or NIL");
}

bool readValue(ImapCursor &cursor, ImapValue &out, int depth)
{
    const char c = cursor.peek();
    if (c == '(') {
        if (depth >= cursor.maxDepth) {
            return cursor.fail("lists nested too deeply");
        }
        const qsizetype start = cursor.pos;
        ++cursor.pos;
        ImapValue list;
        list.kind = ImapValue::Kind::List;
        while (cursor.peek() == ' ') {
            ++cursor.pos; // tolerate "( a)" and "(a )"
        }
        while (cursor.peek() != ')') {
            ImapValue item;
            if (!readValue(cursor, item, depth + 1)) {
                cursor.pos = start;
                return false;
            }
            list.items.push_back(std::move(item));
            while (cursor.peek() == ' ') {
                ++cursor.pos;
            }
            if (cursor.atEnd() || atLineEnd(cursor)) {
                cursor.fail("unterminated list");
                cursor.pos = start;
                return false;
            }
        }
        ++cursor.pos;
        out = std::move(list);
        return true;
    }
    if (c == '"' || c == '{' || c == '~') {
        ImapValue value;
        value.kind = ImapValue::Kind::String;
        if (!readString(cursor, value.text)) {
            return false;
        }
        out = std::move(value);
        return true;
    }
    ImapValue value;
    if (!readLooseAtom(cursor, value.text)) {
        return false;
    }
    value.kind = value.text.compare("NIL", Qt::CaseInsensitive) == 0 ? ImapValue::Kind::Nil : ImapValue::Kind::Atom;
    if (value.isNil()) {
        value.text.clear();
    }
    out = std::move(value);
    return true;
}

QByteArray readRestOfLine(ImapCursor &cursor)
{
    const qsizetype start = cursor.pos;
    qsizetype end = start;
    while (end < cursor.data.size() && !(cursor.data[end] == '\n')
        && !(cursor.data[end] == '\r' && end + 1 < cursor.data.size() && cursor.data[end + 1] == '\n')) {
        ++end;
    }
    cursor.pos = end;
    return cursor.data.sliced(start, end - start).toByteArray();
}

} // namespace ImapLexer

} // namespace Letterbox::Imap
