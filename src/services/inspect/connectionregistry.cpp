#include "services/inspect/connectionregistry.h"

#include "protocol/net/connection.h"
#include "services/inspect/transcriptrecorder.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace Letterbox::Services {

namespace {

Protocol::WireProtocol wireProtocol(InspectedProtocol protocol)
{
    switch (protocol) {
    case InspectedProtocol::Imap:
        return Protocol::WireProtocol::Imap;
    case InspectedProtocol::Pop3:
        return Protocol::WireProtocol::Pop3;
    case InspectedProtocol::Smtp:
        return Protocol::WireProtocol::Smtp;
    }
    return Protocol::WireProtocol::Imap;
}

TranscriptRecorder::Limits recorderLimits(const ConnectionRegistry::Limits &limits)
{
    TranscriptRecorder::Limits recorder;
    recorder.rows = limits.transcriptRows;
    recorder.characters = limits.transcriptCharacters;
    recorder.detailLines = limits.detailLines;
    recorder.detailCharacters = limits.detailCharacters;
    return recorder;
}

} // namespace

struct ConnectionRegistry::Record
{
    Record(InspectedProtocol protocol, const ConnectionRegistry::Limits &limits)
        : recorder(wireProtocol(protocol), recorderLimits(limits))
    { }

    ConnectionInfo info;
    TranscriptRecorder recorder;
};

template<class Recording>
void ConnectionRegistry::onLine(quint64 id, const Net::Connection *connection, Recording &&record)
{
    // Once per line of a download: one lock, no allocation beyond the recorder's own.
    const Net::ConnectionCounters &counters = connection->counters();
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.find(id);
    if (found == m_records.end()) {
        return;
    }
    Record &kept = *found->second;
    record(kept.recorder);
    kept.info.bytesIn = counters.bytesIn;
    kept.info.bytesOut = counters.bytesOut;
    kept.info.roundTrips = counters.roundTrips;
    kept.info.rows = kept.recorder.totalRows();
    kept.info.droppedRows = kept.recorder.droppedRows();
    ++m_revision;
}

/// Lives as the connection's child, so it goes with it (after the tap that calls it).
class ConnectionRegistry::Observer : public QObject, public Net::TranscriptObserver
{
public:
    Observer(ConnectionRegistry *registry, quint64 id, Net::Connection *connection)
        : QObject(connection)
        , m_registry(registry)
        , m_id(id)
        , m_connection(connection)
    {
        connection->transcript().setObserver(this);
    }

    void lineRecorded(
        Net::TranscriptEntry::Direction direction, qint64 elapsedMs, qint64 byteCount, QByteArrayView line) override
    {
        m_registry->onLine(m_id, m_connection,
            [&](TranscriptRecorder &recorder) { recorder.addLine(direction, elapsedMs, byteCount, line); });
    }

    void entryRecorded(const Net::TranscriptEntry &entry) override
    {
        m_registry->onLine(m_id, m_connection, [&](TranscriptRecorder &recorder) { recorder.add(entry); });
    }

private:
    ConnectionRegistry *m_registry;
    quint64 m_id;
    Net::Connection *m_connection;
};

ConnectionRegistry::ConnectionRegistry(QObject *parent)
    : QObject(parent)
{ }

ConnectionRegistry::~ConnectionRegistry() = default;

ConnectionRegistry *ConnectionRegistry::instance()
{
    // Never destroyed: connections on other threads may still report while the process
    // exits, and a static's destructor would race them.
    static auto *registry = [] {
        auto *made = new ConnectionRegistry;
        // The first caller may be an engine thread: the registry belongs to the main
        // thread all the same, as it outlives every engine.
        if (QCoreApplication *application = QCoreApplication::instance()) {
            made->moveToThread(application->thread());
        }
        return made;
    }();
    return registry;
}

void ConnectionRegistry::setLimits(const Limits &limits)
{
    QMutexLocker locker(&m_mutex);
    m_limits = limits;
    pruneLocked();
}

