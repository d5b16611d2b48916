#pragma once

#include "store/status.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Letterbox::Store {

class AddressTally;
class Database;

/// One completion: a correspondent of the account, with how often and how lately seen.
struct AddressMatch
{
    QString name; ///< the latest display name seen, empty for none
    QString address;
    qint64 uses = 0; ///< messages in the cache that named it (From, To or Cc)
    QDateTime lastSeen;
};

/**
 * @short Every address of an account's cached mail, for completing recipients.
 *
 * The `addresses` and `address_keys` tables of migration 002: one row per mailbox seen
 * in a message's From, To or Cc, counted once per message, with the latest display name.
 * MessageStore's insert keeps them up to date (record(), in the batch's transaction);
 * rebuild() recounts them from the messages (used by the migration that made them).
 *
 * complete() matches what is typed as the prefix of the address, of its domain, of the
 * whole display name or of one of its words, ignoring case and diacritics, and returns
 * the most used first (then the most recently seen). It reads one range of an index per
 * query, whatever the number of messages. A light view over a Database, like the other
 * store classes.
 */
class AddressIndex
{
public:
    explicit AddressIndex(Database &database);

    /// Up to @p limit correspondents matching @p typed (all of them, ranked, when empty).
    Result<QList<AddressMatch>> complete(const QString &typed, int limit) const;
    /// Adds the counts of @p tally (new messages) to the index.
    Status record(const AddressTally &tally);
    /// Empties the index and counts every cached message again.
    Status rebuild();

    /// The search keys of a correspondent: address, domain, whole name ("Smith, Bob" also as
    /// "bob smith"), name words.
    [[nodiscard]] static QStringList searchKeys(const QString &name, const QString &address);
    /// What keys and typed text are compared as: case folded, without diacritics.
    [[nodiscard]] static QString fold(const QString &text);

private:
    Database &m_database;
};

} // namespace Letterbox::Store
