#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Letterbox::Store {

/**
 * @short The correspondents of a set of messages, counted: what AddressIndex writes.
 *
 * Each message counts once for each distinct address in its From, To and Cc. To and Cc
 * arrive as the display summaries the messages table keeps ("Bob <bob@x.org>, c@y.org",
 * Mime::toDisplayString(): nothing quoted), which splitSummary() takes apart again; a
 * display name holding ", " stays whole because an item only ends at a '>' or at a bare
 * address. Entries without an '@' (group names, "undisclosed recipients") are not
 * addresses and are left out. Internal to store/.
 */
class AddressTally
{
public:
    struct Entry
    {
        QString address; ///< as seen
        QString name; ///< the name of the latest message that gave one
        qint64 uses = 0;
        qint64 lastSeen = 0; ///< ms since the epoch
        qint64 nameSeen = -1; ///< when name was seen (-1: never)
    };
    struct Mailbox
    {
        QString name;
        QString address;
        friend bool operator==(const Mailbox &, const Mailbox &) = default;
    };

    /// Counts one message: its sender, its To and Cc summaries, its date (ms).
    void addMessage(const QString &fromName, const QString &fromAddress, const QString &toSummary,
        const QString &ccSummary, qint64 date);
    /// The counts, keyed by the case-folded address.
    [[nodiscard]] const QHash<QString, Entry> &entries() const { return m_entries; }

    /// "Name <a@b>, c@d" → {Name, a@b}, {"", c@d}.
    [[nodiscard]] static QList<Mailbox> splitSummary(const QString &summary);
    /// The key an address is stored and merged under: trimmed and case folded.
    [[nodiscard]] static QString addressKey(const QString &address);

private:
    void add(const Mailbox &mailbox, qint64 date);

    QHash<QString, Entry> m_entries;
};

} // namespace Letterbox::Store
