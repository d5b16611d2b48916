#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Letterbox::Pop3 {

/**
 * @short One POP3 reply: its status line ("+OK ...", "-ERR ...", or a SASL "+ ..."
 * continuation) and, for a multi-line listing (CAPA, LIST, UIDL), the body lines.
 *
 * text is everything after the status indicator and its space, exactly as received.
 * code is an RFC 2449 section 8 extended response code when the text starts with one
 * ("[IN-USE]", "[SYS/TEMP]", "[AUTH]", "[LOGIN-DELAY]"): the part between the brackets,
 * upper-cased; the RFC makes them case-insensitive. lines are dot-unstuffed, without
 * their line ends; RETR and TOP bodies never land here (Pop3ReplyParser streams them).
 */
struct Pop3Reply
{
    enum class Status {
        Ok, ///< "+OK"
        Err, ///< "-ERR"
        Continuation, ///< "+ " during AUTH (RFC 5034 section 4)
    };

    Status status = Status::Ok;
    QByteArray text;
    QByteArray code;
    QByteArrayList lines;

    /**
     * Parses a status line (without CRLF). "+OK" and "-ERR" must be followed by the end
     * of the line or a space (RFC 1939 section 3); "+" alone or "+ " starts a
     * continuation, recognised only when @p allowContinuation. Nothing for anything else.
     */
    [[nodiscard]] static std::optional<Pop3Reply> fromStatusLine(QByteArrayView line, bool allowContinuation);

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    [[nodiscard]] bool isErr() const { return status == Status::Err; }
    [[nodiscard]] bool isContinuation() const { return status == Status::Continuation; }
    /// Whether the extended response code is @p name or starts with "@p name/".
    [[nodiscard]] bool hasCode(QByteArrayView name) const;

    /// The text for a person: control characters and non-ASCII octets replaced, capped.
    [[nodiscard]] QString displayText() const;
    /// "-ERR [AUTH] Authentication failed." as a person may read it.
    [[nodiscard]] QString toDisplayString() const;

    friend bool operator==(const Pop3Reply &, const Pop3Reply &) = default;
};

} // namespace Letterbox::Pop3
