#pragma once

#include <QStringView>

#include <optional>

namespace Letterbox::Protocol {

/// The three protocols a transcript can hold, for the helpers that read transcripts
/// (CredentialRedactor, CommandAnnotator) without linking any codec.
enum class WireProtocol {
    Imap,
    Pop3,
    Smtp,
};

/**
 * True when the server line @p line ends a SASL exchange: for POP3 its +OK or -ERR, for
 * SMTP the last line of a reply other than 334, for IMAP any line that is neither a
 * continuation ("+") nor untagged ("*") — which command's reply it is, is the caller's.
 */
[[nodiscard]] bool isFinalSaslReply(WireProtocol protocol, QStringView line);

/**
 * @short A cursor over one transcript line: words split on spaces and tabs, IMAP
 * quoted strings and parenthesised lists kept whole.
 *
 * Lenient on purpose: a transcript line can be cut (TranscriptTap shortens long lines),
 * lower case, or not valid protocol at all, and the readers must still say something safe
 * about it. An unterminated quote or list runs to the end of the line.
 */
class TranscriptWords
{
public:
    explicit TranscriptWords(QStringView line)
        : m_line(line)
    { }

    /// The next word (quoted strings with their quotes, lists with their parentheses), or
    /// nothing at the end of the line.
    std::optional<QStringView> next();
    /// Where the cursor stands: the index after the last word returned.
    [[nodiscard]] qsizetype position() const { return m_position; }
    /// The rest of the line after the cursor, leading blanks skipped.
    [[nodiscard]] QStringView rest() const;
    /// True when the last word returned was an unterminated quote or list.
    [[nodiscard]] bool lastWasUnterminated() const { return m_unterminated; }

    /// @p word without the quotes of a quoted string and its backslash escapes.
    [[nodiscard]] static QString unquoted(QStringView word);
    /// True when @p word is an IMAP literal announcement: "{12}", "{12+}" or "~{12}".
    [[nodiscard]] static bool isLiteralMarker(QStringView word);
    /// True when @p line ends in a literal announcement (the next line is literal data).
    [[nodiscard]] static bool endsWithLiteral(QStringView line);
    /// The size a literal announcement at the end of @p line gives, or -1 when there is none.
    [[nodiscard]] static qint64 trailingLiteralSize(QStringView line);

private:
    QStringView m_line;
    qsizetype m_position = 0;
    bool m_unterminated = false;
};

} // namespace Letterbox::Protocol
