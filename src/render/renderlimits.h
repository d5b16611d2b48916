#pragma once

#include <QtGlobal>

/**
 * @file
 * Hard limits of the render layer. HTML mail comes from strangers: each limit bounds the
 * work of one sanitiser run, so a hostile message costs linear time and bounded memory
 * and never reaches gumbo's quadratic corners (every start tag looks through the stack of
 * open elements) nor QTextDocument's recursive table layout. Hitting an input limit
 * rejects the HTML (the view falls back to plain text); hitting an output limit flattens
 * what is too deep but keeps the text.
 */
namespace Letterbox::Render::Limits {

/// UTF-8 bytes of HTML the sanitiser parses. A 200 KB newsletter is large; 2 MiB leaves
/// room for mail that inlines its CSS into every cell.
inline constexpr qsizetype maxHtmlBytes = 2 * 1024 * 1024;

/// Open elements the linear pre-scan may count at once before the HTML is rejected.
/// Hand-written and generated mail stays below 100; 100,000 nested <div>s is an attack.
inline constexpr int maxPrescanDepth = 512;

/// Elements the sanitiser emits inside each other; deeper ones are unwrapped (their
/// children are kept), so QTextDocument's layout never recurses further than this.
inline constexpr int maxOutputDepth = 64;

/// Tables emitted inside each other; deeper tables become plain text runs.
inline constexpr int maxTableDepth = 12;

/// Errors gumbo records per parse (its default, -1, keeps every one of them).
inline constexpr int maxGumboErrors = 100;

/// Characters of an anchor's visible text examined for a host name.
inline constexpr int maxAnchorText = 256;

/// Distinct blocked URLs, content IDs and link mismatches reported per message.
inline constexpr int maxReportedUrls = 1000;

/// Bytes of one attribute value kept (a style or an href); longer ones are dropped.
inline constexpr qsizetype maxAttributeBytes = 8 * 1024;

} // namespace Letterbox::Render::Limits
