#include "protocol/pop3/pop3reply.h"

namespace Letterbox::Pop3 {

namespace {

constexpr qsizetype maxDisplayLength = 300;

// RFC 2449 section 8: resp-code = "[" resp-level *("/" resp-level) "]", resp-level =
// 1*<any CHAR except CR, LF, "[", "]", "/", SP>. Anything else is ordinary text.
QByteArray responseCode(QByteArrayView text)
{
    if (!text.startsWith('[')) {
        return {};
    }
    const qsizetype end = text.indexOf(']');
    if (end < 2) {
        return {};
    }
    const QByteArrayView inside = text.sliced(1, end - 1);
    bool levelStart = true;
    for (char c : inside) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '/') {
            if (levelStart) {
                return {};
            }
            levelStart = true;
            continue;
        }
        if (u <= 0x20 || u >= 0x7f || c == '[') {
            return {};
        }
        levelStart = false;
    }
    if (levelStart) {
        return {};
    }
    return inside.toByteArray().toUpper();
}

} // namespace

std::optional<Pop3Reply> Pop3Reply::fromStatusLine(QByteArrayView line, bool allowContinuation)
{
    Pop3Reply reply;
    qsizetype textStart = 0;
    if (line.startsWith("+OK") && (line.size() == 3 || line[3] == ' ')) {
        reply.status = Status::Ok;
        textStart = 4;
    } else if (line.startsWith("-ERR") && (line.size() == 4 || line[4] == ' ')) {
        reply.status = Status::Err;
        textStart = 5;
    } else if (allowContinuation && line.startsWith('+') && (line.size() == 1 || line[1] == ' ')) {
        reply.status = Status::Continuation;
        textStart = 2;
    } else {
        return std::nullopt;
    }
    if (textStart < line.size()) {
        reply.text = line.sliced(textStart).toByteArray();
    }
    if (reply.status != Status::Continuation) {
        reply.code = responseCode(reply.text);
    }
    return reply;
}

bool Pop3Reply::hasCode(QByteArrayView name) const
{
    if (code.size() == name.size()) {
        return code.compare(name, Qt::CaseInsensitive) == 0;
    }
    return code.size() > name.size() && code[name.size()] == '/'
        && QByteArrayView(code).first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

QString Pop3Reply::displayText() const
{
    QByteArray cleaned = text.left(maxDisplayLength);
    for (char &c : cleaned) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f) {
            c = '?';
        }
    }
    if (text.size() > maxDisplayLength) {
        cleaned += "...";
    }
    return QString::fromLatin1(cleaned);
}

QString Pop3Reply::toDisplayString() const
{
    const QString status = isOk() ? QStringLiteral("+OK") : isErr() ? QStringLiteral("-ERR") : QStringLiteral("+");
    return text.isEmpty() ? status : status + QLatin1Char(' ') + displayText();
}

} // namespace Letterbox::Pop3