quint64 ConnectionRegistry::track(Net::Connection *connection, const QString &account, InspectedProtocol protocol)
{
    const quint64 id = ++m_lastId;
    {
        QMutexLocker locker(&m_mutex);
        auto record = std::make_unique<Record>(protocol, m_limits);
        record->info.id = id;
        record->info.account = account;
        record->info.protocol = protocol;
        record->info.startedAt = QDateTime::currentDateTimeUtc();
        m_records.emplace(id, std::move(record));
        pruneLocked();
    }
    ++m_revision;

    // Direct connections: the slots run on the connection's thread, where reading its
    // counters is safe, and take the lock for the record.
    // The tap calls the observer on the connection's thread, with the lines' bytes: a
    // folded body's lines are counted, not escaped, and the tap's ring stays on its cheap path.
    new Observer(this, id, connection);
    connect(
        connection, &Net::Connection::connected, this, [this, id, connection] { update(id, connection); },
        Qt::DirectConnection);
    connect(
        connection, &Net::Connection::encrypted, this, [this, id, connection] { update(id, connection); },
        Qt::DirectConnection);
    connect(
        connection, &Net::Connection::closed, this,
        [this, id, connection] {
            update(id, connection);
            finish(id, InspectedState::Closed, {});
        },
        Qt::DirectConnection);
    connect(
        connection, &Net::Connection::failed, this,
        [this, id, connection](const Net::NetError &error) {
            update(id, connection);
            finish(id, InspectedState::Failed, error.message);
        },
        Qt::DirectConnection);
    // A connection deleted without closing (its client went away mid-run) has ended too.
    connect(
        connection, &QObject::destroyed, this, [this, id] { finish(id, InspectedState::Closed, {}); },
        Qt::DirectConnection);
    return id;
}

void ConnectionRegistry::update(quint64 id, const Net::Connection *connection)
{
    const Net::ConnectionCounters &counters = connection->counters();
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.find(id);
    if (found == m_records.end()) {
        return;
    }
    ConnectionInfo &info = found->second->info;
    info.endpoint = connection->endpoint().toString();
    info.bytesIn = counters.bytesIn;
    info.bytesOut = counters.bytesOut;
    info.roundTrips = counters.roundTrips;
    info.tlsProtocol = counters.tlsProtocol;
    info.tlsCipher = counters.tlsCipher;
    if (info.state == InspectedState::Connecting && connection->state() != Net::Connection::State::Idle
        && connection->state() != Net::Connection::State::Connecting) {
        info.state = InspectedState::Open;
    }
    info.rows = found->second->recorder.totalRows();
    info.droppedRows = found->second->recorder.droppedRows();
    ++m_revision;
}

void ConnectionRegistry::finish(quint64 id, InspectedState state, const QString &error)
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.find(id);
    if (found == m_records.end()) {
        return;
    }
    ConnectionInfo &info = found->second->info;
    if (!info.isLive()) {
        return; // closed() or failed() came first; destroyed() only confirms it
    }
    info.state = state;
    info.error = error;
    info.endedAt = QDateTime::currentDateTimeUtc();
    pruneLocked();
    ++m_revision;
}

void ConnectionRegistry::pruneLocked()
{
    qsizetype finished = 0;
    for (const auto &[id, record] : m_records) {
        finished += record->info.isLive() ? 0 : 1;
    }
    for (auto it = m_records.begin(); it != m_records.end() && finished > m_limits.finishedConnections;) {
        if (!it->second->info.isLive()) {
            it = m_records.erase(it);
            --finished;
        } else {
            ++it;
        }
    }
}

QList<ConnectionInfo> ConnectionRegistry::connections(quint64 afterId) const
{
    QMutexLocker locker(&m_mutex);
    QList<ConnectionInfo> infos;
    for (auto it = m_records.upper_bound(afterId); it != m_records.end(); ++it) {
        infos.append(it->second->info);
    }
    return infos;
}

std::optional<ConnectionInfo> ConnectionRegistry::connection(quint64 id) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.find(id);
    if (found == m_records.end()) {
        return std::nullopt;
    }
    return found->second->info;
}

QList<TranscriptRow> ConnectionRegistry::transcript(quint64 id, qint64 from, qsizetype maximum) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.find(id);
    if (found == m_records.end()) {
        return {};
    }
    return found->second->recorder.rows(from, maximum);
}

qint64 ConnectionRegistry::transcriptSize(quint64 id) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.find(id);
    return found == m_records.end() ? 0 : found->second->recorder.totalRows();
}

void ConnectionRegistry::clearFinished()
{
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_records.begin(); it != m_records.end();) {
            it = it->second->info.isLive() ? std::next(it) : m_records.erase(it);
        }
    }
    ++m_revision;
}

} // namespace Letterbox::Services
