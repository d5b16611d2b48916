#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <compare>
#include <optional>

namespace Letterbox::Imap {

/**
 * @short A message UID (RFC 9051 section 2.3.1.1), kept apart from sequence numbers.
 *
 * A strong type so that code which must address messages by UID (every change Letterbox
 * makes on a server) cannot be handed a sequence number by accident. 0 is not a valid UID.
 */
struct ImapUid
{
    quint32 value = 0;

    [[nodiscard]] bool isValid() const { return value != 0; }
    auto operator<=>(const ImapUid &) const = default;
};

/**
 * @short Hands out command tags: a fixed prefix and a growing counter ("A1", "A2", ...).
 *
 * Tags only need to be unique per connection (RFC 9051 section 2.2.1); the prefix lets two
 * connections' transcripts be told apart. The prefix is reduced to letters and digits, so a
 * tag is always a valid atom.
 */
class ImapTagGenerator
{
public:
    explicit ImapTagGenerator(QByteArrayView prefix = "A");

    [[nodiscard]] QByteArray next();
    /// The tag the last next() returned (empty before the first).
    [[nodiscard]] QByteArray last() const { return m_last; }

private:
    QByteArray m_prefix;
    quint64 m_counter = 0;
    QByteArray m_last;
};

/**
 * @short A sequence-set (RFC 9051 section 9, "sequence-set") of UIDs or sequence numbers.
 *
 * Ranges are kept as written; 0 stands for "*" (the largest number in use). fromSorted()
 * builds the compact form the encoder sends ("1:5,7,9:12"), and split() cuts a long set into
 * several that each fit a maximum command length, because servers cap the line length
 * (Dovecot at 64 KiB) and a set over 100,000 sparse UIDs would not fit in one. parse() reads
 * what servers send in VANISHED, COPYUID, APPENDUID and ESEARCH ALL.
 */
class ImapSequenceSet
{
public:
    struct Range
    {
        quint32 first = 0; ///< 0 means "*"
        quint32 last = 0; ///< 0 means "*"
        bool operator==(const Range &) const = default;
    };

    ImapSequenceSet() = default;
    /// The compact set of @p numbers; they are sorted and de-duplicated first, zeros dropped.
    [[nodiscard]] static ImapSequenceSet fromNumbers(QList<quint32> numbers);
    [[nodiscard]] static ImapSequenceSet fromUids(const QList<ImapUid> &uids);
    [[nodiscard]] static ImapSequenceSet range(quint32 first, quint32 last);
    /// "n:*"
    [[nodiscard]] static ImapSequenceSet from(quint32 first);
    /// Parses a sequence-set; nullopt when @p text is not one.
    [[nodiscard]] static std::optional<ImapSequenceSet> parse(QByteArrayView text);

    /**
     * The compact sets of @p numbers, each at most @p maxLength bytes when written. A single
     * range never exceeds 21 bytes ("4294967294:4294967295"), so @p maxLength below 21 is treated as 21.
     */
    [[nodiscard]] static QList<ImapSequenceSet> split(QList<quint32> numbers, qsizetype maxLength);

    [[nodiscard]] bool isEmpty() const { return m_ranges.isEmpty(); }
    [[nodiscard]] const QList<Range> &ranges() const { return m_ranges; }
    [[nodiscard]] QByteArray toByteArray() const;
    /// Whether @p number is in the set; "*" is taken as @p largest.
    [[nodiscard]] bool contains(quint32 number, quint32 largest = 0xffffffffu) const;
    /**
     * Every number of the set in ascending order, "*" taken as @p largest; nullopt if there
     * would be more than @p maxCount (a server's "1:4294967295" must not allocate 16 GB).
     */
    [[nodiscard]] std::optional<QList<quint32>> toNumbers(quint32 largest, qsizetype maxCount) const;
    /// The number of members, "*" taken as @p largest.
    [[nodiscard]] quint64 count(quint32 largest = 0xffffffffu) const;

    void append(Range range) { m_ranges.append(range); }
    bool operator==(const ImapSequenceSet &) const = default;

private:
    QList<Range> m_ranges;
};

/// System flags (RFC 9051 section 2.3.2) and the keywords Letterbox sets, as sent on the wire.
namespace ImapFlag {
inline constexpr char seen[] = "\\Seen";
inline constexpr char answered[] = "\\Answered";
inline constexpr char flagged[] = "\\Flagged";
inline constexpr char deleted[] = "\\Deleted";
inline constexpr char draft[] = "\\Draft";
inline constexpr char recent[] = "\\Recent";
inline constexpr char forwarded[] = "$Forwarded"; ///< RFC 5550 keyword
inline constexpr char junk[] = "$Junk";
inline constexpr char notJunk[] = "$NotJunk";

/**
 * Whether @p flag can be sent as a flag: a system flag (a backslash then an atom) or a keyword
 * (an atom). Spaces, CR, LF, parentheses, quotes and 8-bit bytes are refused, so a flag can
 * never smuggle a second command into a STORE.
 */
[[nodiscard]] bool isValid(QByteArrayView flag);
/// Case-insensitive comparison, as flags are (RFC 9051 section 2.3.2).
[[nodiscard]] bool equal(QByteArrayView a, QByteArrayView b);
} // namespace ImapFlag

/// Whether @p c may appear in an atom (RFC 9051 "ATOM-CHAR").
[[nodiscard]] bool isAtomChar(char c);
/// Whether @p text is a non-empty atom.
[[nodiscard]] bool isAtom(QByteArrayView text);

} // namespace Letterbox::Imap
