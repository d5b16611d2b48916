#pragma once

#include "services/imap/imapserversearch.h"
#include "store/messagequery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

class ImapClient;
class ImapConnectionPool;

/// The merged answer of ImapSearch.
struct ImapSearchResult
{
    /// Cached rows: the local index's hits best first, then the rows only the server
    /// found (newest UID first).
    QList<qint64> messageIds;
    /// On the server, not in the cache (newest first): a sync window or a sync not yet
    /// done left them out. The caller may fetch their headers.
    QList<quint32> uncachedUids;
    bool serverSearched = false;
    /// Why the server was not asked or did not answer; the local hits are still there.
    QString serverError;
};

/**
 * @short Search in one folder: the local full-text index at once, the server's UID SEARCH
 * for what is not cached, merged into one result (issue 5 "Search").
 *
 * The local part is Store::MessageQuery::search() in the folder (for From and Subject its
 * hits are kept only when that field holds the words, as the server's FROM and SUBJECT
 * would). The server part draws a connection from the pool (ImapServerSearch) and gives
 * it back. UIDs the server found are matched to cached rows by (folder, UIDVALIDITY, UID);
 * under another UIDVALIDITY the cache is stale and every server hit counts as uncached.
 * If the server cannot be reached, finished() still comes, with the local hits and
 * serverError.
 */
class ImapSearch : public QObject
{
    Q_OBJECT

public:
    ImapSearch(Store::Database &database, ImapConnectionPool &pool, QObject *parent = nullptr);

    /**
     * Up to @p limit of the server's hits the cache lacks (the newest) get their headers
     * fetched on the same connection before finished() (ImapHeaderFetch), so they are rows
     * the window can show; 0 (the default) leaves them in ImapSearchResult::uncachedUids.
     */
    void setHeaderFetchLimit(int limit) { m_headerFetchLimit = limit; }

    /// Starts one search; finished() follows. Returns false while one runs.
    bool start(const QString &folder, ImapSearchField field, const QString &text);
    [[nodiscard]] const ImapSearchResult &result() const { return m_result; }

    /**
     * The merge, pure: @p localIds best first, @p serverUids any order, @p cachedByUid
     * the folder's cached rows. See ImapSearchResult for the order.
     */
    [[nodiscard]] static ImapSearchResult merge(
        const QList<qint64> &localIds, QList<quint32> serverUids, const QHash<quint32, qint64> &cachedByUid);

Q_SIGNALS:
    void finished(const Letterbox::Services::ImapSearchResult &result);

private:
    void onGranted(quint64 ticket, ImapClient *client);
    void onRefused(quint64 ticket, const QString &error);
    void complete(const QList<quint32> &serverUids, quint32 uidValidity, const QString &error, bool searched);
    /// After the server's answer: fetches the headers of uncached hits, then complete().
    void fetchHeadersThenComplete(ImapClient *client, const QList<quint32> &serverUids, quint32 uidValidity);
    /// The folder's cached rows by UID when the cache's UIDVALIDITY is @p uidValidity.
    [[nodiscard]] QHash<quint32, qint64> cachedByUid(quint32 uidValidity, qint64 *folderId = nullptr);
    [[nodiscard]] QList<qint64> localHits();

    Store::Database &m_database;
    ImapConnectionPool &m_pool;
    QString m_folder;
    ImapSearchField m_field = ImapSearchField::Text;
    QString m_text;
    quint64 m_ticket = 0;
    quint64 m_token = 0;
    bool m_running = false;
    QPointer<ImapServerSearch> m_search;
    int m_headerFetchLimit = 0;
    ImapSearchResult m_result;
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::ImapSearchResult)
