#pragma once

#include <QByteArray>
#include <QString>

namespace Letterbox::Fuzz {

/**
 * One fuzz iteration over the IMAP codec: the first byte chooses the chunk size, the limits
 * and UTF8=ACCEPT; the rest is the server's byte stream. It is framed whole and in chunks
 * (the frames must be the same: the framer is chunk-agnostic), every frame is parsed, and what
 * was parsed is checked: frames within the limits, a frame framed again is itself, a decoded
 * mailbox name encodes back to the wire name, body parts resolve by section. Returns the first
 * broken invariant, or an empty string. fuzz_imap_response aborts on a non-empty result;
 * tst_imapfuzzregressions fails on it.
 */
QString runImapFuzzInput(const QByteArray &data);

} // namespace Letterbox::Fuzz
