#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace Letterbox::Imap {

/**
 * @short A position in one complete response frame, and the first syntax error met in it.
 *
 * The lexer functions below all take a cursor by reference, advance it past what they read
 * and return a status; none throws. They rely on the framer's contract: every "{n}" literal
 * of the frame is complete inside data (Trojitá's LowLevelParser states the same), but they
 * still check every bound, so any bytes at all may be given to them (the fuzz target does).
 */
struct ImapCursor
{
    QByteArrayView data;
    qsizetype pos = 0;
    int maxDepth = 64; ///< nesting limit for parenthesised lists

    qsizetype errorOffset = -1; ///< where the first error was met, -1 if none
    const char *errorReason = nullptr; ///< a short technical description (ASCII)

    explicit ImapCursor(QByteArrayView frame, int depthLimit = 64)
        : data(frame)
        , maxDepth(depthLimit)
    { }

    [[nodiscard]] bool hasError() const { return errorOffset >= 0; }
    /// Records the first error at the current position and returns false, for `return fail(...)`.
    bool fail(const char *reason);
    [[nodiscard]] bool atEnd() const { return pos >= data.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : data[pos]; }
};

/// A generic IMAP value: what unknown responses, ID and extension data are read into.
struct ImapValue
{
    enum class Kind { Nil, Atom, String, List };
    Kind kind = Kind::Nil;
    QByteArray text; ///< Atom, String
    std::vector<ImapValue> items; ///< List (std::vector: it allows the recursive type)

    [[nodiscard]] bool isNil() const { return kind == Kind::Nil; }
    [[nodiscard]] bool isList() const { return kind == Kind::List; }
    [[nodiscard]] bool isString() const { return kind == Kind::String || kind == Kind::Atom; }
    /// The value written back in IMAP syntax (strings quoted or as literals).
    [[nodiscard]] QByteArray toWire() const;
    bool operator==(const ImapValue &) const = default;
};

/**
 * @short The IMAP tokenizer: small free functions over an ImapCursor (RFC 9051 section 9).
 *
 * Each returns true and advances the cursor when it read its token; on a mismatch it returns
 * false, leaves the position unchanged and records an error in the cursor (which the caller
 * may clear with clearError when it tries an alternative).
 */
namespace ImapLexer {

/// At CRLF, at a bare LF, or at the end of the frame.
[[nodiscard]] bool atLineEnd(const ImapCursor &cursor);
/// Consumes CRLF or LF; the frame must then be over.
bool readLineEnd(ImapCursor &cursor);
/// Consumes one or more spaces (servers sometimes send two; RFC 9051 requires one).
bool readSpace(ImapCursor &cursor);
bool readChar(ImapCursor &cursor, char c);
/// Consumes @p word (case-insensitive) if it is there and not followed by an atom character.
bool readKeyword(ImapCursor &cursor, QByteArrayView word);

/// An atom (ATOM-CHAR run).
bool readAtom(ImapCursor &cursor, QByteArray &out);
/// An ASTRING-CHAR run: an atom that may also hold ']'.
bool readAStringAtom(ImapCursor &cursor, QByteArray &out);
/// A flag: an atom, "\" atom, or "\*".
bool readFlag(ImapCursor &cursor, QByteArray &out);
/// Anything up to SP, "(", ")", "\"", "{", CTL: for extension data and unknown items.
bool readLooseAtom(ImapCursor &cursor, QByteArray &out);
/// A number (up to 64 bits, as for mod-sequences); fails above @p max.
bool readNumber(ImapCursor &cursor, quint64 &out, quint64 max = ~quint64(0));
bool readNumber32(ImapCursor &cursor, quint32 &out);
/// A quoted string with "\\" and "\"" escapes.
bool readQuoted(ImapCursor &cursor, QByteArray &out);
/// A literal "{n}" CRLF data, or a literal8 "~{n}"; @p binary tells which.
bool readLiteral(ImapCursor &cursor, QByteArray &out, bool *binary = nullptr);
/// A quoted string or a literal.
bool readString(ImapCursor &cursor, QByteArray &out);
/// An astring: an ASTRING-CHAR atom or a string.
bool readAString(ImapCursor &cursor, QByteArray &out);
/// An nstring: NIL (nullopt) or a string.
bool readNString(ImapCursor &cursor, std::optional<QByteArray> &out);
/// Any value: NIL, a string, a loose atom, or a parenthesised list up to the depth limit.
bool readValue(ImapCursor &cursor, ImapValue &out, int depth = 0);
/// The rest of the line (resp-text), without the line end.
QByteArray readRestOfLine(ImapCursor &cursor);

void clearError(ImapCursor &cursor);

} // namespace ImapLexer

} // namespace Letterbox::Imap
