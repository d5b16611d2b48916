#pragma once

#include "services/imap/imaptask.h"
#include "store/messagestore.h"

#include <QList>
#include <QSet>

namespace Letterbox::Services {

/**
 * @short The headers of chosen UIDs of the folder the connection has open, stored as
 * rows of the cache (what a header sync stores: envelope, flags, structure, References).
 *
 * For the hits of a server search that the cache lacks (ImapSearch): the caller has the
 * folder open (EXAMINE) and has checked that its UIDVALIDITY is the cache's, so the UIDs
 * mean what the rows will say. Rows are idempotent per UID (MessageStore::insert), and the
 * folder's sync state is not touched: the next sync treats them like rows an interrupted
 * run stored.
 */
class ImapHeaderFetch : public ImapTask
{
    Q_OBJECT

public:
    ImapHeaderFetch(Store::Database &database, ImapClient &client, qint64 folderId, QList<quint32> uids,
        quint64 tokenBase, QObject *parent = nullptr);

    void start();
    /// The rows stored (or already there), in no particular order.
    [[nodiscard]] const QList<qint64> &storedIds() const { return m_storedIds; }

private:
    void onUntagged(const Imap::ImapResponse &response) override;
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) override;

    Store::Database &m_database;
    qint64 m_folderId;
    QList<quint32> m_uids;
    QSet<quint32> m_asked;
    quint64 m_tokenBase;
    int m_pending = 0;
    QList<Store::NewMessage> m_rows;
    QList<qint64> m_storedIds;
};

} // namespace Letterbox::Services
