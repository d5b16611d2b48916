#include "protocol/imap/imapmailboxname.h"

#include <QList>
#include <QStringDecoder>

namespace Letterbox::Imap {

namespace {

constexpr char s_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int alphabetValue(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == ',') {
        return 63;
    }
    return -1;
}

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

void appendBase64(QByteArray &out, const QList<char16_t> &units)
{
    quint32 buffer = 0;
    int bits = 0;
    for (char16_t unit : units) {
        buffer = (buffer << 16) | unit;
        bits += 16;
        while (bits >= 6) {
            bits -= 6;
            out.append(s_alphabet[(buffer >> bits) & 0x3f]);
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0) {
        out.append(s_alphabet[(buffer << (6 - bits)) & 0x3f]);
    }
}

} // namespace

QByteArray ImapMailboxName::encodeModifiedUtf7(const QString &name)
{
    QByteArray out;
    out.reserve(name.size());
    QList<char16_t> pending;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            out.append('&');
            appendBase64(out, pending);
            out.append('-');
            pending.clear();
        }
    };
    for (QChar qc : name) {
        const char16_t c = qc.unicode();
        if (isDirect(c)) {
            flush();
            if (c == '&') {
                out.append("&-");
            } else {
                out.append(char(c));
            }
        } else {
            pending.append(c);
        }
    }
    flush();
    return out;
}

std::optional<QString> ImapMailboxName::decodeModifiedUtf7(QByteArrayView wire)
{
    QString out;
    out.reserve(wire.size());
    qsizetype i = 0;
    while (i < wire.size()) {
        const char c = wire[i];
        if (!isDirect(char16_t(static_cast<unsigned char>(c)))) {
            return std::nullopt; // 8-bit or a control byte: not modified UTF-7
        }
        if (c != '&') {
            out.append(QLatin1Char(c));
            ++i;
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0) {
            return std::nullopt;
        }
        if (end == i + 1) {
            out.append(QLatin1Char('&'));
            i = end + 1;
            continue;
        }
        quint32 buffer = 0;
        int bits = 0;
        QString run;
        for (qsizetype j = i + 1; j < end; ++j) {
            const int value = alphabetValue(wire[j]);
            if (value < 0) {
                return std::nullopt;
            }
            buffer = (buffer << 6) | quint32(value);
            bits += 6;
            if (bits >= 16) {
                bits -= 16;
                const char16_t unit = char16_t((buffer >> bits) & 0xffff);
                if (isDirect(unit)) {
                    return std::nullopt; // printable ASCII must be sent directly
                }
                run.append(QChar(unit));
                buffer &= (1u << bits) - 1;
            }
        }
        // Minimal encoding leaves fewer than 6 zero bits (RFC 2152 via RFC 3501 5.1.3).
        if (bits >= 6 || buffer != 0 || run.isEmpty()) {
            return std::nullopt;
        }
        for (qsizetype k = 0; k < run.size(); ++k) {
            const QChar unit = run[k];
            if (unit.isHighSurrogate()) {
                if (k + 1 >= run.size() || !run[k + 1].isLowSurrogate()) {
                    return std::nullopt;
                }
                ++k;
            } else if (unit.isLowSurrogate()) {
                return std::nullopt;
            }
        }
        out.append(run);
        i = end + 1;
        // "&AOQ-&AOQ-" is the non-minimal form of "&AOQA5A-": refused as well.
        if (i < wire.size() && wire[i] == '&' && i + 1 < wire.size() && wire[i + 1] != '-') {
            return std::nullopt;
        }
    }
    return out;
}

QByteArray ImapMailboxName::toWire(const QString &name, bool utf8Accepted)
{
    if (isInbox(name.toUtf8())) {
        return QByteArrayLiteral("INBOX");
    }
    return utf8Accepted ? name.toUtf8() : encodeModifiedUtf7(name);
}

QString ImapMailboxName::fromWire(QByteArrayView wire, bool utf8Accepted)
{
    if (isInbox(wire)) {
        return QStringLiteral("INBOX");
    }
    if (utf8Accepted) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(wire);
        if (!decoder.hasError()) {
            return text;
        }
    }
    if (auto decoded = decodeModifiedUtf7(wire)) {
        return *decoded;
    }
    return QString::fromLatin1(wire.data(), wire.size());
}

bool ImapMailboxName::isInbox(QByteArrayView name)
{
    return name.compare("INBOX", Qt::CaseInsensitive) == 0;
}

} // namespace Letterbox::Imap
