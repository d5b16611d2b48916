#include "services/reading/messagecontentloader.h"

#include "services/reading/messagecontentbuilder.h"

#include "mime/messageparser.h"
#include "store/blobstore.h"
#include "store/bodycache.h"
#include "store/database.h"
#include "store/messagequery.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcReading, "letterbox.services.reading")

namespace Letterbox::Services {

namespace {

/// Registered once, so the queued signals of other threads' receivers can carry it.
const int messageContentType = qRegisterMetaType<MessageContent>();

bool hasBody(const Store::MessageRecord &record)
{
    return !record.blobKey.isEmpty()
        && (record.bodyState == Store::BodyState::Full || record.bodyState == Store::BodyState::Partial);
}

} // namespace

struct MessageContentLoader::RawMessage
{
    bool ok = false;
    QByteArray bytes;
    ContentOptions options;
};

MessageContentLoader::MessageContentLoader(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_current(std::make_shared<std::atomic<quint64>>(0))
{
    Q_UNUSED(messageContentType);
    // One message is shown at a time; a second thread lets a Save decode beside it.
    m_pool->setMaxThreadCount(2);
}

MessageContentLoader::~MessageContentLoader()
{
    m_current->store(0);
    m_pool->waitForDone();
}

void MessageContentLoader::setTrustedSenders(const QStringList &addresses)
{
    m_trustedSenders.clear();
    for (const QString &address : addresses) {
        m_trustedSenders.insert(address.trimmed().toLower());
    }
}

void MessageContentLoader::cancel()
{
    m_current->store(++m_lastRequest);
}

void MessageContentLoader::postIfCurrent(quint64 request, std::function<void()> emitter)
{
    QMetaObject::invokeMethod(
        this,
        [this, request, emitter = std::move(emitter)] {
            if (m_current->load() == request) {
                emitter();
            }
        },
        Qt::QueuedConnection);
}

MessageContentLoader::RawMessage MessageContentLoader::readRaw(
    Store::Database &database, qint64 messageId, quint64 request, bool forParts)
{
    RawMessage raw;
    // Parts requests are never superseded; their failures go out unconditionally.
    const auto fail = [this, request, forParts](const QString &sentence) {
        if (forParts) {
            QMetaObject::invokeMethod(
                this, [this, request, sentence] { Q_EMIT partsFailed(request, sentence); }, Qt::QueuedConnection);
        } else {
            postIfCurrent(request, [this, request, sentence] { Q_EMIT failed(request, sentence); });
        }
    };
    const Store::Result<std::optional<Store::MessageRecord>> found = Store::MessageQuery(database).record(messageId);
    if (!found.ok()) {
        fail(tr("Letterbox could not read this message from the cache: %1").arg(found.message()));
        return raw;
    }
    if (!found.value()) {
        fail(tr("This message is no longer in the cache."));
        return raw;
    }
    const Store::MessageRecord &record = *found.value();
    const auto missing = [&] {
        if (forParts) {
            fail(tr("The attachments of this message are not downloaded yet."));
        } else {
            postIfCurrent(request, [this, request, messageId] { Q_EMIT bodyMissing(request, messageId); });
        }
    };
    if (!hasBody(record)) {
        missing();
        return raw;
    }
    Store::Result<QByteArray> bytes = database.blobs().read(record.blobKey);
    if (!bytes.ok()) {
        // A blob that vanished under the row is fetched again like an evicted body.
        if (bytes.code() == Store::ErrorCode::BlobMissing) {
            missing();
        } else {
            fail(bytes.message());
        }
        return raw;
    }
    raw.ok = true;
    raw.bytes = std::move(bytes).value();
    raw.options.messageId = messageId;
    raw.options.fallbackDate = record.sentDate.isValid() ? record.sentDate : record.internalDate;
    raw.options.bodyComplete = record.bodyState == Store::BodyState::Full;
    raw.options.trustedSenders = m_trustedSenders;
    return raw;
}

quint64 MessageContentLoader::load(Store::Database &database, qint64 messageId, bool allowRemoteImages)
{
    const quint64 request = ++m_lastRequest;
    m_current->store(request);
    RawMessage raw = readRaw(database, messageId, request, false);
    if (!raw.ok) {
        return request;
    }
    raw.options.allowRemoteImages = allowRemoteImages;
    // Reading a body is what keeps it in the cache: eviction drops the least recently
    // read first. A failed update only makes this body an earlier candidate, so the
    // message is shown regardless.
    if (const Store::Status marked = Store::BodyCache(database).markAccessed({messageId}); !marked.ok()) {
        qCWarning(lcReading, "could not note when message %lld was read: %s", static_cast<long long>(messageId),
            qPrintable(marked.message()));
    }

    const std::shared_ptr<std::atomic<quint64>> current = m_current;
    auto job = [current, request, bytes = std::move(raw.bytes), options = std::move(raw.options)]() {
        // Clicking through a folder queues many loads; only the last one is worth parsing.
        if (current->load() != request) {
            return MessageContent {};
        }
        return MessageContentBuilder::build(bytes, options);
    };
    auto *watcher = new QFutureWatcher<MessageContent>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (m_current->load() == request) {
            Q_EMIT loaded(request, watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(m_pool.get(), std::move(job)));
    return request;
}

quint64 MessageContentLoader::loadParts(Store::Database &database, qint64 messageId, const QStringList &partPaths)
{
    const quint64 request = ++m_lastRequest;
    RawMessage raw = readRaw(database, messageId, request, true);
    if (!raw.ok) {
        return request;
    }
    auto job
        = [bytes = std::move(raw.bytes), partPaths]() { return Mime::MessageParser::partContents(bytes, partPaths); };
    auto *watcher = new QFutureWatcher<QList<QByteArray>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, messageId, partPaths] {
        watcher->deleteLater();
        Q_EMIT partsLoaded(request, messageId, partPaths, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool.get(), std::move(job)));
    return request;
}

} // namespace Letterbox::Services
