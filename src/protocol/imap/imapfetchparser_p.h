#pragma once

// Internal to the IMAP parser: FETCH data, ENVELOPE and BODYSTRUCTURE (RFC 9051 7.5.2).

#include "protocol/imap/imaplexer.h"
#include "protocol/imap/imapparser.h"
#include "protocol/imap/imapresponse.h"

namespace Letterbox::Imap::Internal {

/// Reads "(" fetch items ")" at the cursor into @p out; false with the cursor's error set.
bool readFetchItems(ImapCursor &cursor, ImapFetchResponse &out, const ImapParserOptions &options);

/// Interprets a parsed ENVELOPE list; false if it does not have the shape of one.
bool envelopeFromValue(const ImapValue &value, ImapEnvelope &out);
/// Interprets a parsed BODYSTRUCTURE (or BODY) list; false if it does not have the shape of one.
bool bodyFromValue(const ImapValue &value, ImapBodyPart &out);

/// "dd-Mon-yyyy hh:mm:ss +zzzz" (RFC 9051 "date-time"); an invalid QDateTime if it is not.
QDateTime parseInternalDate(QByteArrayView text);

} // namespace Letterbox::Imap::Internal
