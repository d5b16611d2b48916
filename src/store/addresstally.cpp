#include "store/addresstally.h"

#include <QSet>

namespace Letterbox::Store {

namespace {

bool isBareAddress(QStringView text)
{
    return text.contains(u'@') && !text.contains(u' ') && !text.contains(u'<');
}

} // namespace

QString AddressTally::addressKey(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

QList<AddressTally::Mailbox> AddressTally::splitSummary(const QString &summary)
{
    QList<Mailbox> mailboxes;
    QString pending; // pieces of a display name that held ", "
    for (const QString &piece : summary.split(QLatin1String(", "), Qt::SkipEmptyParts)) {
        const QString item = pending.isEmpty() ? piece : pending + QLatin1String(", ") + piece;
        const QString trimmed = piece.trimmed();
        const qsizetype open = item.lastIndexOf(QLatin1Char('<'));
        if (trimmed.endsWith(QLatin1Char('>')) && open >= 0) {
            const QString address = item.mid(open + 1).chopped(1).trimmed();
            mailboxes.append({item.left(open).trimmed(), address});
            pending.clear();
        } else if (isBareAddress(trimmed)) {
            // Whatever was pending was a name without an address (a group's, say).
            mailboxes.append({QString(), trimmed});
            pending.clear();
        } else {
            pending = item;
        }
    }
    return mailboxes;
}

void AddressTally::add(const Mailbox &mailbox, qint64 date)
{
    const QString key = addressKey(mailbox.address);
    Entry &entry = m_entries[key];
    entry.uses += 1;
    if (date >= entry.lastSeen || entry.address.isEmpty()) {
        entry.address = mailbox.address.trimmed();
    }
    entry.lastSeen = std::max(entry.lastSeen, date);
    // A display name equal to the address says nothing; the latest real one wins.
    const QString name = mailbox.name.trimmed();
    if (!name.isEmpty() && addressKey(name) != key && date >= entry.nameSeen) {
        entry.name = name;
        entry.nameSeen = date;
    }
}

void AddressTally::addMessage(const QString &fromName, const QString &fromAddress, const QString &toSummary,
    const QString &ccSummary, qint64 date)
{
    QList<Mailbox> mailboxes {{fromName, fromAddress}};
    mailboxes += splitSummary(toSummary);
    mailboxes += splitSummary(ccSummary);
    QSet<QString> counted; // an address in To and Cc is still one message
    for (const Mailbox &mailbox : std::as_const(mailboxes)) {
        const QString key = addressKey(mailbox.address);
        if (!key.contains(QLatin1Char('@'))) {
            continue;
        }
        if (!counted.contains(key)) {
            counted.insert(key);
            add(mailbox, date);
        } else if (!mailbox.name.isEmpty()) {
            // The same address again, now with a name: keep the name without counting twice.
            Entry &entry = m_entries[key];
            if (entry.name.isEmpty() && addressKey(mailbox.name) != key) {
                entry.name = mailbox.name.trimmed();
                entry.nameSeen = date;
            }
        }
    }
}

} // namespace Letterbox::Store
