#pragma once

#include "services/retrieval/retrievalengine.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class LineClient;

namespace Letterbox::Bench {

class BenchLab;

/**
 * @short What the IMAP and POP3 suites share: a retrieval run driven to its end, peak
 * memory per step, a floor or reference client run as a child process, and the figures'
 * formatting.
 */
namespace Retrieval {

/// What one measured step cost; a figure below zero was not measured.
struct Step
{
    double seconds = -1;
    qint64 bytes = -1; ///< protocol bytes both ways (on the TLS stream, login included for Letterbox)
    qint64 peakKib = -1;
    double cpuSeconds = -1; ///< user + system time of this process (Letterbox only): far below seconds is waiting
};

/**
 * Resets this process's peak resident set (writing 5 to /proc/self/clear_refs resets
 * VmHWM, Linux 4.0+) so peakKib() measures one step; false when the kernel refused, and
 * then peakKib() is the peak since the process started.
 */
bool resetPeakMemory();
/// VmHWM of /proc/self/status in KiB; -1 when unreadable.
qint64 peakKib();
/// The field @p field ("VmRSS:") of /proc/self/status in KiB; -1 when unreadable.
qint64 statusKib(const QByteArray &field);

/// Runs @p request on @p engine to finished() (bounded); fills @p step (seconds from
/// sync() to finished(), the report's bytes, VmHWM); nothing when it did not finish.
std::optional<Services::SyncReport> run(
    Services::RetrievalEngine &engine, const Services::SyncRequest &request, Step *step);

/// Runs a floor script or tests/bench/floors/rusage.py around a reference client; the
/// numbers on its last line of output, or nothing when it failed (its stderr printed).
std::optional<QList<double>> runFigures(const QString &program, const QStringList &arguments);
/// tests/bench/floors/@p script.
QString floorScript(const QString &script);

/// The lab's @p user has at least @p count messages in INBOX (tests/mailstack/fill adds
/// the difference); the messages now there, or -1 with @p error set.
int ensureMessages(const BenchLab &lab, LineClient &client, const QString &user, int count, QString *error);
/// A LineClient logged in to IMAPS as @p user; nothing on failure.
std::unique_ptr<LineClient> login(const BenchLab &lab, const QString &user, QString *error);

QString seconds(double value);
QString bytes(qint64 value);
QString kib(qint64 value);
/// "1.23 s, 4.5 MB, 120 MiB peak[, 0.9 s CPU]" for a table cell.
QString cell(const Step &step);

} // namespace Retrieval

} // namespace Letterbox::Bench
