#pragma once

#include "services/inspect/inspecttypes.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace Letterbox::Net {
class Connection;
} // namespace Letterbox::Net

namespace Letterbox::Services {

class TranscriptRecorder;

/**
 * @short Every live and recent connection of the process, for the protocol inspector,
 * `letterbox-cli inspect` and the comparison lab (DESIGN.md principle 6).
 *
 * The clients (ImapClient, Pop3Client, SmtpClient) call track() for their connection on
 * the thread it lives on (the engine thread in the window); from then on the registry
 * follows it through direct connections on that thread: the tap's entries into a
 * TranscriptRecorder (redacted, annotated, bodies folded, bounded) and the counters,
 * TLS and state into a ConnectionInfo. Any thread may read: connections(), connection()
 * and transcript() return copies taken under one lock; revision() grows with every
 * change, so a view can poll cheaply instead of being sent a signal per line.
 *
 * The counters are the connection's own Net::ConnectionCounters, so the lab can sum the
 * figures of the connections it made (connections(afterId) with the lastId() it noted
 * before) and they equal what the transcript shows.
 *
 * Bounded: each transcript by Limits::transcript; at most Limits::finishedConnections
 * ended connections are kept (the oldest go first); live ones are always kept.
 * The registry reads a connection's lines through a Net::TranscriptObserver, as bytes:
 * each line costs one lock and the recorder's bookkeeping, and only the lines kept are
 * escaped (a folded message body's lines beyond its first are only counted).
 */
class ConnectionRegistry : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int finishedConnections = 32;
        qsizetype transcriptRows = 5'000;
        qsizetype transcriptCharacters = 1'000'000;
        int detailLines = 200;
        qsizetype detailCharacters = 16'000;
    };

    explicit ConnectionRegistry(QObject *parent = nullptr);
    ~ConnectionRegistry() override;

    /// The process's registry, which the clients register with.
    [[nodiscard]] static ConnectionRegistry *instance();

    void setLimits(const Limits &limits);

    /// Follows @p connection (call on its thread, before connectToServer()); returns its id.
    quint64 track(Net::Connection *connection, const QString &account, InspectedProtocol protocol);

    /// The connections with an id above @p afterId, oldest first.
    [[nodiscard]] QList<ConnectionInfo> connections(quint64 afterId = 0) const;
    [[nodiscard]] std::optional<ConnectionInfo> connection(quint64 id) const;
    /// Up to @p maximum rows of connection @p id from sequence @p from on (all when negative).
    [[nodiscard]] QList<TranscriptRow> transcript(quint64 id, qint64 from = 0, qsizetype maximum = -1) const;
    /// The number of rows connection @p id has recorded so far (kept or dropped).
    [[nodiscard]] qint64 transcriptSize(quint64 id) const;

    /// The id the last tracked connection got (0 before the first).
    [[nodiscard]] quint64 lastId() const { return m_lastId.load(); }
    /// Grows with every change of any connection.
    [[nodiscard]] quint64 revision() const { return m_revision.load(); }

    /// Forgets every connection that has ended.
    void clearFinished();

private:
    struct Record;
    class Observer;

    /// Runs @p record on connection @p id's recorder under the lock (a template, so the
    /// per-line call allocates nothing; defined and used in the .cpp only).
    template<class Recording> void onLine(quint64 id, const Net::Connection *connection, Recording &&record);
    void update(quint64 id, const Net::Connection *connection);
    void finish(quint64 id, InspectedState state, const QString &error);
    void pruneLocked();

    mutable QMutex m_mutex;
    std::map<quint64, std::unique_ptr<Record>> m_records;
    Limits m_limits;
    std::atomic<quint64> m_lastId {0};
    std::atomic<quint64> m_revision {0};
};

} // namespace Letterbox::Services
