#pragma once

#include <QHash>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Letterbox::Gui {

class SpellChecker;

/**
 * @short Spell checking as you type: misspelt words get a red wavy underline.
 *
 * Checks the words SpellingWords finds in each block (so quoted lines, web and e-mail
 * addresses and words with digits are left alone) against @p checker. QSyntaxHighlighter
 * only re-runs the blocks an edit touched; a per-word cache keeps a retyped word from
 * going to enchant again, and the whole document is checked again when the checker's
 * language or word list changes. Only the format is changed, never the text.
 */
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    /// Turns the underlining on or off (off: every mark goes at once).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    /// The format given to a misspelt word.
    [[nodiscard]] static QTextCharFormat misspelledFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    void recheck();
    [[nodiscard]] bool isCorrect(const QString &word);

    QPointer<SpellChecker> m_checker;
    QHash<QString, bool> m_known;
    bool m_enabled = true;
};

} // namespace Letterbox::Gui
