#include "services/inspect/transcriptrecorder.h"

#include <QLocale>

namespace Letterbox::Services {

namespace {

/// Commands in flight a POP3 reader remembers; PIPELINING sends at most 128 (Pop3Session).
constexpr qsizetype s_maximumPendingReplies = 1'024;

bool startsWith(const QString &text, const char *prefix)
{
    return text.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

} // namespace

TranscriptRecorder::TranscriptRecorder(Protocol::WireProtocol protocol, const Limits &limits)
    : m_protocol(protocol)
    , m_limits(limits)
    , m_redactor(protocol)
    , m_annotator(protocol)
{
    m_limits.rows = std::max<qsizetype>(m_limits.rows, 2);
}

TranscriptRow::Direction TranscriptRecorder::direction(Net::TranscriptEntry::Direction direction)
{
    switch (direction) {
    case Net::TranscriptEntry::Direction::Client:
        return TranscriptRow::Direction::Client;
    case Net::TranscriptEntry::Direction::Server:
        return TranscriptRow::Direction::Server;
    case Net::TranscriptEntry::Direction::Info:
        break;
    }
    return TranscriptRow::Direction::Info;
}

const QString &TranscriptRecorder::Line::text()
{
    if (!m_hasText) {
        m_text = Net::TranscriptTap::printable(m_raw);
        m_hasText = true;
    }
    return m_text;
}

bool TranscriptRecorder::Line::isTerminator() const
{
    // A read boundary splits lines: one that ends after the first dot of a stuffed ".."
    // line leaves an entry of one byte, and one just before the last dot of "ends so." an
    // entry ".\r\n" that is no line of its own.
    if (byteCount < 2 || !m_startsLine) {
        return false;
    }
    if (m_hasText && m_raw.isNull()) {
        return m_text == QLatin1String(".");
    }
    return m_raw == QByteArrayView(".\r\n") || m_raw == QByteArrayView(".\n");
}

void TranscriptRecorder::add(const Net::TranscriptEntry &entry)
{
    Line line(entry.elapsedMs, entry.byteCount, entry.text);
    switch (entry.direction) {
    case Net::TranscriptEntry::Direction::Client:
        addClient(line, entry.isPayload);
        return;
    case Net::TranscriptEntry::Direction::Server:
        addServer(line);
        return;
    case Net::TranscriptEntry::Direction::Info:
        break;
    }
    TranscriptRow row;
    row.elapsedMs = entry.elapsedMs;
    row.direction = TranscriptRow::Direction::Info;
    row.text = entry.text;
    append(std::move(row));
}

void TranscriptRecorder::addLine(
    Net::TranscriptEntry::Direction direction, qint64 elapsedMs, qint64 byteCount, QByteArrayView raw)
{
    if (direction == Net::TranscriptEntry::Direction::Client) {
        Line line(elapsedMs, byteCount, raw, true);
        addClient(line, false);
    } else if (direction == Net::TranscriptEntry::Direction::Server) {
        Line line(elapsedMs, byteCount, raw, m_serverAtLineStart);
        m_serverAtLineStart = raw.endsWith('\n');
        addServer(line);
    }
}

void TranscriptRecorder::addClient(Line &line, bool isPayload)
{
    TranscriptRow row;
    row.elapsedMs = line.elapsedMs;
    row.direction = TranscriptRow::Direction::Client;
    row.bytes = line.byteCount;
    if (isPayload) {
        row.text = line.text(); // the tap's "[n bytes of message data]": never the content
        row.annotation = m_annotator.payload(line.byteCount);
        append(std::move(row));
        return;
    }
    const bool secretBefore = m_redactor.inSecretExchange();
    row.text = m_redactor.client(line.text());
    row.annotation = m_annotator.client(row.text);
    if (m_protocol == Protocol::WireProtocol::Pop3 && !secretBefore) {
        Protocol::TranscriptWords words(row.text);
        const QString command = words.next().value_or(QStringView()).toString().toUpper();
        const bool hasArgument = words.next().has_value();
        Reply reply = Reply::Single;
        if (command == QLatin1String("RETR") || command == QLatin1String("TOP")) {
            reply = Reply::Body;
        } else if (command == QLatin1String("CAPA")
            || (!hasArgument
                && (command == QLatin1String("LIST") || command == QLatin1String("UIDL")
                    || command == QLatin1String("AUTH")))) {
            reply = Reply::Listing;
        }
        m_pop3Replies.push_back(reply);
        if (qsizetype(m_pop3Replies.size()) > s_maximumPendingReplies) {
            m_pop3Replies.pop_front();
        }
    }
    append(std::move(row));
}

void TranscriptRecorder::addServer(Line &line)
{
    // Only a SASL exchange needs the server's side read; a body's lines are not.
    if (m_redactor.inSecretExchange() || m_annotator.inSaslExchange()) {
        m_redactor.server(line.text());
        m_annotator.server(line.text());
    }
    switch (m_fold) {
    case Fold::Literal:
        absorb(line);
        m_literalLeft -= line.byteCount;
        if (m_literalLeft <= 0) {
            // The row that ends the literal may go on with the response, and announce
            // another literal (BODY[HEADER] {300} BODY[TEXT] {5000}).
            const bool lineGoesOn = m_literalLeft < 0;
            m_fold = Fold::None;
            if (lineGoesOn) {
                const qint64 next = Protocol::TranscriptWords::trailingLiteralSize(line.text());
                if (next >= std::max<qint64>(m_limits.foldLiteralsFrom, 1)) {
                    startFold(Fold::Literal);
                    m_literalLeft = next;
                }
            }
        }
        return;
    case Fold::Body:
        absorb(line);
        if (line.isTerminator()) {
            m_fold = Fold::None;
        }
        return;
    case Fold::Listing:
        if (line.isTerminator()) {
            m_fold = Fold::None;
            break; // the end of the listing is shown
        }
        if (m_listingLeft > 0) {
            --m_listingLeft;
            break;
        }
        absorb(line);
        return;
    case Fold::None:
        break;
    }

    TranscriptRow row;
    row.elapsedMs = line.elapsedMs;
    row.direction = TranscriptRow::Direction::Server;
    row.bytes = line.byteCount;
    row.text = line.text();
    const QString text = row.text;
    append(std::move(row));
    if (m_fold != Fold::None) {
        return; // a listing line shown in full
    }

    switch (m_protocol) {
    case Protocol::WireProtocol::Imap: {
        const qint64 size = Protocol::TranscriptWords::trailingLiteralSize(text);
        if (size >= std::max<qint64>(m_limits.foldLiteralsFrom, 1)) {
            startFold(Fold::Literal);
            m_literalLeft = size;
        }
        return;
    }
    case Protocol::WireProtocol::Pop3:
        if (m_pop3Replies.empty()) {
            return; // the greeting, or a reply to nothing we saw
        }
        if (startsWith(text, "+OK")) {
            const Reply reply = m_pop3Replies.front();
            m_pop3Replies.pop_front();
            if (reply == Reply::Body) {
                startFold(Fold::Body);
            } else if (reply == Reply::Listing) {
                startFold(Fold::Listing);
                m_listingLeft = m_limits.listingLines;
            }
        } else if (startsWith(text, "-ERR")) {
            m_pop3Replies.pop_front();
        }
        return;
    case Protocol::WireProtocol::Smtp:
        return;
    }
}

void TranscriptRecorder::startFold(Fold fold)
{
    m_fold = fold;
    m_foldSequence = -1;
}

void TranscriptRecorder::absorb(Line &line)
{
    Kept *kept = nullptr;
    if (m_foldSequence >= firstSequence()) {
        kept = &m_rows.at(std::size_t(m_foldSequence - firstSequence()));
    }
    if (!kept) {
        // The fold's first line, or its row was dropped meanwhile: a new row goes on counting.
        TranscriptRow row;
        row.elapsedMs = line.elapsedMs;
        row.direction = TranscriptRow::Direction::Server;
        row.folded = true;
        append(std::move(row), m_fold);
        m_foldSequence = m_nextSequence - 1;
        kept = &m_rows.back();
    }
    TranscriptRow &row = kept->row;
    row.bytes += line.byteCount;
    ++row.foldedLines;
    if (row.detailCut) {
        return; // full already: the line is only counted, never escaped
    }
    // Escaping can only grow a line, so a line already too long unescaped is cut unread.
    if (row.detail.size() < m_limits.detailLines
        && kept->detailCharacters + std::min<qsizetype>(line.sizeHint(), Net::TranscriptTap::maximumLineLength())
            <= m_limits.detailCharacters) {
        const QString &text = line.text();
        if (kept->detailCharacters + text.size() <= m_limits.detailCharacters) {
            row.detail.append(text);
            kept->detailCharacters += text.size();
            m_characters += text.size();
            trim();
            return;
        }
    }
    row.detailCut = true;
}

void TranscriptRecorder::append(TranscriptRow row, Fold fold)
{
    row.sequence = m_nextSequence++;
    m_characters += cost(row);
    m_rows.push_back({std::move(row), fold});
    trim();
}

void TranscriptRecorder::trim()
{
    while (qsizetype(m_rows.size()) > m_limits.rows || (m_characters > m_limits.characters && m_rows.size() > 1)) {
        m_characters -= cost(m_rows.front().row);
        m_rows.pop_front();
    }
}

qsizetype TranscriptRecorder::cost(const TranscriptRow &row)
{
    qsizetype characters = row.text.size() + row.annotation.size() + 64; // 64: the row's own fields
    for (const QString &line : row.detail) {
        characters += line.size();
    }
    return characters;
}

TranscriptRow TranscriptRecorder::shown(const Kept &kept)
{
    TranscriptRow row = kept.row;
    const QString bytes = QLocale().toString(row.bytes);
    const QString lines = QLocale().toString(row.foldedLines);
    switch (kept.fold) {
    case Fold::None:
        break;
    case Fold::Literal:
        row.text = tr("[literal: %1 bytes in %2 lines]").arg(bytes, lines);
        row.annotation = tr("literal data (message text or a long string), folded: expand to read it");
        break;
    case Fold::Body:
        row.text = tr("[message: %1 bytes in %2 lines]").arg(bytes, lines);
        row.annotation = tr("the message the server sends, folded: expand to read it");
        break;
    case Fold::Listing:
        row.text = tr("[%1 more lines of the listing, %2 bytes]").arg(lines, bytes);
        row.annotation = tr("the rest of the listing, folded");
        break;
    }
    return row;
}

QList<TranscriptRow> TranscriptRecorder::rows(qint64 from, qsizetype maximum) const
{
    QList<TranscriptRow> rows;
    const qint64 first = std::max(from, firstSequence());
    for (qint64 sequence = first; sequence < m_nextSequence; ++sequence) {
        if (maximum >= 0 && rows.size() >= maximum) {
            break;
        }
        rows.append(shown(m_rows.at(std::size_t(sequence - firstSequence()))));
    }
    return rows;
}

} // namespace Letterbox::Services
