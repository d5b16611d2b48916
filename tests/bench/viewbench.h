#pragma once

#include <QByteArray>

namespace Letterbox::Bench {

class BenchTable;
struct BenchOptions;

/**
 * The view suite (issue 10): from asking the MessageView to show a ~200 KB HTML newsletter
 * (tables, 150 remote images, 300 links, inline styles) to its first paint — parse and
 * sanitise on the loader's worker, then setHtml, layout and paint on the GUI thread —
 * goal < 150 ms; with the worker's part and the GUI thread's part as figures of their own.
 */
bool runViewBench(const BenchOptions &options, BenchTable &table);

/// The synthetic newsletter, a whole RFC 5322 message of about @p htmlBytes of HTML.
QByteArray syntheticNewsletter(quint32 seed, int htmlBytes);

} // namespace Letterbox::Bench
