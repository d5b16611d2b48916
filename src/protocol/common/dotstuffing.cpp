#include "protocol/common/dotstuffing.h"

namespace Letterbox::Protocol {

namespace {

// One pass for both outputs: `stuff` doubles line-leading dots and adds the terminator.
QByteArray transform(QByteArrayView message, bool stuff)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 8);
    bool lineStart = true;
    const qsizetype size = message.size();
    const char *data = message.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\r') {
            out.append("\r\n", 2);
            if (i + 1 < size && data[i + 1] == '\n') {
                ++i;
            }
            lineStart = true;
            continue;
        }
        if (c == '\n') {
            out.append("\r\n", 2);
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.' && stuff) {
            out.append('.');
        }
        out.append(c);
        lineStart = false;
    }
    if (!lineStart) {
        out.append("\r\n", 2); // the message did not end with a line end
    }
    if (stuff) {
        out.append(".\r\n", 3);
    }
    return out;
}

} // namespace

QByteArray DotStuffing::stuffed(QByteArrayView message)
{
    return transform(message, true);
}

QByteArray DotStuffing::normalizedLineEndings(QByteArrayView message)
{
    return transform(message, false);
}

qsizetype DotStuffing::normalizedSize(QByteArrayView message)
{
    qsizetype size = 0;
    bool lineStart = true;
    const qsizetype length = message.size();
    const char *data = message.data();
    for (qsizetype i = 0; i < length; ++i) {
        const char c = data[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < length && data[i + 1] == '\n') {
                ++i;
            }
            size += 2;
            lineStart = true;
        } else {
            ++size;
            lineStart = false;
        }
    }
    return lineStart ? size : size + 2;
}

} // namespace Letterbox::Protocol
