#pragma once

// Private to src/mime: the only header that includes GMime, and only .cpp files of
// this module include it. GMime comes first because GLib uses "signals" as a member
// name (QT_NO_KEYWORDS is set project-wide as well).
#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace Letterbox::Mime::Internal {

/// Initialises GMime once per process; safe to call from any thread, any number of
/// times. GMime is never shut down: its charset tables live as long as the process.
void ensureGMimeInitialised();

template<typename T> struct GObjectUnref
{
    void operator()(T *object) const
    {
        if (object) {
            g_object_unref(object);
        }
    }
};
/// Owns one GObject reference.
template<typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref<T>>;

struct GFree
{
    void operator()(void *memory) const { g_free(memory); }
};
/// Owns a g_malloc'ed string.
using GCharPtr = std::unique_ptr<char, GFree>;

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions *options) const { g_mime_parser_options_free(options); }
};
using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsFree>;

struct FormatOptionsFree
{
    void operator()(GMimeFormatOptions *options) const { g_mime_format_options_free(options); }
};
using FormatOptionsPtr = std::unique_ptr<GMimeFormatOptions, FormatOptionsFree>;

/// Fresh parser options: loose RFC compliance everywhere (real mail is not
/// compliant) and UTF-8 then windows-1252 for unlabelled 8-bit header text.
ParserOptionsPtr newParserOptions();

/// Process-wide read-only options of the same kind, for one-shot header decoding.
/// Never set a warning callback on them: they are shared between threads.
GMimeParserOptions *sharedParserOptions();

/// Format options that write CRLF line ends (RFC 5322 section 2.1) and RFC 2231
/// parameters.
FormatOptionsPtr newWireFormatOptions();

/// UTF-8 from GMime to QString; null pointers give an empty string.
QString fromUtf8(const char *text);

/// A message parsed from @p data (already passed through guardStructure()). GMime
/// copies the bytes, so @p data need not outlive the result. Never null.
GObjectPtr<GMimeMessage> parseMessage(const QByteArray &data, GMimeParserOptions *options);

/// The transfer-decoded content of a leaf part (base64, quoted-printable, uuencode).
QByteArray decodedContent(GMimePart *part);

/// The encoded size of a leaf part's content as it sits in the message.
qint64 encodedContentSize(GMimePart *part);

/// @p object serialised with @p options (headers and content).
QByteArray objectToBytes(GMimeObject *object, GMimeFormatOptions *options);

/// The content of @p object serialised without its own headers.
QByteArray objectContentToBytes(GMimeObject *object, GMimeFormatOptions *options);

} // namespace Letterbox::Mime::Internal
