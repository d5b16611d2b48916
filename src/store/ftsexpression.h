#pragma once

#include <QString>

namespace Letterbox::Store {

/**
 * @short Turns what a person types into the search box into a safe FTS5 MATCH expression.
 *
 * FTS5 has its own query language (AND, OR, NOT, NEAR(…), column filters, `^`, `*`,
 * parentheses); a stray quote or `NEAR(` typed by a person would be a syntax error, and
 * passed through it would let the search box run operators nobody meant. So nothing the
 * person types reaches FTS5 as syntax: every word becomes a quoted string (quotes doubled
 * inside), and the expression is built only from what this class writes itself.
 *
 * What the person can use:
 *  - words: each must match, as a prefix (`invoic` finds "invoice"), in any column;
 *  - "a quoted phrase": the words in that order, exactly;
 *  - `from:`, `to:`, `cc:` (the addresses), `subject:` and `body:` before a word or
 *    phrase, to look in that column only.
 * Words with no letter or digit are dropped (FTS5 would see no token in them). Control
 * characters are blanks. At most 32 terms are used.
 */
class FtsExpression
{
public:
    /// The MATCH expression for @p userQuery, or an empty string when nothing is searchable.
    [[nodiscard]] static QString fromUserInput(const QString &userQuery);
};

} // namespace Letterbox::Store
