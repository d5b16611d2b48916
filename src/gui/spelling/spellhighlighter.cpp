#include "gui/spelling/spellhighlighter.h"

#include "gui/spelling/spellchecker.h"
#include "gui/spelling/spellingwords.h"

namespace Letterbox::Gui {

namespace {
// Enough for every distinct word of a long message; past it the cache starts again
// rather than growing with whatever is pasted in.
constexpr qsizetype s_maxCachedWords = 20000;
} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    if (checker) {
        connect(checker, &SpellChecker::languageChanged, this, &SpellHighlighter::recheck);
        connect(checker, &SpellChecker::dictionaryChanged, this, &SpellHighlighter::recheck);
    }
}

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(Qt::red);
    return format;
}

void SpellHighlighter::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        rehighlight();
    }
}

void SpellHighlighter::recheck()
{
    m_known.clear();
    rehighlight();
}

bool SpellHighlighter::isCorrect(const QString &word)
{
    if (const auto it = m_known.constFind(word); it != m_known.cend()) {
        return *it;
    }
    if (m_known.size() >= s_maxCachedWords) {
        m_known.clear();
    }
    const bool correct = m_checker->isCorrect(word);
    m_known.insert(word, correct);
    return correct;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled || !m_checker || !m_checker->hasDictionary()) {
        return;
    }
    const QTextCharFormat misspelled = misspelledFormat();
    for (const SpellingWords::Span &word : SpellingWords::find(text)) {
        if (!isCorrect(text.mid(word.start, word.length))) {
            setFormat(word.start, word.length, misspelled);
        }
    }
}

} // namespace Letterbox::Gui
