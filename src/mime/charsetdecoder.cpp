#include "mime/charsetdecoder.h"

#include "mime/gmimeglue_p.h"

#include <cerrno>

namespace Letterbox::Mime {

namespace {

// windows-1252 0x80..0x9F; the five undefined bytes keep their C1 code point (as
// the WHATWG Encoding Standard does) and are later replaced like any control.
const char16_t s_windows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(s_windows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

struct Utf8Scan
{
    qsizetype invalid = 0;
    qsizetype multibyte = 0;
};

// Counts valid multi-byte sequences and invalid ones (RFC 3629 section 4: no
// overlongs, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        }
        if (length == 0 || end - p < length || p[1] < low || p[1] > high) {
            ++scan.invalid;
            ++p;
            continue;
        }
        bool valid = true;
        for (int i = 2; i < length; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF) {
                valid = false;
                break;
            }
        }
        if (!valid) {
            ++scan.invalid;
            ++p;
            continue;
        }
        ++scan.multibyte;
        p += length;
    }
    return scan;
}

QByteArray normalisedLabel(const QByteArray &charset)
{
    QByteArray label = charset.trimmed().toLower();
    while (label.startsWith('"') || label.startsWith('\'')) {
        label.remove(0, 1);
    }
    while (label.endsWith('"') || label.endsWith('\'')) {
        label.chop(1);
    }
    // A real charset name is short and plain; anything else is noise.
    if (label.size() > 40) {
        return QByteArray();
    }
    for (const char c : label) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':'
            || c == '+';
        if (!ok) {
            return QByteArray();
        }
    }
    return label;
}

bool isAsciiLabel(const QByteArray &label)
{
    return label == "us-ascii" || label == "ascii" || label == "ansi_x3.4-1968" || label == "us"
        || label == "unknown-8bit" || label == "x-unknown" || label == "unknown" || label == "default";
}

bool isUtf8Label(const QByteArray &label)
{
    return label == "utf-8" || label == "utf8" || label == "x-utf-8" || label == "unicode-1-1-utf-8";
}

bool isLatin1Label(const QByteArray &label)
{
    return label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "latin-1" || label == "l1"
        || label == "iso_8859-1" || label == "windows-1252" || label == "cp1252" || label == "x-cp1252"
        || label == "cp819" || label == "ibm819";
}

// Strict UTF-8, or nearly: a long UTF-8 text with one damaged byte is still UTF-8
// (a Latin-1 reading would garble every other non-ASCII character).
bool looksLikeUtf8(const QByteArray &bytes)
{
    const Utf8Scan scan = scanUtf8(bytes);
    return scan.invalid == 0 || (scan.multibyte > 0 && scan.invalid * 20 <= scan.multibyte);
}

CharsetDecoder::Result guess(const QByteArray &bytes, bool labelled)
{
    if (isAscii(bytes)) {
        return {QString::fromLatin1(bytes), QByteArrayLiteral("us-ascii"), false};
    }
    if (looksLikeUtf8(bytes)) {
        return {QString::fromUtf8(bytes), QByteArrayLiteral("utf-8"), labelled};
    }
    return {decodeWindows1252(bytes), QByteArrayLiteral("windows-1252"), true};
}

enum class Conversion { Done, UnknownCharset, TooManyErrors };

