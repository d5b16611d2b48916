#pragma once

#include "store/status.h"

#include <QList>
#include <QStringList>

#include <chrono>

namespace Letterbox::Store {

class Database;

/// What IntegrityCheck found and did.
struct IntegrityReport
{
    /// PRAGMA quick_check said "ok". When false, nothing was removed or changed: a damaged
    /// index cannot be trusted to say which blobs are orphans.
    bool databaseHealthy = true;
    QStringList problems; ///< quick_check's findings, at most 20
    bool searchIndexRebuilt = false; ///< the full-text index disagreed with its content and was rebuilt
    int orphanBlobsRemoved = 0; ///< blobs no row points to
    int orphanBlobsKept = 0; ///< orphans younger than the grace period, or kept because of damage
    int temporaryFilesRemoved = 0; ///< leftovers of interrupted blob writes
    QList<qint64> messagesMissingBody; ///< rows whose blob was gone, now BodyState::Missing
    QList<qint64> outboxEntriesMissing; ///< outbox entries whose message was gone, now failed
    QList<qint64> journalEntriesMissing; ///< append entries whose message was gone, now failed
    QList<qint64> foldersRecounted; ///< folders whose stored unread/total counts were wrong, now fixed

    /// Nothing was wrong.
    [[nodiscard]] bool isClean() const
    {
        return databaseHealthy && !searchIndexRebuilt && orphanBlobsRemoved == 0 && temporaryFilesRemoved == 0
            && messagesMissingBody.isEmpty() && outboxEntriesMissing.isEmpty() && journalEntriesMissing.isEmpty()
            && foldersRecounted.isEmpty();
    }
};

/**
 * @short The check at start: the index and the blobs agree, and damage is reported, not fatal.
 *
 * It runs PRAGMA quick_check (and, when Thorough, the full-text index's own check,
 * rebuilding the index when it disagrees), removes orphan blobs (no row points to them: a
 * crash between a blob's commit and its row's) and leftover temporary files, and marks
 * rows whose blob is gone as BodyState::Missing (the engine fetches them again; for a
 * POP3 folder the report says which mail was lost), and recounts the folders' unread and
 * total counts (kept incrementally, so a bug would otherwise stay visible). It reports in an IntegrityReport and
 * never crashes on a bad cache.
 *
 * Orphans and temporary files younger than the grace period (an hour by default) are
 * kept: another process on the same profile (letterbox-cli beside the window) may have
 * committed a blob whose row it is about to commit, or still be writing one.
 */
class IntegrityCheck
{
public:
    enum class Depth {
        /// PRAGMA quick_check, blobs against rows, counts: what every start can afford
        /// (0.4 s for 100,000 messages with bodies).
        Quick,
        /// Also compares the full-text index with what it indexes, term by term, and
        /// rebuilds it on a mismatch (another 2 s per 100,000 messages): for a maintenance
        /// run, or after Quick found damage.
        Thorough,
    };

    explicit IntegrityCheck(Database &database);

    void setGracePeriod(std::chrono::seconds grace) { m_grace = grace; }
    void setDepth(Depth depth) { m_depth = depth; }
    Result<IntegrityReport> run();

private:
    Database &m_database;
    std::chrono::seconds m_grace = std::chrono::hours(1);
    Depth m_depth = Depth::Quick;
};

} // namespace Letterbox::Store
