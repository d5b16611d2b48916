#include "mime/spoofingcheck.h"

#include "mime/charsetdecoder.h"
#include "mime/structureguard_p.h"

#include <QCoreApplication>

namespace Letterbox::Mime {

namespace {

bool isDirectionOverride(char32_t c)
{
    // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI (Unicode bidi algorithm).
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isAtSign(char32_t c)
{
    return c == U'@' || c == 0xFF20 /* FULLWIDTH COMMERCIAL AT */ || c == 0xFE6B /* SMALL COMMERCIAL AT */;
}

bool isAddressStructure(char32_t c)
{
    return isAtSign(c) || c == U'<' || c == U'>' || c == 0xFF1C || c == 0xFF1E;
}

// Ends an address-like token inside a display name.
bool isTokenBoundary(QChar c)
{
    return c.isSpace() || c == u'<' || c == u'>' || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'"'
        || c == u'\'' || c == u',' || c == u';' || c == u':' || c == u'\uFF1C' || c == u'\uFF1E';
}

QString shortened(const QString &text)
{
    return text.size() > 80 ? text.left(77) + QLatin1String("...") : text;
}

/// Address-like tokens ("x@y.z") in a display name, normalised to lower case with
/// full-width at signs folded to '@'.
QStringList addressesIn(const QString &name)
{
    QStringList found;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isAtSign(name.at(i).unicode())) {
            continue;
        }
        qsizetype left = i;
        while (left > 0 && !isTokenBoundary(name.at(left - 1))) {
            --left;
        }
        qsizetype right = i + 1;
        while (right < name.size() && !isTokenBoundary(name.at(right))) {
            ++right;
        }
        const QString local = name.mid(left, i - left);
        QString domain = name.mid(i + 1, right - i - 1);
        while (domain.endsWith(u'.')) {
            domain.chop(1);
        }
        if (!local.isEmpty() && domain.contains(u'.') && !domain.startsWith(u'.')) {
            found.append(local.toLower() + u'@' + domain.toLower());
        }
        i = right - 1;
    }
    return found;
}

struct EncodedWord
{
    QByteArray charset;
    char encoding = 0;
    QByteArray text;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

/// The Q encoding (RFC 2047 section 4.2): '_' is a space, =XX a byte.
QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out.append(' ');
            continue;
        }
        if (c == '=' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

/// Encoded words in @p raw (RFC 2047 section 2), read leniently as GMime does in
/// loose mode. Each scan stops at the next '?', so the whole pass is linear.
QList<EncodedWord> encodedWords(const QByteArray &raw)
{
    QList<EncodedWord> words;
    qsizetype i = raw.indexOf("=?");
    while (i >= 0) {
        const qsizetype charsetEnd = raw.indexOf('?', i + 2);
        if (charsetEnd < 0) {
            break;
        }
        const bool shape = charsetEnd - i - 2 > 0 && charsetEnd - i - 2 <= 64 && charsetEnd + 2 < raw.size()
            && raw[charsetEnd + 2] == '?';
        if (!shape) {
            i = raw.indexOf("=?", i + 2);
            continue;
        }
        const char encoding = char(raw[charsetEnd + 1] | 0x20);
        const qsizetype textEnd = raw.indexOf('?', charsetEnd + 3);
        if ((encoding != 'b' && encoding != 'q') || textEnd < 0 || textEnd + 1 >= raw.size()
            || raw[textEnd + 1] != '=') {
            i = raw.indexOf("=?", i + 2);
            continue;
        }
        QByteArray charset = raw.mid(i + 2, charsetEnd - i - 2);
        const qsizetype language = charset.indexOf('*'); // RFC 2231 section 5
        if (language >= 0) {
            charset.truncate(language);
        }
        words.append({charset, encoding, raw.mid(charsetEnd + 3, textEnd - charsetEnd - 3)});
        i = raw.indexOf("=?", textEnd + 2);
    }
    return words;
}

} // namespace

bool SpoofingCheck::isUnsafeCharacter(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || isDirectionOverride(c) || c == 0x2028 || c == 0x2029;
}

QString SpoofingCheck::cleanDisplayString(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n' || u == u'\t' || u == 0x2028 || u == 0x2029) {
            clean.append(u' ');
        } else if (isDirectionOverride(u) || u == 0xFEFF) {
            continue;
        } else if (isUnsafeCharacter(u)) {
            clean.append(QChar(QChar::ReplacementCharacter));
        } else {
            clean.append(c);
        }
    }
    return clean;
}

