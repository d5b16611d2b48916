#pragma once

#include <QByteArray>
#include <QString>

namespace Letterbox::Fuzz {

/**
 * One fuzz iteration over the render layer: sanitise the input as HTML with remote
 * images blocked and allowed, check every tag and attribute of the output against the
 * allowlist (no script, no event handler, href only http/https/mailto/#, src only cid:,
 * the placeholder or — when allowed — http(s)), check that sanitising the output again
 * gives the same output, and render the input as plain text. Returns the first broken
 * invariant, or an empty string. fuzz_html_sanitizer aborts on a non-empty result;
 * tst_renderfuzzregressions fails on it.
 */
QString runHtmlSanitizerFuzzInput(const QByteArray &data);

} // namespace Letterbox::Fuzz
