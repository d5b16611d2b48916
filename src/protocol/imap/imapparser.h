#pragma once

#include "protocol/imap/imapresponse.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Letterbox::Imap {

struct ImapParserOptions
{
    /// UTF8=ACCEPT is enabled (RFC 6855): mailbox names are UTF-8, not modified UTF-7.
    bool utf8Accepted = false;
    /// Nesting limit for parenthesised lists (BODYSTRUCTURE of a multipart in a multipart ...).
    /// Real mail rarely goes past 10; mime/ caps parts at depth 64 as well.
    int maxDepth = 64;
};

/// Where and why a frame could not be parsed.
struct ImapParseError
{
    qsizetype offset = -1; ///< byte offset in the frame
    QByteArray reason; ///< short technical reason (ASCII), for logs and tests
    QString message; ///< translated, for a person
    QByteArray tag; ///< the tag, when the frame began with one: the command it failed
};

struct ImapParseResult
{
    std::optional<ImapResponse> response;
    ImapParseError error;

    [[nodiscard]] bool isOk() const { return response.has_value(); }
};

/**
 * @short Turns one complete response frame (from ImapFramer) into a typed ImapResponse.
 *
 * RFC 9051 section 7 with RFC 3501's older forms (LSUB, RECENT, SEARCH, UNSEEN), CONDSTORE and
 * QRESYNC (RFC 7162), ESEARCH (RFC 4731), LIST-EXTENDED (RFC 5258), SPECIAL-USE (RFC 6154),
 * NAMESPACE (RFC 2342), ID (RFC 2971), ENABLE (RFC 5161), UIDPLUS (RFC 4315), BINARY (RFC 3516).
 *
 * A pure function: no state, no I/O, no exception. Any bytes may be given; a frame that is not
 * a well-formed response gives an error with its offset. An untagged response with a name it
 * does not know is ImapUnhandledResponse, not an error, so a new extension never breaks a
 * connection; a response it knows but cannot read is an error, which the session may treat as
 * fatal for a tagged one and skip for an untagged one (error.tag tells them apart).
 *
 * Leniency, each seen on real servers: more than one space between tokens, a missing space
 * after a response code, a bare LF as the line end, extra spaces inside lists.
 */
class ImapParser
{
    Q_DECLARE_TR_FUNCTIONS(ImapParser)

public:
    [[nodiscard]] static ImapParseResult parse(QByteArrayView frame, const ImapParserOptions &options = {});
};

} // namespace Letterbox::Imap
