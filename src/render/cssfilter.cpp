#include "render/cssfilter_p.h"

#include <QRegularExpression>

namespace Letterbox::Render::Internal {

namespace {

bool isAllowedProperty(QStringView name)
{
    static const QStringList allowed {
        QStringLiteral("color"),
        QStringLiteral("background-color"),
        QStringLiteral("font"),
        QStringLiteral("font-family"),
        QStringLiteral("font-size"),
        QStringLiteral("font-style"),
        QStringLiteral("font-weight"),
        QStringLiteral("font-variant"),
        QStringLiteral("text-align"),
        QStringLiteral("text-decoration"),
        QStringLiteral("text-indent"),
        QStringLiteral("text-transform"),
        QStringLiteral("line-height"),
        QStringLiteral("letter-spacing"),
        QStringLiteral("word-spacing"),
        QStringLiteral("white-space"),
        QStringLiteral("vertical-align"),
        QStringLiteral("width"),
        QStringLiteral("height"),
        QStringLiteral("margin"),
        QStringLiteral("margin-top"),
        QStringLiteral("margin-bottom"),
        QStringLiteral("margin-left"),
        QStringLiteral("margin-right"),
        QStringLiteral("padding"),
        QStringLiteral("padding-top"),
        QStringLiteral("padding-bottom"),
        QStringLiteral("padding-left"),
        QStringLiteral("padding-right"),
        QStringLiteral("border"),
        QStringLiteral("border-width"),
        QStringLiteral("border-style"),
        QStringLiteral("border-color"),
        QStringLiteral("border-collapse"),
        QStringLiteral("list-style-type"),
        QStringLiteral("direction"),
    };
    return allowed.contains(name);
}

// What a kept value may hold: no "(" except rgb()/rgba(), no escapes (CSS "\75rl(" is
// url(), no comments, no quotes of markup.
bool isSafeValue(const QString &value)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\<>{};@]|/\*|\*/)"));
    if (value.contains(unsafe)) {
        return false;
    }
    static const QRegularExpression call(QStringLiteral(R"(([a-zA-Z-]*)\s*\()"));
    auto it = call.globalMatch(value);
    while (it.hasNext()) {
        const QString function = it.next().captured(1).toLower();
        if (function != QLatin1String("rgb") && function != QLatin1String("rgba")) {
            return false;
        }
    }
    return true;
}

void collectUrls(const QString &text, QStringList *urls)
{
    // Escapes are resolved by a CSS engine, so a match on the raw text could miss
    // "\75rl("; values with a backslash are dropped by isSafeValue() anyway.
    static const QRegularExpression url(QStringLiteral(R"re(url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression import(
        QStringLiteral(R"re(@import\s+(?:"([^"]*)"|'([^']*)'))re"), QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *expression : {&url, &import}) {
        auto it = expression->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            for (int group = 1; group <= 3; ++group) {
                if (match.capturedLength(group) > 0) {
                    urls->append(match.captured(group).trimmed());
                    break;
                }
            }
        }
    }
}

} // namespace

QString filterStyle(const QString &style, QStringList *urls)
{
    collectUrls(style, urls);
    QStringList kept;
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        const QString name = declaration.left(colon).trimmed().toLower();
        QString value = declaration.mid(colon + 1).trimmed();
        if (value.endsWith(QLatin1String("!important"), Qt::CaseInsensitive)) {
            value.chop(10);
            value = value.trimmed();
        }
        if (!isAllowedProperty(name) || value.isEmpty() || !isSafeValue(value)) {
            continue;
        }
        kept.append(name + QLatin1String(": ") + value);
    }
    return kept.join(QLatin1String("; "));
}

QStringList cssUrls(const QString &css)
{
    QStringList urls;
    collectUrls(css, &urls);
    return urls;
}

QString filterColor(const QString &value)
{
    static const QRegularExpression color(QStringLiteral(R"(^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{1,20})$)"));
    const QString trimmed = value.trimmed();
    return color.match(trimmed).hasMatch() ? trimmed : QString();
}

QString filterLength(const QString &value)
{
    static const QRegularExpression length(QStringLiteral(R"(^[0-9]{1,5}(%|px)?$)"));
    const QString trimmed = value.trimmed();
    return length.match(trimmed).hasMatch() ? trimmed : QString();
}

} // namespace Letterbox::Render::Internal
