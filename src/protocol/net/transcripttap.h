#pragma once

#include "protocol/common/outgoingdata.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <deque>

namespace Letterbox::Net {

/// One line of a transcript.
struct TranscriptEntry
{
    enum class Direction {
        Client, ///< bytes the client wrote ("C:")
        Server, ///< bytes the server sent ("S:")
        Info, ///< what the connection itself did: connecting, TLS, certificate, errors ("*")
    };

    qint64 elapsedMs = 0; ///< since connectToServer()
    Direction direction = Direction::Info;
    qint64 byteCount = 0; ///< wire bytes this entry stands for (0 for Info)
    QString text;
    /// Client message content (OutgoingData::Kind::Payload), shown only as its size: a
    /// reader must not take its text for a command.
    bool isPayload = false;
};

/**
 * @short Sees every entry of a TranscriptTap as it is recorded, on the tap's thread.
 *
 * For a reader that keeps its own copy (services' ConnectionRegistry): unlike
 * entryAdded(), the lines come as the bytes shown (secrets already masked, not yet
 * escaped), so a reader that folds a message body escapes only what it keeps, and the tap
 * keeps its cheap path of only counting the lines its ring would drop.
 */
class TranscriptObserver
{
public:
    virtual ~TranscriptObserver() = default;
    /// One client or server line: @p line as shown, with its line ending (escape it with
    /// TranscriptTap::printable() before showing it); @p byteCount is its wire bytes.
    virtual void lineRecorded(
        TranscriptEntry::Direction direction, qint64 elapsedMs, qint64 byteCount, QByteArrayView line)
        = 0;
    /// An Info entry, or client payload shown as its size.
    virtual void entryRecorded(const TranscriptEntry &entry) = 0;
};

/**
 * @short The redacted byte-level transcript of one connection (DESIGN.md principle 6).
 *
 * Connection records every write and read here; the protocol inspector, `letterbox-cli
 * inspect` and tests read it, live through entryAdded() or a TranscriptObserver, or
 * afterwards through entries() and toText(). What is kept:
 * - client commands as OutgoingData::redacted(): a secret shows as "***", never its
 *   bytes or its length; one entry per line of a pipelined flight;
 * - client payload (message data) as one abbreviated entry, "[4,213 bytes of message
 *   data]";
 * - server data one entry per line, line ending removed, other control bytes escaped
 *   (\r, \t, \xNN), lines longer than maximumLineLength() cut with the rest counted.
 *
 * Bounded: at most capacity() entries are kept (the oldest go first); the byte and
 * entry counters stay exact. Limits: a server line split across two reads becomes two
 * entries; server text cannot be redacted (servers do not echo secrets).
 */
class TranscriptTap : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype defaultCapacity = 10'000;

    explicit TranscriptTap(QObject *parent = nullptr);

    void setCapacity(qsizetype capacity);
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    [[nodiscard]] static constexpr qsizetype maximumLineLength() { return 1000; }

    /// Restarts the clock that entries' elapsedMs count from (Connection calls it on connect).
    void restartClock();

    /// @p observer sees every entry from now on (null: none); it must outlive the tap or
    /// be removed first.
    void setObserver(TranscriptObserver *observer) { m_observer = observer; }

    void recordClient(const Protocol::OutgoingData &data);
    void recordServer(const QByteArray &data);
    void recordInfo(const QString &text);

    /// The kept entries, oldest first.
    [[nodiscard]] QList<TranscriptEntry> entries() const;
    [[nodiscard]] qint64 totalEntries() const { return m_totalEntries; }
    [[nodiscard]] qint64 droppedEntries() const { return m_totalEntries - qint64(m_entries.size()); }
    [[nodiscard]] qint64 clientBytes() const { return m_clientBytes; }
    [[nodiscard]] qint64 serverBytes() const { return m_serverBytes; }

    /// One line per kept entry (formatEntry), preceded by a note if entries were dropped.
    [[nodiscard]] QString toText() const;
    /// "   0.152 S:   23  220 mail.example.org ESMTP" — seconds, marker, bytes, text.
    [[nodiscard]] static QString formatEntry(const TranscriptEntry &entry);
    /// @p line for a transcript: CRLF or LF at the end removed, control bytes escaped,
    /// cut after maximumLineLength() bytes.
    [[nodiscard]] static QString printable(QByteArrayView line);

Q_SIGNALS:
    void entryAdded(const Letterbox::Net::TranscriptEntry &entry);

private:
    /// An entry as kept: a line's raw bytes are escaped (printable()) only when someone
    /// reads it, since most lines of a download are dropped unread.
    struct Kept
    {
        qint64 elapsedMs = 0;
        TranscriptEntry::Direction direction = TranscriptEntry::Direction::Info;
        qint64 byteCount = 0;
        QString text; ///< when raw is null
        /// The whole read the line came from, shared rather than copied (a copy per line
        /// was most of the tap's cost in a download), and where the line sits in it.
        /// When the read also holds bytes the ring does not show (a dropped or a cut line),
        /// the line keeps a copy of what it shows instead, so the ring's memory stays
        /// bounded whatever a server sends.
        QByteArray raw;
        qsizetype offset = 0;
        qsizetype length = 0; ///< the line's bytes in raw (at most maximumLineLength())
        qsizetype textLength = 0; ///< the line's length without its line ending
        bool isPayload = false;
    };
    /// The first bytes of a line (@p shown) for a transcript, given its length @p textLength
    /// without the line ending.
    [[nodiscard]] static QString printableText(QByteArrayView shown, qsizetype textLength);
    [[nodiscard]] static TranscriptEntry toEntry(const Kept &kept);

    void add(TranscriptEntry::Direction direction, qint64 byteCount, const QString &text, bool isPayload = false);
    /// Keeps @p line, which starts at @p offset of @p read: as a view of @p read when
    /// @p share (see addLines), else as a copy of what it shows.
    void addLine(TranscriptEntry::Direction direction, qint64 byteCount, QByteArrayView line, const QByteArray &read,
        qsizetype offset, bool everyLine, bool share);
    void keep(Kept kept);
    void addLines(TranscriptEntry::Direction direction, const QByteArray &shown, qint64 wireBytes);

    TranscriptObserver *m_observer = nullptr;
    std::deque<Kept> m_entries;
    qsizetype m_capacity = defaultCapacity;
    qint64 m_totalEntries = 0;
    qint64 m_clientBytes = 0;
    qint64 m_serverBytes = 0;
    QElapsedTimer m_clock;
};

} // namespace Letterbox::Net

Q_DECLARE_METATYPE(Letterbox::Net::TranscriptEntry)
