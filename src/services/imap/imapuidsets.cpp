#include "services/imap/imapuidsets.h"

#include <algorithm>

namespace Letterbox::Services {

QList<quint32> ImapUidSets::missing(const QList<quint32> &cached, QList<quint32> server, quint32 below)
{
    std::sort(server.begin(), server.end());
    QList<quint32> gone;
    auto next = server.cbegin();
    for (const quint32 uid : cached) {
        if (uid >= below) {
            break;
        }
        while (next != server.cend() && *next < uid) {
            ++next;
        }
        if (next == server.cend() || *next != uid) {
            gone.append(uid);
        }
    }
    return gone;
}

QList<quint32> ImapUidSets::intersect(const QList<quint32> &cached, const Imap::ImapSequenceSet &set)
{
    if (cached.isEmpty()) {
        return {};
    }
    const quint32 largest = cached.last();
    QList<std::pair<quint32, quint32>> ranges;
    ranges.reserve(set.ranges().size());
    for (const Imap::ImapSequenceSet::Range &range : set.ranges()) {
        // "*" is the largest UID in use; for the cache's purposes its largest UID will do.
        const quint32 a = range.first == 0 ? largest : range.first;
        const quint32 b = range.last == 0 ? largest : range.last;
        ranges.append({std::min(a, b), std::max(a, b)});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<quint32> members;
    qsizetype r = 0;
    for (const quint32 uid : cached) {
        while (r < ranges.size() && ranges[r].second < uid) {
            ++r;
        }
        if (r == ranges.size()) {
            break;
        }
        if (ranges[r].first <= uid) {
            members.append(uid);
        }
    }
    return members;
}

QList<quint32> ImapUidSets::uncached(QList<quint32> server, const QList<quint32> &cached, const QSet<quint32> &skip)
{
    std::sort(server.begin(), server.end());
    server.erase(std::unique(server.begin(), server.end()), server.end());
    QList<quint32> wanted;
    auto next = cached.cbegin();
    for (const quint32 uid : std::as_const(server)) {
        while (next != cached.cend() && *next < uid) {
            ++next;
        }
        if (uid != 0 && (next == cached.cend() || *next != uid) && !skip.contains(uid)) {
            wanted.append(uid);
        }
    }
    return wanted;
}

QList<Imap::ImapSequenceSet> ImapUidSets::runs(const QList<quint32> &uids, quint32 batch)
{
    batch = std::max<quint32>(batch, 1);
    QList<Imap::ImapSequenceSet> sets;
    for (qsizetype i = 0; i < uids.size(); i += batch) {
        sets.append(Imap::ImapSequenceSet::fromNumbers(uids.mid(i, batch)));
    }
    return sets;
}

bool ImapUidSets::contains(const QList<quint32> &list, quint32 uid)
{
    return std::binary_search(list.cbegin(), list.cend(), uid);
}

QList<Imap::ImapSequenceSet> ImapUidSets::fetchRanges(quint32 from, quint32 uidNext, quint32 batch)
{
    from = std::max<quint32>(from, 1);
    batch = std::max<quint32>(batch, 1);
    if (uidNext != 0 && uidNext <= from) {
        return {};
    }
    QList<Imap::ImapSequenceSet> ranges;
    quint32 first = from;
    while (uidNext != 0 && quint64(first) + batch < uidNext) {
        ranges.append(Imap::ImapSequenceSet::range(first, first + batch - 1));
        first += batch;
    }
    ranges.append(Imap::ImapSequenceSet::from(first));
    return ranges;
}

Imap::ImapSequenceSet ImapUidSets::knownUids(const QList<quint32> &cached, qsizetype maxLength)
{
    if (cached.isEmpty()) {
        return {};
    }
    Imap::ImapSequenceSet compact = Imap::ImapSequenceSet::fromNumbers(cached);
    if (compact.toByteArray().size() <= maxLength) {
        return compact;
    }
    return Imap::ImapSequenceSet::range(1, cached.last());
}

} // namespace Letterbox::Services
