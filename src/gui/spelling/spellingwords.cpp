#include "gui/spelling/spellingwords.h"

#include <QTextBoundaryFinder>

namespace Letterbox::Gui {

namespace {

/// A run of non-space characters that is an address, not prose: web or e-mail.
bool isAddressLike(QStringView token)
{
    return token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive) || token.contains(u'@')
        || token.startsWith(u"mailto:", Qt::CaseInsensitive);
}

/// The spans of @p text covered by address-like tokens, in order.
QList<SpellingWords::Span> addressSpans(QStringView text)
{
    QList<SpellingWords::Span> spans;
    int start = -1;
    for (int i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (!space && start < 0) {
            start = i;
        } else if (space && start >= 0) {
            if (isAddressLike(text.mid(start, i - start))) {
                spans.append({start, i - start});
            }
            start = -1;
        }
    }
    return spans;
}

bool hasLetterAndNoDigit(QStringView word)
{
    bool letter = false;
    for (const QChar c : word) {
        if (c.isDigit()) {
            return false;
        }
        letter = letter || c.isLetter();
    }
    return letter;
}

} // namespace

bool SpellingWords::isQuoted(const QString &line)
{
    for (const QChar c : line) {
        if (!c.isSpace()) {
            return c == QLatin1Char('>');
        }
    }
    return false;
}

QList<SpellingWords::Span> SpellingWords::find(const QString &line)
{
    QList<Span> words;
    if (isQuoted(line)) {
        return words;
    }
    const QStringView text = QStringView(line).left(maxLength);
    const QList<Span> skipped = addressSpans(text);
    qsizetype nextSkipped = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    int start = -1;
    for (qsizetype position = finder.toNextBoundary(); position >= 0 && words.size() < maxWords;
        position = finder.toNextBoundary()) {
        const int end = int(position);
        const int from = start < 0 ? 0 : start;
        start = end;
        const QStringView word = text.mid(from, end - from);
        if (!hasLetterAndNoDigit(word)) {
            continue;
        }
        while (nextSkipped < skipped.size() && skipped.at(nextSkipped).end() <= from) {
            ++nextSkipped;
        }
        if (nextSkipped < skipped.size() && skipped.at(nextSkipped).start < end) {
            continue; // inside a URL or an e-mail address
        }
        words.append({from, end - from});
    }
    return words;
}

SpellingWords::Span SpellingWords::at(const QString &line, int position)
{
    for (const Span &word : find(line)) {
        if (position >= word.start && position <= word.end()) {
            return word;
        }
        if (word.start > position) {
            break;
        }
    }
    return {position, 0};
}

} // namespace Letterbox::Gui
