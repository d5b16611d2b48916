#include "services/retrieval/messageidentity.h"

#include "store/sqlvalues.h"

#include <QHash>

#include <algorithm>
#include <deque>

namespace Letterbox::Services {

namespace {

/// One string per key for the hash: a Message-ID holds no white space once normalized.
QString hashKey(const MessageIdentity::Key &key)
{
    return key.messageId + QLatin1Char(' ') + QString::number(key.size);
}

} // namespace

std::optional<MessageIdentity::Key> MessageIdentity::key(const QString &messageId, qint64 size)
{
    QString id = Store::SqlValues::normalizeMessageId(messageId);
    if (id.isEmpty() || size <= 0) {
        return std::nullopt;
    }
    return Key {std::move(id), size};
}

QList<std::optional<qint64>> MessageIdentity::pair(
    const QList<std::optional<Key>> &incoming, const QList<Store::CachedCopy> &candidates)
{
    QHash<QString, std::deque<qint64>> free;
    QList<Store::CachedCopy> ordered = candidates;
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const Store::CachedCopy &copy : std::as_const(ordered)) {
        if (const std::optional<Key> candidateKey = key(copy.messageId, copy.size)) {
            std::deque<qint64> &ids = free[hashKey(*candidateKey)];
            if (std::find(ids.cbegin(), ids.cend(), copy.id) == ids.cend()) {
                ids.push_back(copy.id);
            }
        }
    }
    QList<std::optional<qint64>> paired;
    paired.reserve(incoming.size());
    for (const std::optional<Key> &wanted : incoming) {
        std::optional<qint64> match;
        if (wanted) {
            if (auto found = free.find(hashKey(*wanted)); found != free.end() && !found->empty()) {
                match = found->front();
                found->pop_front();
            }
        }
        paired.append(match);
    }
    return paired;
}

} // namespace Letterbox::Services
