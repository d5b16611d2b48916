#pragma once

#include "protocol/common/commandannotator.h"
#include "protocol/common/credentialredactor.h"
#include "protocol/net/transcripttap.h"
#include "services/inspect/inspecttypes.h"

#include <QCoreApplication>

#include <deque>

namespace Letterbox::Services {

/**
 * @short One connection's transcript as the inspector shows it: redacted, annotated,
 * with literals and message bodies folded, and bounded.
 *
 * Fed the tap's entries (Net::TranscriptTap::entryAdded) in order. Each client line goes
 * through Protocol::CredentialRedactor (on top of the tap's own masking) and
 * Protocol::CommandAnnotator. Server data that is message content becomes one folded row
 * with its size and line count:
 * - IMAP: the bytes of a literal announced by "{n}" at the end of a server line (the
 *   row ends where the n bytes end, even inside a line);
 * - POP3: the lines of a RETR or TOP reply up to the terminating "."; listings (LIST,
 *   UIDL, CAPA) show their first Limits::listingLines lines and fold the rest.
 * SMTP servers send no content; the client's is a payload entry, shown as its size.
 *
 * Bounds, so a sync of a million messages cannot grow memory without end: at most
 * Limits::rows rows and about Limits::characters characters (the oldest rows go first,
 * counted in droppedRows()), a folded row keeps at most Limits::detailLines lines of
 * Limits::detailCharacters. Not thread-safe: ConnectionRegistry holds the lock.
 */
class TranscriptRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::TranscriptRecorder)

public:
    struct Limits
    {
        qsizetype rows = 5'000;
        qsizetype characters = 1'000'000;
        int detailLines = 200;
        qsizetype detailCharacters = 16'000;
        int listingLines = 50;
        /// Smaller literals (an empty References header is "{2}") stay lines of their own.
        qint64 foldLiteralsFrom = 200;
    };

    TranscriptRecorder(Protocol::WireProtocol protocol, const Limits &limits);

    void add(const Net::TranscriptEntry &entry);
    /// One client or server line as Net::TranscriptObserver gives it: the bytes shown, not
    /// yet escaped, so a folded body's lines are escaped only when they are kept.
    void addLine(Net::TranscriptEntry::Direction direction, qint64 elapsedMs, qint64 byteCount, QByteArrayView line);

    /// Up to @p maximum kept rows from sequence @p from on (all with a negative maximum).
    [[nodiscard]] QList<TranscriptRow> rows(qint64 from = 0, qsizetype maximum = -1) const;
    [[nodiscard]] qint64 totalRows() const { return m_nextSequence; }
    [[nodiscard]] qint64 droppedRows() const { return m_nextSequence - qint64(m_rows.size()); }
    /// The sequence of the oldest row kept.
    [[nodiscard]] qint64 firstSequence() const { return droppedRows(); }
    /// What the kept rows cost, in characters (texts, annotations, folded lines).
    [[nodiscard]] qsizetype characters() const { return m_characters; }

private:
    enum class Fold {
        None,
        Literal, ///< IMAP literal: m_literalLeft bytes to go
        Body, ///< POP3 RETR/TOP reply up to "."
        Listing, ///< POP3 multi-line listing: m_listingLeft lines shown first
    };
    /// What a POP3 command's reply will be, queued in order (PIPELINING).
    enum class Reply {
        Single,
        Body,
        Listing,
    };
    struct Kept
    {
        TranscriptRow row;
        Fold fold = Fold::None;
        qsizetype detailCharacters = 0;
    };

    /// A line whose printable text is made only when someone needs it.
    class Line
    {
    public:
        Line(qint64 elapsedMs, qint64 byteCount, QByteArrayView raw, bool startsLine)
            : elapsedMs(elapsedMs)
            , byteCount(byteCount)
            , m_raw(raw)
            , m_startsLine(startsLine)
        { }
        Line(qint64 elapsedMs, qint64 byteCount, const QString &text)
            : elapsedMs(elapsedMs)
            , byteCount(byteCount)
            , m_text(text)
            , m_hasText(true)
        { }

        const qint64 elapsedMs;
        const qint64 byteCount;
        [[nodiscard]] const QString &text();
        /// The POP3 terminator: the line is exactly "." (and a whole line, not a read's edge).
        [[nodiscard]] bool isTerminator() const;
        /// The shown length, without escaping (for a cheap bound before text()).
        [[nodiscard]] qsizetype sizeHint() const { return m_hasText ? m_text.size() : m_raw.size(); }

    private:
        QByteArrayView m_raw;
        QString m_text;
        bool m_hasText = false;
        /// False for the rest of a line a read boundary split: its bytes are no line start.
        bool m_startsLine = true;
    };

    void addClient(Line &line, bool isPayload);
    void addServer(Line &line);
    void startFold(Fold fold);
    /// @p line into the open fold's row (made when the first line arrives).
    void absorb(Line &line);
    void append(TranscriptRow row, Fold fold = Fold::None);
    void trim();
    [[nodiscard]] static qsizetype cost(const TranscriptRow &row);
    [[nodiscard]] static TranscriptRow shown(const Kept &kept);
    [[nodiscard]] static TranscriptRow::Direction direction(Net::TranscriptEntry::Direction direction);

    Protocol::WireProtocol m_protocol;
    Limits m_limits;
    Protocol::CredentialRedactor m_redactor;
    Protocol::CommandAnnotator m_annotator;
    std::deque<Kept> m_rows;
    qint64 m_nextSequence = 0;
    qsizetype m_characters = 0;
    Fold m_fold = Fold::None;
    qint64 m_foldSequence = -1; ///< the open fold's row, or -1 before its first line
    qint64 m_literalLeft = 0;
    int m_listingLeft = 0;
    std::deque<Reply> m_pop3Replies;
    /// The last raw server line ended with its line ending: the next one starts a line.
    bool m_serverAtLineStart = true;
};

} // namespace Letterbox::Services
