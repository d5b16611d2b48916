#pragma once

namespace Letterbox::Bench {

class BenchTable;
struct BenchOptions;

/**
 * The POP3 suite (issue 6): Pop3Retrieval downloads 10,000 messages from the lab (dave's
 * maildrop, POP3S, kept on the server) into an empty cache, beside fetchmail (Debian;
 * into a BSMTP file of its own, kept on the server) and a RETR loop over one socket that
 * throws the data away (tests/bench/floors/pop3_retr_floor.py), in the same run.
 * Target: faster than fetchmail, within 1.3× the floor.
 */
bool runPop3Bench(const BenchOptions &options, BenchTable &table);

} // namespace Letterbox::Bench
