#include "mime/gmimeglue_p.h"

#include <mutex>

namespace Letterbox::Mime::Internal {

namespace {

// GMime keeps the pointer array; it must outlive every options object.
const char *s_fallbackCharsets[] = {"UTF-8", "windows-1252", nullptr};

void configure(GMimeParserOptions *options)
{
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_fallback_charsets(options, s_fallbackCharsets);
}

QByteArray takeBytes(GMimeStream *stream)
{
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    if (!bytes || bytes->len == 0) {
        return QByteArray();
    }
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace

void ensureGMimeInitialised()
{
    static std::once_flag s_once;
    std::call_once(s_once, [] { g_mime_init(); });
}

ParserOptionsPtr newParserOptions()
{
    ensureGMimeInitialised();
    ParserOptionsPtr options(g_mime_parser_options_new());
    configure(options.get());
    return options;
}

GMimeParserOptions *sharedParserOptions()
{
    // A function-local static is initialised exactly once, thread-safely (C++11).
    static GMimeParserOptions *const s_options = newParserOptions().release();
    return s_options;
}

FormatOptionsPtr newWireFormatOptions()
{
    ensureGMimeInitialised();
    FormatOptionsPtr options(g_mime_format_options_new());
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    g_mime_format_options_set_param_encoding_method(options.get(), GMIME_PARAM_ENCODING_METHOD_RFC2231);
    return options;
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

GObjectPtr<GMimeMessage> parseMessage(const QByteArray &data, GMimeParserOptions *options)
{
    ensureGMimeInitialised();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    if (!message) {
        // Only an unreadable first header line gets here; an empty message is the
        // best readable result.
        message.reset(g_mime_message_new(FALSE));
    }
    return message;
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content) {
        return QByteArray();
    }
    GObjectPtr<GMimeStream> output(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, output.get());
    return takeBytes(output.get());
}

qint64 encodedContentSize(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    GMimeStream *stream = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!stream) {
        return 0;
    }
    const gint64 length = g_mime_stream_length(stream);
    return length > 0 ? qint64(length) : 0;
}

QByteArray objectToBytes(GMimeObject *object, GMimeFormatOptions *options)
{
    GObjectPtr<GMimeStream> output(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, options, output.get());
    return takeBytes(output.get());
}

QByteArray objectContentToBytes(GMimeObject *object, GMimeFormatOptions *options)
{
    GObjectPtr<GMimeStream> output(g_mime_stream_mem_new());
    g_mime_object_write_content_to_stream(object, options, output.get());
    return takeBytes(output.get());
}

} // namespace Letterbox::Mime::Internal
