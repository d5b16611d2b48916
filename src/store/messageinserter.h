#pragma once

#include "store/messagerecord.h"
#include "store/status.h"

#include <QList>

namespace Letterbox::Store {

class Database;

/**
 * @short The batched insert behind MessageStore::insert() (internal to store/).
 *
 * One transaction per batch, and per batch: one query for the UIDs already cached, one
 * ThreadIndex pass for all threading keys, a single-row prepared INSERT per message (and
 * per body text), one update of the folder's counts, and one statement that adds the
 * whole batch to the full-text index, last. Each shape was measured against the
 * alternatives; the reasons are in the comments beside them.
 */
class MessageInserter
{
public:
    explicit MessageInserter(Database &database);

    /// See MessageStore::insert().
    Result<QList<qint64>> insert(qint64 folderId, const QList<NewMessage> &messages);

private:
    Database &m_database;
};

} // namespace Letterbox::Store
