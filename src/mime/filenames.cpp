#include "mime/filenames.h"

#include "mime/mimelimits.h"
#include "mime/spoofingcheck.h"

#include <QStringList>

namespace Letterbox::Mime {

namespace {

struct Extension
{
    const char *mimeType;
    const char *extension;
};

// The types mail actually carries; QMimeDatabase is in QtCore but reads the
// shared-mime-info database from disk, which this layer must not depend on.
const Extension s_extensions[] = {
    {"text/plain", ".txt"},
    {"text/html", ".html"},
    {"text/calendar", ".ics"},
    {"text/vcard", ".vcf"},
    {"text/x-vcard", ".vcf"},
    {"text/csv", ".csv"},
    {"text/xml", ".xml"},
    {"message/rfc822", ".eml"},
    {"message/global", ".eml"},
    {"application/pdf", ".pdf"},
    {"application/zip", ".zip"},
    {"application/gzip", ".gz"},
    {"application/json", ".json"},
    {"application/xml", ".xml"},
    {"application/msword", ".doc"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"},
    {"application/vnd.ms-excel", ".xls"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"},
    {"application/vnd.oasis.opendocument.text", ".odt"},
    {"application/vnd.oasis.opendocument.spreadsheet", ".ods"},
    {"application/pgp-signature", ".asc"},
    {"application/pgp-encrypted", ".asc"},
    {"application/pgp-keys", ".asc"},
    {"application/pkcs7-signature", ".p7s"},
    {"application/x-pkcs7-signature", ".p7s"},
    {"application/ics", ".ics"},
    {"image/png", ".png"},
    {"image/jpeg", ".jpg"},
    {"image/gif", ".gif"},
    {"image/webp", ".webp"},
    {"image/svg+xml", ".svg"},
    {"image/bmp", ".bmp"},
    {"image/tiff", ".tiff"},
    {"audio/mpeg", ".mp3"},
    {"audio/ogg", ".ogg"},
    {"video/mp4", ".mp4"},
};

bool isForbidden(QChar c)
{
    return c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>'
        || c == u'|';
}

bool isReservedDeviceName(const QString &name)
{
    // Windows refuses these with any extension ("NUL.txt" too).
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList s_reserved
        = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (s_reserved.contains(stem)) {
        return true;
    }
    return stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))
        && stem.at(3) >= u'1' && stem.at(3) <= u'9';
}

/// @p text cut to at most @p bytes UTF-8 bytes, never inside a surrogate pair.
QString truncatedToUtf8Bytes(const QString &text, qsizetype bytes)
{
    qsizetype used = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char16_t u = text.at(i).unicode();
        const qsizetype cost = pair ? 4 : (u < 0x80 ? 1 : (u < 0x800 ? 2 : 3));
        if (used + cost > bytes) {
            break;
        }
        used += cost;
        i += pair ? 2 : 1;
    }
    return text.left(i);
}

} // namespace

QString extensionForMimeType(const QString &mimeType)
{
    const QString type = mimeType.trimmed().toLower();
    for (const Extension &entry : s_extensions) {
        if (type == QLatin1String(entry.mimeType)) {
            return QLatin1String(entry.extension);
        }
    }
    return type.startsWith(QLatin1String("text/")) ? QStringLiteral(".txt") : QStringLiteral(".bin");
}

QString sanitizedFileName(const QString &name, const QString &mimeType)
{
    // Only the last path component, whichever separator the sender's system uses.
    QString base = name;
    const qsizetype separator = qMax(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (separator >= 0) {
        base = base.mid(separator + 1);
    }
    if (base.size() >= 2 && base.at(1) == u':' && base.at(0).isLetter()) {
        base = base.mid(2); // "C:x", a drive-relative path
    }

    QString clean;
    clean.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (SpoofingCheck::isUnsafeCharacter(c.unicode()) || c == u'\uFEFF') {
            continue;
        }
        clean.append(isForbidden(c) ? QChar(u'_') : c);
    }
    clean = clean.normalized(QString::NormalizationForm_C);

    // No hidden files, nothing Windows silently drops.
    qsizetype start = 0;
    while (start < clean.size() && (clean.at(start) == u'.' || clean.at(start).isSpace())) {
        ++start;
    }
    qsizetype end = clean.size();
    while (end > start && (clean.at(end - 1) == u'.' || clean.at(end - 1).isSpace())) {
        --end;
    }
    clean = clean.mid(start, end - start);

    if (clean.isEmpty()) {
        return QStringLiteral("attachment") + extensionForMimeType(mimeType);
    }
    if (isReservedDeviceName(clean)) {
        clean.prepend(u'_');
    }

    if (clean.toUtf8().size() > Limits::maxFileNameBytes) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        QString extension = dot > 0 ? clean.mid(dot) : QString();
        if (extension.toUtf8().size() > 16) {
            extension.clear(); // not a real extension: "a.<300 characters>"
        }
        const QString stem = extension.isEmpty() ? clean : clean.left(dot);
        clean = truncatedToUtf8Bytes(stem, Limits::maxFileNameBytes - extension.toUtf8().size()).trimmed() + extension;
    }
    return clean;
}

} // namespace Letterbox::Mime
