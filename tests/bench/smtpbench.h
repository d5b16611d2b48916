#pragma once

namespace Letterbox::Bench {

class BenchTable;
struct BenchOptions;

/**
 * The SMTP suite (issue 4): 1,000 messages through the lab's submission port (587,
 * STARTTLS, AUTH) on one connection by SubmissionService, beside PEERS.md's floor (one
 * connection, no pipelining) and a reference client from Debian (swaks, a process per
 * message, as scripts use it) in the same run. Target: ≥ 150 msg/s and faster than both.
 */
bool runSmtpBench(const BenchOptions &options, BenchTable &table);

} // namespace Letterbox::Bench
