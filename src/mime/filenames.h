#pragma once

#include <QString>

namespace Letterbox::Mime {

/**
 * @short A file name from a stranger's message, made safe to save under.
 *
 * Attachment names (Content-Disposition filename, RFC 2183 and RFC 2231, or the
 * Content-Type name parameter) are attacker-controlled. The result:
 *  - has no directory part: only the last component of "../../x", "/etc/passwd",
 *    "C:\\x" survives; "." and ".." are gone;
 *  - has no control characters, no direction overrides (the "invoice\u202Efdp.exe"
 *    trick), none of / \\ : * ? " < > | (Windows and Linux both stay safe);
 *  - does not start with a dot or a blank (no hidden files) nor end with a dot or blank;
 *  - is not a reserved Windows device name (CON, NUL, COM1...);
 *  - is at most Limits::maxFileNameBytes UTF-8 bytes, keeping its extension;
 *  - is never empty: "attachment" plus an extension for @p mimeType.
 * Unicode is normalised to NFC so the same name always compares equal.
 */
[[nodiscard]] QString sanitizedFileName(const QString &name, const QString &mimeType = QString());

/// The usual extension with its dot (".pdf") for a MIME type, from a small table of the
/// types mail carries; ".bin" for anything else, ".txt" for other text/*.
[[nodiscard]] QString extensionForMimeType(const QString &mimeType);

} // namespace Letterbox::Mime
