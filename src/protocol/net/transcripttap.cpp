#include "protocol/net/transcripttap.h"

#include <QLocale>
#include <QMetaMethod>

namespace Letterbox::Net {

namespace {

/// @p line's length without its line ending (CRLF or LF).
qsizetype withoutLineEnding(QByteArrayView line)
{
    qsizetype length = line.size();
    if (length > 0 && line.at(length - 1) == '\n') {
        --length;
        if (length > 0 && line.at(length - 1) == '\r') {
            --length;
        }
    }
    return length;
}

} // namespace

TranscriptTap::TranscriptTap(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void TranscriptTap::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(capacity, 1);
    while (qsizetype(m_entries.size()) > m_capacity) {
        m_entries.pop_front();
    }
}

void TranscriptTap::restartClock()
{
    m_clock.restart();
}

void TranscriptTap::recordClient(const Protocol::OutgoingData &data)
{
    m_clientBytes += data.bytes.size();
    if (data.kind == Protocol::OutgoingData::Kind::Payload) {
        add(TranscriptEntry::Direction::Client, data.bytes.size(),
            tr("[%1 bytes of message data]").arg(QLocale().toString(data.bytes.size())), true);
        return;
    }
    // With secrets the shown text is shorter or longer than the wire: the lines are the
    // redacted ones and the last carries whatever makes the total exact.
    addLines(
        TranscriptEntry::Direction::Client, data.secrets.isEmpty() ? data.bytes : data.redacted(), data.bytes.size());
}

void TranscriptTap::recordServer(const QByteArray &data)
{
    m_serverBytes += data.size();
    addLines(TranscriptEntry::Direction::Server, data, data.size());
}

void TranscriptTap::recordInfo(const QString &text)
{
    add(TranscriptEntry::Direction::Info, 0, text);
}

void TranscriptTap::addLines(TranscriptEntry::Direction direction, const QByteArray &shown, qint64 wireBytes)
{
    // One entry per line; each line's count is its own length, except when the shown
    // text is not the wire text (redaction), where the last line carries the remainder.
    QList<qsizetype> ends;
    qsizetype longest = 0;
    for (qsizetype start = 0; start < shown.size();) {
        const qsizetype newline = shown.indexOf('\n', start);
        const qsizetype end = newline < 0 ? shown.size() : newline + 1;
        longest = std::max(longest, end - start);
        ends.append(end);
        start = end;
    }
    if (m_observer) {
        const qint64 now = m_clock.elapsed();
        qsizetype start = 0;
        qint64 counted = 0;
        for (qsizetype i = 0; i < ends.size(); ++i) {
            const qsizetype end = ends.at(i);
            const qint64 bytes = i == ends.size() - 1 ? wireBytes - counted : end - start;
            counted += bytes;
            m_observer->lineRecorded(direction, now, bytes, QByteArrayView(shown).sliced(start, end - start));
            start = end;
        }
    }
    // A read of message data holds hundreds of lines. With no one listening live, the lines
    // the ring would drop before this call returns are only counted: escaping and queuing
    // each was a sixth of a 10,000-message POP3 download (measured with perf).
    const bool everyLine = isSignalConnected(QMetaMethod::fromSignal(&TranscriptTap::entryAdded));
    const qsizetype firstKept = everyLine ? 0 : std::max<qsizetype>(0, ends.size() - m_capacity);
    qsizetype start = firstKept > 0 ? ends.at(firstKept - 1) : 0;
    qint64 counted = start;
    // The kept lines share the read's buffer when it holds nothing else (no line dropped,
    // none cut), so the ring never keeps more bytes alive than it shows.
    const bool share = firstKept == 0 && longest <= maximumLineLength() + 2;
    m_totalEntries += firstKept;
    for (qsizetype i = firstKept; i < ends.size(); ++i) {
        const qsizetype end = ends.at(i);
        const bool last = i == ends.size() - 1;
        const qint64 bytes = last ? wireBytes - counted : end - start;
        counted += bytes;
        addLine(direction, bytes, QByteArrayView(shown).sliced(start, end - start), shown, start, everyLine, share);
        start = end;
    }
}

void TranscriptTap::add(TranscriptEntry::Direction direction, qint64 byteCount, const QString &text, bool isPayload)
{
    Kept kept {m_clock.elapsed(), direction, byteCount, text, {}};
    kept.isPayload = isPayload;
    if (m_observer && (direction == TranscriptEntry::Direction::Info || isPayload)) {
        m_observer->entryRecorded(toEntry(kept)); // lines went to lineRecorded() already
    }
    Q_EMIT entryAdded(toEntry(kept));
    keep(std::move(kept));
}

void TranscriptTap::addLine(TranscriptEntry::Direction direction, qint64 byteCount, QByteArrayView line,
    const QByteArray &read, qsizetype offset, bool everyLine, bool share)
{
    if (everyLine) {
        add(direction, byteCount, printable(line));
        return;
    }
    const qsizetype textLength = withoutLineEnding(line);
    const qsizetype shownLength = std::min(textLength, maximumLineLength());
    if (share) {
        keep({m_clock.elapsed(), direction, byteCount, {}, read, offset, shownLength, textLength});
        return;
    }
    keep({m_clock.elapsed(), direction, byteCount, {}, line.first(shownLength).toByteArray(), 0, shownLength,
        textLength});
}

void TranscriptTap::keep(Kept kept)
{
    ++m_totalEntries;
    m_entries.push_back(std::move(kept));
    if (qsizetype(m_entries.size()) > m_capacity) {
        m_entries.pop_front();
    }
}

TranscriptEntry TranscriptTap::toEntry(const Kept &kept)
{
    return {kept.elapsedMs, kept.direction, kept.byteCount,
        kept.raw.isNull() ? kept.text
                          : printableText(QByteArrayView(kept.raw).sliced(kept.offset, kept.length), kept.textLength),
        kept.isPayload};
}

QList<TranscriptEntry> TranscriptTap::entries() const
{
    QList<TranscriptEntry> entries;
    entries.reserve(qsizetype(m_entries.size()));
    for (const Kept &kept : m_entries) {
        entries.append(toEntry(kept));
    }
    return entries;
}

QString TranscriptTap::toText() const
{
    QString text;
    if (droppedEntries() > 0) {
        text += tr("* %1 earlier entries dropped (the transcript keeps the last %2)")
                    .arg(QLocale().toString(droppedEntries()), QLocale().toString(m_capacity))
            + QLatin1Char('\n');
    }
    for (const Kept &kept : m_entries) {
        text += formatEntry(toEntry(kept)) + QLatin1Char('\n');
    }
    return text;
}

QString TranscriptTap::formatEntry(const TranscriptEntry &entry)
{
    const QString time = QString::number(entry.elapsedMs / 1000.0, 'f', 3).rightJustified(8);
    switch (entry.direction) {
    case TranscriptEntry::Direction::Client:
        return time + QStringLiteral(" C: ") + QString::number(entry.byteCount).rightJustified(5) + QStringLiteral("  ")
            + entry.text;
    case TranscriptEntry::Direction::Server:
        return time + QStringLiteral(" S: ") + QString::number(entry.byteCount).rightJustified(5) + QStringLiteral("  ")
            + entry.text;
    case TranscriptEntry::Direction::Info:
        break;
    }
    return time + QStringLiteral(" *  ") + entry.text;
}

QString TranscriptTap::printable(QByteArrayView line)
{
    const qsizetype length = withoutLineEnding(line);
    return printableText(line.first(std::min<qsizetype>(length, maximumLineLength())), length);
}

QString TranscriptTap::printableText(QByteArrayView line, qsizetype length)
{
    const qsizetype kept = std::min<qsizetype>(line.size(), maximumLineLength());
    QByteArray escaped;
    escaped.reserve(kept + 16);
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < kept; ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        if (byte == '\r') {
            escaped += "\\r";
        } else if (byte == '\n') {
            escaped += "\\n";
        } else if (byte == '\t') {
            escaped += "\\t";
        } else if (byte == '\\') {
            escaped += "\\\\";
        } else if (byte < 0x20 || byte == 0x7f) {
            escaped += "\\x";
            escaped += hex[byte >> 4];
            escaped += hex[byte & 0xf];
        } else {
            escaped += char(byte);
        }
    }
    QString text = QString::fromUtf8(escaped);
    if (length > kept) {
        text += tr("… [%1 more bytes]").arg(QLocale().toString(length - kept));
    }
    return text;
}

} // namespace Letterbox::Net
