#include "mime/threadingkeys.h"

#include <QList>

namespace Letterbox::Mime {

namespace {

// Prefixes, lower case, that mean "reply" or "forward" in the mailers people use
// (English, German AW/WG, French TR, Scandinavian SV/VS, Dutch Antw).
const char *const s_prefixes[] = {"re", "fwd", "fw", "aw", "wg", "tr", "sv", "vs", "antw"};

/// Length of a reply/forward prefix at @p at ("Re:", "Re[2]:", "Re (2) :"), or 0.
qsizetype prefixLength(const QString &text, qsizetype at)
{
    for (const char *prefix : s_prefixes) {
        const QLatin1String word(prefix);
        if (text.mid(at, word.size()).compare(word, Qt::CaseInsensitive) != 0) {
            continue;
        }
        qsizetype i = at + word.size();
        if (i < text.size() && (text.at(i) == u'[' || text.at(i) == u'(')) {
            const QChar close = text.at(i) == u'[' ? u']' : u')';
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isDigit()) {
                ++j;
            }
            if (j == i + 1 || j >= text.size() || text.at(j) != close) {
                continue;
            }
            i = j + 1;
        }
        while (i < text.size() && text.at(i) == u' ') {
            ++i;
        }
        if (i < text.size() && (text.at(i) == u':' || text.at(i) == u'\uFF1A')) {
            return i + 1 - at;
        }
    }
    return 0;
}

QString stripPrefixes(const QString &text)
{
    qsizetype at = 0;
    while (true) {
        while (at < text.size() && text.at(at).isSpace()) {
            ++at;
        }
        const qsizetype length = prefixLength(text, at);
        if (length == 0) {
            break;
        }
        at += length;
    }
    return text.mid(at);
}

} // namespace

QString threadingSubject(const QString &subject)
{
    QString text = subject.simplified();
    QString tag;
    // "[list] Re: x" and "Re: [list] x" are the same thread: keep one leading tag.
    for (int round = 0; round < 2; ++round) {
        text = stripPrefixes(text);
        if (tag.isEmpty() && text.startsWith(u'[')) {
            const qsizetype close = text.indexOf(u']');
            if (close > 0 && close <= 64) {
                tag = text.left(close + 1);
                text = text.mid(close + 1);
                continue;
            }
        }
        break;
    }
    text = text.trimmed();
    if (tag.isEmpty()) {
        return text;
    }
    return text.isEmpty() ? tag : tag + u' ' + text;
}

QStringList extractMessageIds(const QByteArray &raw, int maximum)
{
    QStringList ids;
    auto add = [&ids](QByteArray id) {
        id.replace('\r', QByteArray())
            .replace('\n', QByteArray())
            .replace(' ', QByteArray())
            .replace('\t', QByteArray());
        if (!id.isEmpty() && id.size() <= 998) {
            ids.append(QString::fromUtf8(id));
        }
    };
    qsizetype i = 0;
    bool sawAngle = false;
    while (i < raw.size()) {
        const qsizetype open = raw.indexOf('<', i);
        if (open < 0) {
            break;
        }
        const qsizetype close = raw.indexOf('>', open + 1);
        if (close < 0) {
            break;
        }
        // "<<a@b>" and "<a <b@c>": the innermost opening bracket starts the ID.
        const qsizetype inner = raw.lastIndexOf('<', close);
        sawAngle = true;
        add(raw.mid(inner + 1, close - inner - 1));
        i = close + 1;
    }
    if (!sawAngle) {
        for (const QByteArray &token : raw.simplified().split(' ')) {
            if (token.contains('@')) {
                QByteArray id = token;
                while (id.startsWith('<')) {
                    id.remove(0, 1);
                }
                while (id.endsWith('>')) {
                    id.chop(1);
                }
                add(id);
            }
        }
    }
    if (maximum >= 0 && ids.size() > maximum) {
        ids = ids.mid(ids.size() - maximum);
    }
    return ids;
}

QString firstMessageId(const QByteArray &raw)
{
    const QStringList ids = extractMessageIds(raw, -1);
    return ids.isEmpty() ? QString() : ids.first();
}

} // namespace Letterbox::Mime