// iconv into UTF-8. Invalid input bytes become U+FFFD and are counted in @p errors;
// past a few percent of the input the bytes are clearly not in this charset and the
// conversion stops (each error costs an iconv call: a 4 MB binary blob would
// otherwise make four million of them).
Conversion convertWithIconv(const QByteArray &bytes, const char *charset, QByteArray *utf8, qsizetype *errors)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return Conversion::UnknownCharset;
    }
    const qsizetype maxErrors = qMax<qsizetype>(16, bytes.size() / 32);
    utf8->clear();
    utf8->reserve(bytes.size() + bytes.size() / 2);
    *errors = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    while (inLeft > 0 && *errors <= maxErrors) {
        char *out = buffer.data();
        size_t outLeft = size_t(buffer.size());
        const size_t rc = iconv(cd, &in, &inLeft, &out, &outLeft);
        const int error = errno;
        utf8->append(buffer.constData(), buffer.size() - qsizetype(outLeft));
        if (rc != size_t(-1) || error == E2BIG) {
            continue;
        }
        // EILSEQ (invalid) or EINVAL (truncated at the end): skip one byte.
        ++*errors;
        utf8->append("\xEF\xBF\xBD");
        ++in;
        --inLeft;
    }
    // Writes the reset sequence of stateful charsets (ISO-2022-JP).
    char *out = buffer.data();
    size_t outLeft = size_t(buffer.size());
    iconv(cd, nullptr, nullptr, &out, &outLeft);
    utf8->append(buffer.constData(), buffer.size() - qsizetype(outLeft));
    g_mime_iconv_close(cd);
    return *errors > maxErrors ? Conversion::TooManyErrors : Conversion::Done;
}

} // namespace

CharsetDecoder::Result CharsetDecoder::decode(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray label = normalisedLabel(charset);
    if (label.isEmpty() && !charset.trimmed().isEmpty()) {
        // A label that is not even a name: treat like an unknown charset.
        Result result = guess(bytes, true);
        result.usedFallback = result.usedFallback || !isAscii(bytes);
        return result;
    }
    if (label.isEmpty() || isAsciiLabel(label)) {
        return guess(bytes, !label.isEmpty());
    }
    if (isUtf8Label(label)) {
        if (looksLikeUtf8(bytes)) {
            return {QString::fromUtf8(bytes), QByteArrayLiteral("utf-8"), false};
        }
        return {decodeWindows1252(bytes), QByteArrayLiteral("windows-1252"), true};
    }
    if (isLatin1Label(label)) {
        return {decodeWindows1252(bytes), QByteArrayLiteral("windows-1252"), false};
    }
    if (isAscii(bytes) && !label.startsWith("utf-16") && !label.startsWith("utf-32") && !label.startsWith("ucs")
        && !label.startsWith("utf-7") && !label.contains("2022")) {
        // Every ASCII-compatible charset maps ASCII to itself; skip iconv.
        return {QString::fromLatin1(bytes), QByteArrayLiteral("us-ascii"), false};
    }
    Internal::ensureGMimeInitialised();
    const char *iconvName = g_mime_charset_iconv_name(label.constData());
    QByteArray utf8;
    qsizetype errors = 0;
    if (!iconvName || convertWithIconv(bytes, iconvName, &utf8, &errors) != Conversion::Done) {
        Result result = guess(bytes, true);
        result.usedFallback = true;
        return result;
    }
    if (errors == 0) {
        return {QString::fromUtf8(utf8), label, false};
    }
    if (looksLikeUtf8(bytes)) {
        return {QString::fromUtf8(bytes), QByteArrayLiteral("utf-8"), true};
    }
    return {QString::fromUtf8(utf8), label, true};
}

QByteArray CharsetDecoder::sniffHtmlCharset(const QByteArray &html)
{
    const QByteArray head = html.left(4096).toLower();
    qsizetype meta = head.indexOf("<meta");
    while (meta >= 0) {
        const qsizetype tagEnd = head.indexOf('>', meta);
        const qsizetype end = tagEnd < 0 ? head.size() : tagEnd;
        const qsizetype at = head.indexOf("charset", meta);
        if (at >= 0 && at < end) {
            qsizetype i = at + 7;
            while (i < end && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) {
                ++i;
            }
            qsizetype j = i;
            while (j < end
                && ((head[j] >= 'a' && head[j] <= 'z') || (head[j] >= '0' && head[j] <= '9') || head[j] == '-'
                    || head[j] == '_' || head[j] == '.' || head[j] == ':')) {
                ++j;
            }
            if (j > i) {
                return head.mid(i, j - i);
            }
        }
        meta = head.indexOf("<meta", end);
    }
    return QByteArray();
}

} // namespace Letterbox::Mime
