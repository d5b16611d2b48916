#pragma once

namespace Letterbox::Bench {

class BenchTable;
struct BenchOptions;

/**
 * The store suite (issue 3): insert 100,000 message rows (target ≥ 50,000 rows/s), a
 * full-text query over 100,000 messages (median, target < 50 ms), the first 100 rows of
 * a 100,000-message folder in date order (median, target < 20 ms), plus figures without
 * targets that explain them.
 */
bool runStoreBench(const BenchOptions &options, BenchTable &table);

} // namespace Letterbox::Bench
