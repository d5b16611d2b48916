#include "services/imap/imapsearch.h"

#include "services/imap/imapclient.h"
#include "services/imap/imapconnectionpool.h"
#include "services/imap/imapheaderfetch.h"
#include "store/database.h"
#include "store/folderstore.h"

#include <QSet>

#include <algorithm>

namespace Letterbox::Services {

namespace {

/// Local hits asked of the index; the server's part has no limit.
constexpr int s_localLimit = 500;

} // namespace

ImapSearch::ImapSearch(Store::Database &database, ImapConnectionPool &pool, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pool(pool)
{
    connect(&m_pool, &ImapConnectionPool::granted, this, &ImapSearch::onGranted);
    connect(&m_pool, &ImapConnectionPool::refused, this,
        [this](quint64 ticket, const ImapClientError &error) { onRefused(ticket, error.text); });
}

bool ImapSearch::start(const QString &folder, ImapSearchField field, const QString &text)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_folder = folder;
    m_field = field;
    m_text = text;
    m_result = {};
    m_ticket = m_pool.acquire();
    return true;
}

void ImapSearch::onGranted(quint64 ticket, ImapClient *client)
{
    if (ticket == 0 || ticket != m_ticket) {
        return;
    }
    m_ticket = 0;
    const bool esearch = client->session() && client->session()->hasCapability("ESEARCH");
    m_search = new ImapServerSearch(*client, m_folder, m_field, m_text, esearch, ++m_token << 32, this);
    QPointer<ImapClient> held(client);
    connect(
        m_search, &ImapServerSearch::finished, this,
        [this, held](bool ok, const QString &error, bool connectionLost) {
            ImapServerSearch *search = m_search;
            m_search = nullptr;
            if (!search) {
                return;
            }
            search->deleteLater();
            if (ok && held && m_headerFetchLimit > 0) {
                fetchHeadersThenComplete(held, search->uids(), search->uidValidity());
                return;
            }
            if (held && !connectionLost) {
                m_pool.release(held);
            }
            complete(search->uids(), search->uidValidity(), error, ok);
        },
        Qt::QueuedConnection);
    m_search->start();
}

void ImapSearch::onRefused(quint64 ticket, const QString &error)
{
    if (ticket != 0 && ticket == m_ticket) {
        m_ticket = 0;
        complete({}, 0, error, false);
    }
}

QHash<quint32, qint64> ImapSearch::cachedByUid(quint32 uidValidity, qint64 *folderId)
{
    QHash<quint32, qint64> cached;
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(m_database).findByPath(m_folder);
    if (!folder.ok() || !folder.value() || folder.value()->sync.uidValidity != uidValidity) {
        return cached;
    }
    if (folderId) {
        *folderId = folder.value()->id;
    }
    Store::MessageQuery query(m_database);
    const Store::Result<QList<qint64>> ids = query.orderedIds(folder.value()->id, Store::SortKey::Date);
    const Store::Result<QList<Store::MessageRecord>> rows
        = ids.ok() ? query.records(ids.value()) : Store::Result<QList<Store::MessageRecord>>(ids.status());
    if (rows.ok()) {
        for (const Store::MessageRecord &row : rows.value()) {
            if (row.uid && row.uidValidity == uidValidity) {
                cached.insert(*row.uid, row.id);
            }
        }
    }
    return cached;
}

void ImapSearch::fetchHeadersThenComplete(ImapClient *client, const QList<quint32> &serverUids, quint32 uidValidity)
{
    qint64 folderId = 0;
    const QHash<quint32, qint64> cached = cachedByUid(uidValidity, &folderId);
    QList<quint32> missing;
    for (const quint32 uid : serverUids) {
        if (!cached.contains(uid)) {
            missing.append(uid);
        }
    }
    // The newest first: what a person searching most likely wants, in bounded time.
    std::sort(missing.begin(), missing.end(), std::greater<>());
    missing = missing.mid(0, m_headerFetchLimit);
    QPointer<ImapClient> held(client);
    if (folderId == 0 || missing.isEmpty()) {
        m_pool.release(client);
        complete(serverUids, uidValidity, {}, true);
        return;
    }
    auto *fetch = new ImapHeaderFetch(m_database, *client, folderId, missing, ++m_token << 32, this);
    connect(
        fetch, &ImapHeaderFetch::finished, this,
        [this, fetch, held, serverUids, uidValidity](bool, const QString &, bool connectionLost) {
            // A failed fetch leaves those hits uncached; the search itself worked.
            fetch->deleteLater();
            if (held && !connectionLost) {
                m_pool.release(held);
            }
            complete(serverUids, uidValidity, {}, true);
        },
        Qt::QueuedConnection);
    fetch->start();
}

void ImapSearch::complete(const QList<quint32> &serverUids, quint32 uidValidity, const QString &error, bool searched)
{
    const QList<qint64> local = localHits();
    const QHash<quint32, qint64> cached = searched ? cachedByUid(uidValidity) : QHash<quint32, qint64> {};
    m_result = merge(local, searched ? serverUids : QList<quint32> {}, cached);
    m_result.serverSearched = searched;
    m_result.serverError = searched ? QString() : error;
    m_running = false;
    Q_EMIT finished(m_result);
}

QList<qint64> ImapSearch::localHits()
{
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(m_database).findByPath(m_folder);
    if (!folder.ok() || !folder.value()) {
        return {};
    }
    Store::MessageQuery query(m_database);
    const Store::Result<QList<Store::SearchHit>> hits = query.search(m_text, s_localLimit, folder.value()->id);
    if (!hits.ok()) {
        return {};
    }
    QList<qint64> ids;
    for (const Store::SearchHit &hit : hits.value()) {
        ids.append(hit.id);
    }
    if (m_field == ImapSearchField::Text || ids.isEmpty()) {
        return ids;
    }
    // The index matches every column; FROM and SUBJECT look at one field.
    const Store::Result<QList<Store::MessageRecord>> rows = query.records(ids);
    if (!rows.ok()) {
        return {};
    }
    QList<qint64> kept;
    for (const Store::MessageRecord &row : rows.value()) {
        const QString field
            = m_field == ImapSearchField::Subject ? row.subject : row.fromName + QLatin1Char(' ') + row.fromAddress;
        if (field.contains(m_text, Qt::CaseInsensitive)) {
            kept.append(row.id);
        }
    }
    return kept;
}

ImapSearchResult ImapSearch::merge(
    const QList<qint64> &localIds, QList<quint32> serverUids, const QHash<quint32, qint64> &cachedByUid)
{
    ImapSearchResult result;
    QSet<qint64> seen;
    for (qint64 id : localIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            result.messageIds.append(id);
        }
    }
    std::sort(serverUids.begin(), serverUids.end(), std::greater<>());
    serverUids.erase(std::unique(serverUids.begin(), serverUids.end()), serverUids.end());
    for (quint32 uid : std::as_const(serverUids)) {
        const auto it = cachedByUid.constFind(uid);
        if (it == cachedByUid.cend()) {
            result.uncachedUids.append(uid);
        } else if (!seen.contains(*it)) {
            seen.insert(*it);
            result.messageIds.append(*it);
        }
    }
    return result;
}

} // namespace Letterbox::Services
