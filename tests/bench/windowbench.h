#pragma once

namespace Letterbox::Bench {

struct BenchOptions;
class BenchTable;

/**
 * The main window (issue 10) on the offscreen platform over a profile of two accounts
 * with a 100,000-message Inbox each: from opening the session to the first painted rows
 * (target < 150 ms), RSS with it open (< 200 MB), switching between the two Inboxes in
 * the folder tree (to the list's next paint) and search-as-you-type, a keystroke to the
 * list's repaint (median). The session never connects (a closed port, no sync on start).
 */
bool runWindowBench(const BenchOptions &options, BenchTable &table);

} // namespace Letterbox::Bench
