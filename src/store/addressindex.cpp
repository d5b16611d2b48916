#include "store/addressindex.h"

#include "store/addresstally.h"
#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QHash>

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

Status AddressIndex::record(const AddressTally &tally)
{
    if (tally.entries().isEmpty()) {
        return {};
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.status();
    }
    // Three statements per batch, each over the whole batch as one JSON array: one
    // statement per address through QtSql cost 65 µs per inserted message (measured over
    // 100,000 messages with 25,000 correspondents), more than the message row itself.
    // 1. The names already known, so that keys are written only for a new address or a
    //    new name: a batch of mail from known people writes no key at all.
    Result<Statement> known = m_database.exec(
        QStringLiteral("SELECT address_key, name, last_seen FROM addresses "
                       "WHERE address_key IN (SELECT value FROM json_each(?))"),
        {SqlValues::jsonStrings(tally.entries().keys())});
    if (!known.ok()) {
        return known.status();
    }
    QHash<QString, std::pair<QString, qint64>> names;
    while (known.value().next()) {
        names.insert(known.value().text(0), {known.value().text(1), known.value().int64(2)});
    }
    known.value().finish();
    SqlValues::JsonRows rows;
    SqlValues::JsonRows keys;
    for (auto it = tally.entries().cbegin(); it != tally.entries().cend(); ++it) {
        const AddressTally::Entry &entry = it.value();
        rows.beginRow();
        rows.add(it.key());
        rows.add(entry.address);
        rows.add(entry.name);
        rows.add(entry.uses);
        rows.add(entry.lastSeen);
        rows.endRow();
        const auto old = names.constFind(it.key());
        // The same rule as the name's CASE below.
        const bool renamed = old != names.cend() && !entry.name.isEmpty() && entry.name != old->first
            && (entry.lastSeen >= old->second || old->first.isEmpty());
        if (old == names.cend() || renamed) {
            for (const QString &key : searchKeys(entry.name, entry.address)) {
                keys.beginRow();
                keys.add(key);
                keys.add(it.key());
                keys.endRow();
            }
        }
    }
    // 2. Counts, dates and names. In an UPSERT's SET every column reads its old value.
    if (Result<Statement> upsert = m_database.exec(
            QStringLiteral("INSERT INTO addresses(address_key, address, name, uses, last_seen) "
                           "SELECT value->>0, value->>1, value->>2, value->>3, value->>4 FROM json_each(?) WHERE true "
                           "ON CONFLICT(address_key) DO UPDATE SET uses = uses + excluded.uses, "
                           "last_seen = max(last_seen, excluded.last_seen), "
                           "address = CASE WHEN excluded.last_seen >= last_seen THEN excluded.address ELSE address END, "
                           "name = CASE WHEN excluded.name != '' AND (excluded.last_seen >= last_seen OR name = '') "
                           "THEN excluded.name ELSE name END"),
            {rows.text()});
        !upsert.ok()) {
        return upsert.status();
    }
    // 3. The search keys of the new addresses and names.
    if (!keys.isEmpty()) {
        if (Result<Statement> insert = m_database.exec(
                QStringLiteral("INSERT OR IGNORE INTO address_keys(key, address_id) SELECT e.value->>0, a.id "
                               "FROM json_each(?) e JOIN addresses a ON a.address_key = e.value->>1"),
                {keys.text()});
            !insert.ok()) {
            return insert.status();
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
