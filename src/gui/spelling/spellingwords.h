#pragma once

#include <QList>
#include <QString>

namespace Letterbox::Gui {

/**
 * @short The words of one line of a message that spell checking looks at.
 *
 * Words are found with QTextBoundaryFinder (Unicode word boundaries, UAX #29), so
 * "don't" and "Grüße" are one word each. Left out, because a dictionary would only
 * mark them wrongly: quoted lines ("> …", someone else's text), web addresses and
 * e-mail addresses (any run of non-space characters with "://", "www." or "@" in it),
 * and words holding a digit ("2nd", "MP3"). Work is bounded: only the first maxLength
 * characters of a line are looked at, and at most maxWords words are returned.
 */
class SpellingWords
{
public:
    struct Span
    {
        int start = 0;
        int length = 0;

        [[nodiscard]] int end() const { return start + length; }
        friend bool operator==(const Span &, const Span &) = default;
    };

    static constexpr int maxLength = 10000;
    static constexpr int maxWords = 2000;

    /// The words of @p line to check, in order.
    [[nodiscard]] static QList<Span> find(const QString &line);
    /// The word to check that contains (or ends at) @p position, or a span of length 0.
    [[nodiscard]] static Span at(const QString &line, int position);
    /// True for a quoted line: optional white space, then '>'.
    [[nodiscard]] static bool isQuoted(const QString &line);
};

} // namespace Letterbox::Gui
