#pragma once

namespace Letterbox::Bench {

class BenchTable;
struct BenchOptions;

/**
 * The IMAP suite (issue 5): ImapRetrieval on lab INBOXes of 10,000 (carol) and
 * BenchOptions::scale (alice, 100,000) generated messages: (a) the first header sync,
 * (b) a resync without change, (c) a resync after 100 flag changes made over a second
 * connection, (d) every body of the 10,000-message INBOX; beside one raw command per
 * step that reads the same data and throws it away (tests/bench/floors/
 * imap_fetch_floor.py) and mbsync (Debian's isync) for (d), in the same run. Targets:
 * (a) within 1.5× the floor, (b) under 0.2 s and 4 KB at 100,000, (d) faster than mbsync.
 */
bool runImapBench(const BenchOptions &options, BenchTable &table);

} // namespace Letterbox::Bench
