#pragma once

#include "protocol/imap/imaptypes.h"

#include <QList>
#include <QSet>

namespace Letterbox::Services {

/**
 * @short The UID arithmetic of a folder sync, on sorted lists: linear or n log n, never
 * quadratic, so a 100,000-message folder costs milliseconds.
 *
 * Every list here is ascending and free of duplicates (what MessageStore::uids() returns);
 * the functions that take server data sort it first.
 */
class ImapUidSets
{
public:
    /// The members of @p cached that @p server lacks: what the fallback path removes (the
    /// server's UIDs from "UID FETCH 1:n FLAGS" or "UID SEARCH"), limited to UIDs below
    /// @p below (newer ones were not asked about).
    [[nodiscard]] static QList<quint32> missing(const QList<quint32> &cached, QList<quint32> server, quint32 below);
    /// The members of @p cached that @p set contains (VANISHED, ESEARCH ALL): a server's
    /// "1:4294967295" costs as much as its ranges, not four billion steps.
    [[nodiscard]] static QList<quint32> intersect(const QList<quint32> &cached, const Imap::ImapSequenceSet &set);
    /// The members of @p server that @p cached lacks and @p skip does not hold, ascending and
    /// without duplicates: the headers a windowed sync (UID SEARCH SINCE) or a count check
    /// (UID SEARCH ALL) found missing from the cache.
    [[nodiscard]] static QList<quint32> uncached(
        QList<quint32> server, const QList<quint32> &cached, const QSet<quint32> &skip);
    /// @p uids (ascending) as UID sets of at most @p batch UIDs each, for one FETCH apiece.
    [[nodiscard]] static QList<Imap::ImapSequenceSet> runs(const QList<quint32> &uids, quint32 batch);
    /// Whether @p uid is in the sorted @p list (binary search).
    [[nodiscard]] static bool contains(const QList<quint32> &list, quint32 uid);
    /**
     * The UID ranges of the new-message fetch: [@p from, @p uidNext) cut into runs of
     * @p batch UIDs, the last one open ("n:*") so mail that arrives during the sync comes
     * too. Empty when @p uidNext is known (non-zero) and not above @p from.
     */
    [[nodiscard]] static QList<Imap::ImapSequenceSet> fetchRanges(quint32 from, quint32 uidNext, quint32 batch);
    /// QRESYNC's known-uids (RFC 7162 3.2.5.1): the compact set of @p cached, or "1:max"
    /// when that would be longer than @p maxLength bytes (the server then reports
    /// VANISHED for UIDs the cache never had, which cost nothing to ignore).
    [[nodiscard]] static Imap::ImapSequenceSet knownUids(const QList<quint32> &cached, qsizetype maxLength);
};

} // namespace Letterbox::Services
