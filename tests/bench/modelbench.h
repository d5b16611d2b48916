#pragma once

namespace Letterbox::Bench {

class BenchTable;
struct BenchOptions;

/**
 * The models suite (issue 10): from creating a MessageListModel on a cached 100,000-message
 * folder to the data() of its first 50 rows (the model's part of the window's first paint,
 * goal < 150 ms), switching between two 100,000-message folders, and the memory the model
 * takes, plus figures without targets: a scroll over every row, a re-sort, new mail
 * arriving in the open folder, the unified Inbox, the threaded view and search as you type.
 */
bool runModelBench(const BenchOptions &options, BenchTable &table);

} // namespace Letterbox::Bench
