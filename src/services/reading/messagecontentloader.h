#pragma once

#include "services/reading/messagecontent.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/**
 * @short Loads a cached message for the view: the row and blob here, the parse on a worker.
 *
 * load() reads the row and the raw blob on the calling thread (a Database belongs to one
 * thread, and a file read is short), then parses, sanitises and renders on the loader's
 * own thread pool (DESIGN.md principle 5: a 200 KB newsletter must not freeze the
 * window). Only the newest load() counts: a result for a request that a later load() or
 * cancel() superseded is dropped, and a superseded job that has not started yet never
 * runs. Every outcome arrives as a signal from the event loop, never from inside load(),
 * so the caller always knows the request number first.
 *
 * loadParts() decodes attachments for Save and Open; those requests are independent of
 * each other and of load(): saving one file while the next message opens still finishes.
 */
class MessageContentLoader final : public QObject
{
    Q_OBJECT

public:
    explicit MessageContentLoader(QObject *parent = nullptr);
    /// Waits for the jobs that are running (a parse is bounded by the MIME limits).
    ~MessageContentLoader() override;

    /// Shows @p messageId of @p database: loaded(), bodyMissing() or failed() follows.
    quint64 load(Store::Database &database, qint64 messageId, bool allowRemoteImages);
    /// Drops the outcome of the current load().
    void cancel();
    /// The request number of the load() whose outcome is still wanted (0 for none).
    [[nodiscard]] quint64 currentRequest() const { return m_current->load(); }

    /// Addresses (any case) whose HTML loads remote images without asking.
    void setTrustedSenders(const QStringList &addresses);

    /// The decoded bytes of @p partPaths of @p messageId: partsLoaded() or partsFailed() follows.
    quint64 loadParts(Store::Database &database, qint64 messageId, const QStringList &partPaths);

Q_SIGNALS:
    void loaded(quint64 request, const Letterbox::Services::MessageContent &content);
    /// Only the headers are cached (or the body was evicted): fetch it, then load() again.
    void bodyMissing(quint64 request, qint64 messageId);
    void failed(quint64 request, const QString &sentence);
    /// One entry per path, in the order asked; empty for a path the message does not have.
    void partsLoaded(
        quint64 request, qint64 messageId, const QStringList &partPaths, const QList<QByteArray> &contents);
    void partsFailed(quint64 request, const QString &sentence);

private:
    struct RawMessage;
    /// The row and blob of @p messageId, or the signal to send instead (queued by the caller).
    RawMessage readRaw(Store::Database &database, qint64 messageId, quint64 request, bool forParts);
    /// Runs @p emitter from the event loop if @p request is still current.
    void postIfCurrent(quint64 request, std::function<void()> emitter);

    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<std::atomic<quint64>> m_current;
    quint64 m_lastRequest = 0;
    QSet<QString> m_trustedSenders;
};

} // namespace Letterbox::Services
