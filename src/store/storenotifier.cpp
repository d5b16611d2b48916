#include "store/storenotifier.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Letterbox::Store {

namespace {

// Weak references only: the notifier lives as long as some Database uses it.
QMutex s_registryMutex;
QHash<QString, std::weak_ptr<StoreNotifier>> &registry()
{
    static QHash<QString, std::weak_ptr<StoreNotifier>> s_registry;
    return s_registry;
}

} // namespace

StoreNotifier::StoreNotifier()
{
    // No thread affinity: it receives no events and may be emitted from any Database's
    // thread. Receivers keep their own affinity, so AutoConnection queues across threads.
    moveToThread(nullptr);
}

StoreNotifier::~StoreNotifier() = default;

std::shared_ptr<StoreNotifier> StoreNotifier::forCache(const QString &cacheFilePath)
{
    QMutexLocker locker(&s_registryMutex);
    auto &known = registry();
    if (std::shared_ptr<StoreNotifier> existing = known.value(cacheFilePath).lock()) {
        return existing;
    }
    // Expired entries would otherwise pile up in a long session that opens many caches.
    for (auto it = known.begin(); it != known.end();) {
        it = it->expired() ? known.erase(it) : std::next(it);
    }
    std::shared_ptr<StoreNotifier> notifier(new StoreNotifier);
    known.insert(cacheFilePath, notifier);
    return notifier;
}

} // namespace Letterbox::Store
