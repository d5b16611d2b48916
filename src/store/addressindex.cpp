#include "store/addressindex.h"

#include "store/addresstally.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QSet>

namespace Letterbox::Store {

namespace {

// Rows read at a time by rebuild(): bounded memory per step whatever the cache's size.
constexpr int s_rebuildChunk = 5000;

/// The first string after every string that starts with @p prefix, in SQLite's BINARY
/// (UTF-8 byte) order: the prefix followed by the highest code point.
QString prefixEnd(const QString &prefix)
{
    const char32_t last = 0x10FFFF;
    return prefix + QString::fromUcs4(&last, 1);
}

} // namespace

AddressIndex::AddressIndex(Database &database)
    : m_database(database)
{ }

QString AddressIndex::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c);
        }
    }
    return folded.toCaseFolded().simplified();
}

QStringList AddressIndex::searchKeys(const QString &name, const QString &address)
{
    QStringList keys;
    auto add = [&keys](const QString &key) {
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.append(key);
        }
    };
    const QString folded = fold(address);
    add(folded);
    if (const qsizetype at = folded.lastIndexOf(QLatin1Char('@')); at >= 0) {
        add(folded.mid(at + 1));
    }
    const QString foldedName = fold(name);
    add(foldedName);
    // "Smith, Bob" is typed as "Bob Smith" too.
    if (const QStringList parts = foldedName.split(QLatin1Char(',')); parts.size() == 2) {
        add(fold(parts.at(1) + QLatin1Char(' ') + parts.at(0)));
    }
    // Words split at anything that is not a letter or digit: "Smith, Bob (ACME)".
    qsizetype start = -1;
    for (qsizetype i = 0; i <= foldedName.size(); ++i) {
        const bool inWord = i < foldedName.size() && foldedName.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            add(foldedName.mid(start, i - start));
            start = -1;
        }
    }
    return keys;
}

Result<QList<AddressMatch>> AddressIndex::complete(const QString &typed, int limit) const
{
    // Quotes and an opening angle bracket are how a person starts to type an address.
    QString prefix = typed;
    prefix.remove(QLatin1Char('"')).remove(QLatin1Char('<'));
    prefix = fold(prefix);
    Result<Statement> rows = prefix.isEmpty()
        ? m_database.exec(QStringLiteral("SELECT name, address, uses, last_seen FROM addresses "
                                         "ORDER BY uses DESC, last_seen DESC LIMIT ?"),
              {limit})
        : m_database.exec(QStringLiteral("SELECT name, address, uses, last_seen FROM addresses WHERE id IN "
                                         "(SELECT address_id FROM address_keys WHERE key >= ? AND key < ?) "
                                         "ORDER BY uses DESC, last_seen DESC, id LIMIT ?"),
              {prefix, prefixEnd(prefix), limit});
    if (!rows.ok()) {
        return rows.status();
    }
    QList<AddressMatch> matches;
    while (rows.value().next()) {
        matches.append({rows.value().text(0), rows.value().text(1), rows.value().int64(2),
            SqlValues::toDateTime(rows.value().int64(3))});
    }
    return matches;
}

Status AddressIndex::addKeys(qint64 id, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (Result<Statement> insert = m_database.exec(
                QStringLiteral("INSERT OR IGNORE INTO address_keys(key, address_id) VALUES (?, ?)"), {key, id});
            !insert.ok()) {
            return insert.status();
        }
    }
    return {};
}

Status AddressIndex::record(const AddressTally &tally)
{
    if (tally.entries().isEmpty()) {
        return {};
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    // One look-up per distinct address; keys are written only for a new address or a
    // new name, so a batch of mail from known people costs one UPDATE each.
    for (auto it = tally.entries().cbegin(); it != tally.entries().cend(); ++it) {
        const AddressTally::Entry &entry = it.value();
        Result<Statement> found = m_database.exec(
            QStringLiteral("SELECT id, name, last_seen FROM addresses WHERE address_key = ?"), {it.key()});
        if (!found.ok()) {
            return found.status();
        }
        if (!found.value().next()) {
            found.value().finish();
            Result<Statement> insert = m_database.exec(
                QStringLiteral("INSERT INTO addresses(address_key, address, name, uses, last_seen) VALUES (?, ?, ?, ?, ?)"),
                {it.key(), entry.address, entry.name, entry.uses, entry.lastSeen});
            if (!insert.ok()) {
                return insert.status();
            }
            const qint64 id = insert.value().lastInsertId();
            insert.value().finish();
            if (Status status = addKeys(id, searchKeys(entry.name, entry.address)); !status.ok()) {
                return status;
            }
            continue;
        }
        const qint64 id = found.value().int64(0);
        const QString oldName = found.value().text(1);
        const bool newer = entry.lastSeen >= found.value().int64(2);
        found.value().finish();
        const bool rename = !entry.name.isEmpty() && entry.name != oldName && (newer || oldName.isEmpty());
        if (Result<Statement> update = m_database.exec(
                QStringLiteral("UPDATE addresses SET uses = uses + ?, last_seen = max(last_seen, ?), "
                               "address = CASE WHEN ? THEN ? ELSE address END, "
                               "name = CASE WHEN ? THEN ? ELSE name END WHERE id = ?"),
                {entry.uses, entry.lastSeen, newer, entry.address, rename, entry.name, id});
            !update.ok()) {
            return update.status();
        }
        if (rename) {
            if (Status status = addKeys(id, searchKeys(entry.name, entry.address)); !status.ok()) {
                return status;
            }
        }
    }
    return transaction.commit();
}

Status AddressIndex::rebuild()
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    for (const char *sql : {"DELETE FROM address_keys", "DELETE FROM addresses"}) {
        if (Result<Statement> cleared = m_database.exec(QString::fromLatin1(sql)); !cleared.ok()) {
            return cleared.status();
        }
    }
    // One tally for the whole cache: distinct addresses are few next to the messages
    // (tens of thousands at most), and one write per address keeps the index compact.
    AddressTally tally;
    qint64 after = 0;
    for (;;) {
        Result<Statement> rows = m_database.exec(
            QStringLiteral("SELECT id, from_name, from_address, to_summary, cc_summary, internal_date FROM messages "
                           "WHERE id > ? ORDER BY id LIMIT ?"),
            {after, s_rebuildChunk});
        if (!rows.ok()) {
            return rows.status();
        }
        int read = 0;
        while (rows.value().next()) {
            ++read;
            after = rows.value().int64(0);
            tally.addMessage(rows.value().text(1), rows.value().text(2), rows.value().text(3), rows.value().text(4),
                rows.value().int64(5));
        }
        if (read < s_rebuildChunk) {
            break;
        }
    }
    if (Status status = record(tally); !status.ok()) {
        return status;
    }
    return transaction.commit();
}

} // namespace Letterbox::Store
