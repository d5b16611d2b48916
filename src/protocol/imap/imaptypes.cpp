#include "protocol/imap/imaptypes.h"

#include <algorithm>

namespace Letterbox::Imap {

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f) {
        return false; // CTL, SP and 8-bit
    }
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

bool isAtom(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAtomChar);
}

ImapTagGenerator::ImapTagGenerator(QByteArrayView prefix)
{
    for (char c : prefix) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            m_prefix.append(c);
        }
    }
    if (m_prefix.isEmpty()) {
        m_prefix = QByteArrayLiteral("A");
    }
}

QByteArray ImapTagGenerator::next()
{
    m_last = m_prefix + QByteArray::number(++m_counter);
    return m_last;
}

ImapSequenceSet ImapSequenceSet::fromNumbers(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    ImapSequenceSet set;
    for (quint32 n : numbers) {
        if (n == 0) {
            continue;
        }
        if (!set.m_ranges.isEmpty() && set.m_ranges.last().last + 1 == n) {
            set.m_ranges.last().last = n;
        } else {
            set.m_ranges.append(Range {n, n});
        }
    }
    return set;
}

ImapSequenceSet ImapSequenceSet::fromUids(const QList<ImapUid> &uids)
{
    QList<quint32> numbers;
    numbers.reserve(uids.size());
    for (ImapUid uid : uids) {
        numbers.append(uid.value);
    }
    return fromNumbers(std::move(numbers));
}

ImapSequenceSet ImapSequenceSet::range(quint32 first, quint32 last)
{
    ImapSequenceSet set;
    set.m_ranges.append(Range {first, last});
    return set;
}

ImapSequenceSet ImapSequenceSet::from(quint32 first)
{
    return range(first, 0);
}

static QByteArray numberText(quint32 n)
{
    return n == 0 ? QByteArrayLiteral("*") : QByteArray::number(n);
}

static QByteArray rangeText(const ImapSequenceSet::Range &r)
{
    if (r.first == r.last) {
        return numberText(r.first);
    }
    return numberText(r.first) + ':' + numberText(r.last);
}

QByteArray ImapSequenceSet::toByteArray() const
{
    QByteArray text;
    for (const Range &r : m_ranges) {
        if (!text.isEmpty()) {
            text.append(',');
        }
        text.append(rangeText(r));
    }
    return text;
}

QList<ImapSequenceSet> ImapSequenceSet::split(QList<quint32> numbers, qsizetype maxLength)
{
    // The longest single range, "4294967294:4294967295", is 21 bytes; ranges are never cut.
    maxLength = std::max<qsizetype>(maxLength, 21);
    const ImapSequenceSet whole = fromNumbers(std::move(numbers));
    QList<ImapSequenceSet> sets;
    ImapSequenceSet current;
    qsizetype length = 0;
    for (const Range &r : whole.m_ranges) {
        const qsizetype add = rangeText(r).size();
        if (!current.isEmpty() && length + 1 + add > maxLength) {
            sets.append(current);
            current = {};
            length = 0;
        }
        length = current.isEmpty() ? add : length + 1 + add;
        current.m_ranges.append(r);
    }
    if (!current.isEmpty()) {
        sets.append(current);
    }
    return sets;
}

static std::optional<quint32> parseSeqNumber(QByteArrayView text)
{
    if (text == "*") {
        return 0u;
    }
    if (text.isEmpty() || text.size() > 10 || text.front() == '0') {
        return std::nullopt;
    }
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + quint64(c - '0');
    }
    if (value > 0xffffffffu) {
        return std::nullopt;
    }
    return quint32(value);
}

std::optional<ImapSequenceSet> ImapSequenceSet::parse(QByteArrayView text)
{
    ImapSequenceSet set;
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0) {
            comma = text.size();
        }
        const QByteArrayView item = text.sliced(start, comma - start);
        const qsizetype colon = item.indexOf(':');
        if (colon < 0) {
            const auto n = parseSeqNumber(item);
            if (!n) {
                return std::nullopt;
            }
            set.m_ranges.append(Range {*n, *n});
        } else {
            const auto a = parseSeqNumber(item.first(colon));
            const auto b = parseSeqNumber(item.sliced(colon + 1));
            if (!a || !b) {
                return std::nullopt;
            }
            set.m_ranges.append(Range {*a, *b});
        }
        start = comma + 1;
        if (comma == text.size()) {
            break;
        }
    }
    return set;
}

static std::pair<quint32, quint32> bounds(const ImapSequenceSet::Range &r, quint32 largest)
{
    const quint32 a = r.first == 0 ? largest : r.first;
    const quint32 b = r.last == 0 ? largest : r.last;
    return {std::min(a, b), std::max(a, b)}; // "5:2" means 2:5 (RFC 9051 section 9)
}

bool ImapSequenceSet::contains(quint32 number, quint32 largest) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(), [&](const Range &r) {
        const auto [low, high] = bounds(r, largest);
        return number >= low && number <= high;
    });
}

quint64 ImapSequenceSet::count(quint32 largest) const
{
    // Counting without expanding: overlapping ranges are merged first.
    QList<std::pair<quint32, quint32>> spans;
    for (const Range &r : m_ranges) {
        spans.append(bounds(r, largest));
    }
    std::sort(spans.begin(), spans.end());
    quint64 total = 0;
    quint64 coveredUpTo = 0; // one past the highest number counted so far
    for (const auto &[low, high] : spans) {
        const quint64 from = std::max<quint64>(low, coveredUpTo);
        if (quint64(high) + 1 > from) {
            total += quint64(high) + 1 - from;
            coveredUpTo = quint64(high) + 1;
        }
    }
    return total;
}

std::optional<QList<quint32>> ImapSequenceSet::toNumbers(quint32 largest, qsizetype maxCount) const
{
    QList<std::pair<quint32, quint32>> spans;
    quint64 total = 0;
    for (const Range &r : m_ranges) {
        spans.append(bounds(r, largest));
        total += quint64(spans.last().second) - spans.last().first + 1;
        if (total > quint64(std::max<qsizetype>(maxCount, 0))) {
            return std::nullopt;
        }
    }
    QList<quint32> numbers;
    numbers.reserve(qsizetype(total));
    for (const auto &[low, high] : spans) {
        for (quint64 n = low; n <= high; ++n) {
            numbers.append(quint32(n));
        }
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

namespace ImapFlag {

bool isValid(QByteArrayView flag)
{
    if (flag.startsWith('\\')) {
        flag = flag.sliced(1);
    }
    return isAtom(flag);
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace ImapFlag

} // namespace Letterbox::Imap
