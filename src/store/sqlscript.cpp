#include "store/sqlscript.h"

namespace Letterbox::Store {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Statements that only hold comments are not statements.
bool hasContent(const QString &statement)
{
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (c.isSpace()) {
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < statement.size() && statement.at(i + 1) == QLatin1Char('-')) {
            i = statement.indexOf(QLatin1Char('\n'), i);
            if (i < 0) {
                return false;
            }
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < statement.size() && statement.at(i + 1) == QLatin1Char('*')) {
            i = statement.indexOf(QLatin1String("*/"), i + 2);
            if (i < 0) {
                return false;
            }
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    // Words seen at nesting depth 0 of the current statement, enough to recognise
    // "CREATE [TEMP|TEMPORARY] TRIGGER".
    QStringList leadingWords;
    bool isTrigger = false;
    int depth = 0; // BEGIN/CASE … END nesting inside a trigger body

    const qsizetype length = script.size();
    qsizetype i = 0;
    auto flush = [&]() {
        const QString statement = current.trimmed();
        if (hasContent(statement)) {
            statements.append(statement);
        }
        current.clear();
        leadingWords.clear();
        isTrigger = false;
        depth = 0;
    };

    while (i < length) {
        const QChar c = script.at(i);
        // Quoted text: '…', "…", `…`, […]; a doubled quote is an escaped quote.
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            qsizetype end = i + 1;
            while (end < length) {
                if (script.at(end) == close) {
                    if (close != QLatin1Char(']') && end + 1 < length && script.at(end + 1) == close) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            end = qMin(end + 1, length);
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < length && script.at(i + 1) == QLatin1Char('-')) {
            qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            end = end < 0 ? length : end;
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < length && script.at(i + 1) == QLatin1Char('*')) {
            qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? length : end + 2;
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (isWordCharacter(c)) {
            qsizetype end = i;
            while (end < length && isWordCharacter(script.at(end))) {
                ++end;
            }
            const QString word = script.mid(i, end - i).toUpper();
            if (leadingWords.size() < 3) {
                leadingWords.append(word);
                isTrigger = leadingWords.value(0) == QLatin1String("CREATE")
                    && (leadingWords.value(1) == QLatin1String("TRIGGER")
                        || ((leadingWords.value(1) == QLatin1String("TEMP")
                                || leadingWords.value(1) == QLatin1String("TEMPORARY"))
                            && leadingWords.value(2) == QLatin1String("TRIGGER")));
            }
            if (isTrigger) {
                if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE")) {
                    ++depth;
                } else if (word == QLatin1String("END") && depth > 0) {
                    --depth;
                }
            }
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace Letterbox::Store
