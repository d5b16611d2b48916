#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Letterbox::Services {

/// What the protocol inspector shows, as plain values (QtCore only), so the window and
/// the models read them without touching the connection layer.

enum class InspectedProtocol {
    Imap,
    Pop3,
    Smtp,
};

enum class InspectedState {
    Connecting, ///< TCP connect, or the implicit TLS handshake
    Open, ///< usable
    Closed, ///< ended normally
    Failed, ///< ended by an error (error says which)
};

/// One live or recent connection: what ConnectionRegistry knows of it.
struct ConnectionInfo
{
    quint64 id = 0; ///< unique in the process, growing
    QString account;
    InspectedProtocol protocol = InspectedProtocol::Imap;
    QString endpoint; ///< "host:port"
    QString tlsProtocol; ///< empty while unencrypted
    QString tlsCipher;
    InspectedState state = InspectedState::Connecting;
    QString error; ///< the sentence a failure carried
    qint64 bytesIn = 0; ///< protocol bytes, above TLS (Net::ConnectionCounters)
    qint64 bytesOut = 0;
    qint64 roundTrips = 0;
    QDateTime startedAt;
    QDateTime endedAt; ///< null while live
    qint64 rows = 0; ///< transcript rows ever recorded
    qint64 droppedRows = 0; ///< of which the oldest no longer kept

    [[nodiscard]] bool isLive() const { return state == InspectedState::Connecting || state == InspectedState::Open; }
    /// Until the end, or until now while live.
    [[nodiscard]] qint64 durationMs() const
    {
        if (!startedAt.isValid()) {
            return 0;
        }
        return startedAt.msecsTo(endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc());
    }
};

/// One row of a connection's transcript, already redacted and annotated.
struct TranscriptRow
{
    enum class Direction {
        Client,
        Server,
        Info, ///< what the connection did: connecting, TLS, errors
    };

    qint64 sequence = 0; ///< position in the connection's transcript, from 0; gaps never occur
    qint64 elapsedMs = 0; ///< since the connection started
    Direction direction = Direction::Info;
    qint64 bytes = 0; ///< wire bytes this row stands for
    QString text; ///< the line, or for a folded row its summary
    QString annotation; ///< what the command does, in plain words; may be empty
    /// A folded row: a literal or message body collapsed to one line. lines and detail
    /// hold what it folds (detail at most ConnectionRegistry::Limits::detailLines).
    bool folded = false;
    qint64 foldedLines = 0;
    QStringList detail;
    bool detailCut = false; ///< detail holds only the first lines
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::ConnectionInfo)
Q_DECLARE_METATYPE(Letterbox::Services::TranscriptRow)
