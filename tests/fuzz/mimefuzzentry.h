#pragma once

#include <QByteArray>
#include <QString>

namespace Letterbox::Fuzz {

/**
 * One fuzz iteration over the MIME layer: parse, visit every part, read every part's
 * content, run the spoofing check and every header decoder, build a reply-shaped
 * message from what was parsed and parse that again. Returns a description of the
 * first broken invariant (for example a control character in a display string, a
 * part deeper than the limit, a line over 998 octets in a built message), or an empty
 * string. fuzz_mime aborts on a non-empty result; tst_fuzzregressions fails on it.
 */
QString runMimeFuzzInput(const QByteArray &data);

} // namespace Letterbox::Fuzz