QStringList SpoofingCheck::checkAddress(const Address &address, const QString &fieldName)
{
    QStringList warnings;
    if (address.email.contains(QLatin1String("=?"))) {
        warnings.append(QCoreApplication::translate("Letterbox::Mime::SpoofingCheck",
            "The %1 address \"%2\" contains encoded text, a trick used to fake the sender.")
                            .arg(fieldName, shortened(address.email)));
    } else if (address.email.contains(QChar(QChar::ReplacementCharacter))) {
        warnings.append(QCoreApplication::translate(
            "Letterbox::Mime::SpoofingCheck", "The %1 address \"%2\" contains invalid characters.")
                            .arg(fieldName, shortened(address.email)));
    }
    const QString real = address.email.toLower();
    for (const QString &named : addressesIn(address.name)) {
        if (named != real) {
            warnings.append(QCoreApplication::translate("Letterbox::Mime::SpoofingCheck",
                "The %1 name \"%2\" contains the address %3, but the real address is %4.")
                                .arg(fieldName, shortened(address.name), shortened(named), shortened(address.email)));
            break;
        }
    }
    return warnings;
}

QStringList SpoofingCheck::checkEncodedWords(const QString &fieldName, const QByteArray &rawValue, bool isAddressField)
{
    bool control = false;
    bool structure = false;
    const QList<EncodedWord> words = encodedWords(rawValue);
    for (const EncodedWord &word : words) {
        const QByteArray bytes = word.encoding == 'b' ? QByteArray::fromBase64(word.text) : decodeQ(word.text);
        const QString text = CharsetDecoder::decode(bytes, word.charset).text;
        for (const char32_t c : text.toUcs4()) {
            control = control || isUnsafeCharacter(c);
            structure = structure || (isAddressField && isAddressStructure(c));
        }
    }
    QStringList warnings;
    if (control) {
        warnings.append(QCoreApplication::translate("Letterbox::Mime::SpoofingCheck",
            "An encoded word in the %1 header hides control characters (line breaks, NUL or "
            "text-direction overrides).")
                            .arg(fieldName));
    }
    if (structure) {
        warnings.append(QCoreApplication::translate("Letterbox::Mime::SpoofingCheck",
            "An encoded word in the %1 header hides address characters (@, <, >), a trick used to fake the sender.")
                            .arg(fieldName));
    }
    return warnings;
}

QStringList SpoofingCheck::checkRawCharacters(const QString &fieldName, const QByteArray &rawValue)
{
    const auto *p = reinterpret_cast<const unsigned char *>(rawValue.constData());
    const qsizetype size = rawValue.size();
    bool unsafe = false;
    for (qsizetype i = 0; i < size && !unsafe; ++i) {
        const unsigned char c = p[i];
        if (c == '\r') {
            unsafe = i + 1 >= size || p[i + 1] != '\n'; // a bare CR, not folding
        } else if (c < 0x20 && c != '\n' && c != '\t') {
            unsafe = true;
        } else if (c == 0x7F) {
            unsafe = true;
        } else if (c == 0xC2 && i + 1 < size && p[i + 1] >= 0x80 && p[i + 1] < 0xA0) {
            unsafe = true; // a C1 control in UTF-8
        } else if (c == 0xE2 && i + 2 < size
            && ((p[i + 1] == 0x80 && p[i + 2] >= 0xAA && p[i + 2] <= 0xAE)
                || (p[i + 1] == 0x81 && p[i + 2] >= 0xA6 && p[i + 2] <= 0xA9))) {
            unsafe = true; // a direction override or isolate in UTF-8
        } else if (c == 0xEF && i + 2 < size && p[i + 1] == 0xBF && p[i + 2] == 0xBD) {
            unsafe = true; // U+FFFD: what the structure guard makes of a NUL byte
        }
    }
    if (!unsafe) {
        return {};
    }
    return {QCoreApplication::translate(
        "Letterbox::Mime::SpoofingCheck", "The %1 header contains control or text-direction characters.")
                .arg(fieldName)};
}

QStringList SpoofingCheck::check(const ParsedMessage &message)
{
    QStringList warnings;
    for (const HeaderField &field : message.headers) {
        const bool addressField = Internal::isAddressField(field.name.toLatin1());
        warnings += checkEncodedWords(field.name, field.rawValue, addressField);
        warnings += checkRawCharacters(field.name, field.rawValue);
    }
    const struct
    {
        const AddressList *list;
        const char *name;
    } senders[] = {{&message.from, "From"}, {&message.sender, "Sender"}, {&message.replyTo, "Reply-To"}};
    for (const auto &entry : senders) {
        for (const Address &address : *entry.list) {
            warnings += checkAddress(address, QLatin1String(entry.name));
        }
    }
    if (message.from.size() > 1 && message.sender.isEmpty()) {
        warnings.append(QCoreApplication::translate(
            "Letterbox::Mime::SpoofingCheck", "The message names %1 senders in From but no Sender.")
                            .arg(message.from.size()));
    }
    warnings.removeDuplicates();
    return warnings;
}

} // namespace Letterbox::Mime
