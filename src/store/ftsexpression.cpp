#include "store/ftsexpression.h"

#include <QStringList>

#include <algorithm>

namespace Letterbox::Store {

namespace {

constexpr qsizetype s_maximumTerms = 32;
constexpr qsizetype s_maximumInput = 2000;

bool isSearchable(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(QStringView text)
{
    QString escaped = text.toString();
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The column a field prefix names, or an empty string when it is no field prefix.
QString columnFor(QStringView prefix)
{
    const QString field = prefix.toString().toLower();
    if (field == QLatin1String("from") || field == QLatin1String("to") || field == QLatin1String("cc")) {
        return QStringLiteral("addresses");
    }
    if (field == QLatin1String("subject") || field == QLatin1String("body")) {
        return field;
    }
    return {};
}

} // namespace

QString FtsExpression::fromUserInput(const QString &userQuery)
{
    QString input = userQuery.left(s_maximumInput);
    for (QChar &c : input) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = QLatin1Char(' ');
        }
    }

    QStringList terms;
    const qsizetype length = input.size();
    qsizetype i = 0;
    while (i < length && terms.size() < s_maximumTerms) {
        if (input.at(i).isSpace()) {
            ++i;
            continue;
        }
        QString column;
        // "field:" directly followed by a word or a phrase.
        const qsizetype colon = input.indexOf(QLatin1Char(':'), i);
        if (colon > i && colon + 1 < length && !input.at(colon + 1).isSpace()) {
            const QStringView prefix = QStringView(input).mid(i, colon - i);
            if (std::none_of(
                    prefix.begin(), prefix.end(), [](QChar c) { return c.isSpace() || c == QLatin1Char('"'); })) {
                column = columnFor(prefix);
                if (!column.isEmpty()) {
                    i = colon + 1;
                }
            }
        }
        QString term;
        if (input.at(i) == QLatin1Char('"')) {
            qsizetype end = input.indexOf(QLatin1Char('"'), i + 1);
            end = end < 0 ? length : end;
            const QStringView phrase = QStringView(input).mid(i + 1, end - i - 1);
            if (isSearchable(phrase)) {
                term = quoted(phrase);
            }
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < length && !input.at(end).isSpace()) {
                ++end;
            }
            const QStringView word = QStringView(input).mid(i, end - i);
            if (isSearchable(word)) {
                term = quoted(word) + QLatin1Char('*');
            }
            i = end;
        }
        if (!term.isEmpty()) {
            terms.append(column.isEmpty() ? term : column + QLatin1String(" : ") + term);
        }
    }
    return terms.join(QLatin1String(" AND "));
}

} // namespace Letterbox::Store
