#include "services/imap/imapwatcher.h"

#include "services/imap/imapconnectionpool.h"
#include "services/imap/imapsyncwindow.h"
#include "store/database.h"
#include "store/folderstore.h"

namespace Letterbox::Services {

namespace {

constexpr int s_noIdlePollMs = 5 * 60 * 1000;

/// The untagged responses that mean the watched folder changed (RFC 2177, RFC 7162).
bool isChange(const Imap::ImapResponse &response)
{
    return std::holds_alternative<Imap::ImapExistsResponse>(response)
        || std::holds_alternative<Imap::ImapExpungeResponse>(response)
        || std::holds_alternative<Imap::ImapFetchResponse>(response)
        || std::holds_alternative<Imap::ImapVanishedResponse>(response);
}

} // namespace

ImapWatcher::ImapWatcher(Store::Database &database, ImapConnectionPool &pool, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pool(pool)
{
    m_reIdle.setSingleShot(true);
    m_reconnect.setSingleShot(true);
    m_watchedPoll.setSingleShot(true);
    connect(&m_reIdle, &QTimer::timeout, this, [this] {
        if (m_held && m_idling) {
            m_held->done(); // re-IDLE follows the tagged OK
        }
    });
    connect(&m_reconnect, &QTimer::timeout, this, &ImapWatcher::connectHeld);
    connect(&m_watchedPoll, &QTimer::timeout, this, &ImapWatcher::syncWatched);
    connect(&m_pollTimer, &QTimer::timeout, this, &ImapWatcher::poll);
    connect(&m_pool, &ImapConnectionPool::granted, this, &ImapWatcher::onGranted);
    connect(&m_pool, &ImapConnectionPool::refused, this, &ImapWatcher::onRefused);
}

ImapWatcher::~ImapWatcher()
{
    stop();
}

void ImapWatcher::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_stopping = false;
    m_backoff = ImapBackoff(m_options.firstBackoffMs, m_options.lastBackoffMs);
    if (m_options.pollIntervalMs > 0) {
        m_pollTimer.start(m_options.pollIntervalMs);
    }
    connectHeld();
}

void ImapWatcher::stop()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_stopping = true;
    m_reIdle.stop();
    m_reconnect.stop();
    m_watchedPoll.stop();
    m_pollTimer.stop();
    if (m_heldTicket) {
        m_pool.cancel(m_heldTicket);
        m_heldTicket = 0;
    }
    if (m_pollTicket) {
        m_pool.cancel(m_pollTicket);
        m_pollTicket = 0;
    }
    for (QObject *task : std::initializer_list<QObject *> {m_sync, m_pollSync}) {
        if (task) {
            task->disconnect(this);
            task->deleteLater();
        }
    }
    // The held connection is in IDLE or mid-sync: it is not worth giving back; LOGOUT
    // (after DONE) ends it and the pool forgets it when it finishes.
    if (m_held) {
        m_held->disconnect(this);
        if (m_idling) {
            m_held->done();
        }
        m_held->logout();
    }
    if (m_pollClient) {
        m_pollClient->disconnect(this);
        m_pollClient->logout();
    }
    m_held = nullptr;
    m_pollClient = nullptr;
    m_idling = false;
}

void ImapWatcher::connectHeld()
{
    if (!m_running || m_held || m_heldTicket) {
        return;
    }
    m_heldError.reset();
    m_heldTicket = m_pool.acquire();
}

void ImapWatcher::onGranted(quint64 ticket, ImapClient *client)
{
    if (ticket == m_pollTicket && ticket != 0) {
        m_pollTicket = 0;
        m_pollClient = client;
        connect(client, &ImapClient::finished, this, [this] {
            if (m_pollSync) {
                m_pollSync->disconnect(this);
                m_pollSync->deleteLater();
            }
            m_pollClient = nullptr;
        });
        pollNext();
        return;
    }
    if (ticket != m_heldTicket || ticket == 0) {
        return;
    }
    m_heldTicket = 0;
    m_held = client;
    m_idling = false;
    m_dirty = false;
    connect(client, &ImapClient::untagged, this, &ImapWatcher::onUntagged);
    connect(client, &ImapClient::commandFinished, this, &ImapWatcher::onCommandFinished);
    connect(client, &ImapClient::idleStarted, this, [this](quint64 token) {
        if (token == m_idleToken) {
            m_backoff.reset(); // the connection works: a later drop starts at the first delay
            Q_EMIT idling();
        }
    });
    connect(client, &ImapClient::failed, this, &ImapWatcher::onHeldFailed);
    connect(client, &ImapClient::finished, this, &ImapWatcher::onHeldFinished);
    syncWatched();
}

void ImapWatcher::onRefused(quint64 ticket, const ImapClientError &error)
{
    if (ticket != 0 && ticket == m_pollTicket) {
        m_pollTicket = 0; // the next interval tries again
        return;
    }
    if (ticket != 0 && ticket == m_heldTicket) {
        m_heldTicket = 0;
        lost(error);
    }
}

void ImapWatcher::syncWatched()
{
    if (!m_held || m_sync) {
        return;
    }
    const Store::Result<std::optional<Store::Folder>> folder
        = Store::FolderStore(m_database).findByPath(m_options.folder);
    if (!folder.ok() || !folder.value()) {
        giveUp(folder.ok() ? tr("The folder “%1” is not in the cache; sync the account first.").arg(m_options.folder)
                           : folder.message());
        return;
    }
    m_sync = new ImapFolderSync(m_database, *m_held, *folder.value(), syncOptions(*m_held), nextTokenBase(), this);
    connect(m_sync, &ImapFolderSync::finished, this, &ImapWatcher::onWatchedSynced, Qt::QueuedConnection);
    m_sync->start();
}

void ImapWatcher::onWatchedSynced(bool ok, const QString &error, bool connectionLost)
{
    ImapFolderSync *sync = m_sync;
    if (!sync) {
        return;
    }
    m_sync = nullptr;
    sync->deleteLater();
    if (!ok) {
        if (!connectionLost) {
            giveUp(error); // the server refused SELECT: retrying will not help
        }
        return; // a lost connection: onHeldFinished() reconnects
    }
    report(sync->report());
    if (!m_held) {
        return;
    }
    if (m_held->session() && !m_held->session()->hasCapability("IDLE")) {
        m_backoff.reset();
        m_watchedPoll.start(m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs : s_noIdlePollMs);
        return;
    }
    enterIdle();
}

void ImapWatcher::enterIdle()
{
    if (!m_held || m_idling) {
        return;
    }
    m_dirty = false;
    m_idling = true;
    m_idleToken = nextTokenBase() + 1;
    m_held->idle(m_idleToken);
    m_reIdle.start(m_options.reIdleMs);
}

void ImapWatcher::onUntagged(const Imap::ImapResponse &response)
{
    if (!m_idling || m_dirty || !isChange(response)) {
        return; // during a sync the ImapFolderSync reads them itself
    }
    m_dirty = true;
    m_held->done();
}

void ImapWatcher::onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (token != m_idleToken || !m_idling) {
        return;
    }
    m_idling = false;
    m_reIdle.stop();
    if (!ok) {
        if (!text.isEmpty()) {
            return; // aborted: the connection is gone, onHeldFinished() follows
        }
        giveUp(tr("The server refused IDLE: %1").arg(QString::fromUtf8(reply.text)));
        return;
    }
    if (m_dirty) {
        syncWatched();
    } else {
        enterIdle();
    }
}

void ImapWatcher::onHeldFailed(const ImapClientError &error)
{
    m_heldError = error;
}

void ImapWatcher::onHeldFinished()
{
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    m_held = nullptr;
    m_idling = false;
    m_reIdle.stop();
    m_watchedPoll.stop();
    if (!m_running) {
        return;
    }
    ImapClientError error = m_heldError.value_or(ImapClientError {});
    if (error.text.isEmpty()) {
        error.text = tr("The server closed the connection.");
    }
    lost(error);
}

void ImapWatcher::lost(const ImapClientError &error)
{
    if (!m_running) {
        return;
    }
    if (error.security || error.authentication) {
        giveUp(error.text);
        return;
    }
    const int delay = m_backoff.next();
    Q_EMIT reconnecting(delay, error.text);
    m_reconnect.start(delay);
}

void ImapWatcher::giveUp(const QString &error)
{
    stop();
    Q_EMIT stopped(error);
}

void ImapWatcher::poll()
{
    if (!m_running || m_pollClient || m_pollTicket) {
        return; // the last poll is still running
    }
    const Store::Result<QList<Store::Folder>> folders = Store::FolderStore(m_database).list();
    if (!folders.ok()) {
        return;
    }
    m_pollFolders.clear();
    for (const Store::Folder &folder : folders.value()) {
        if (folder.subscribed && !folder.localOnly && folder.path != m_options.folder) {
            m_pollFolders.append(folder.path);
        }
    }
    if (!m_pollFolders.isEmpty()) {
        m_pollTicket = m_pool.acquire();
    }
}

void ImapWatcher::pollNext()
{
    if (!m_pollClient) {
        return;
    }
    while (!m_pollFolders.isEmpty()) {
        const Store::Result<std::optional<Store::Folder>> folder
            = Store::FolderStore(m_database).findByPath(m_pollFolders.takeFirst());
        if (!folder.ok() || !folder.value()) {
            continue;
        }
        m_pollSync = new ImapFolderSync(
            m_database, *m_pollClient, *folder.value(), syncOptions(*m_pollClient), nextTokenBase(), this);
        connect(
            m_pollSync, &ImapFolderSync::finished, this,
            [this](bool ok, const QString &, bool connectionLost) {
                ImapFolderSync *sync = m_pollSync;
                if (!sync) {
                    return;
                }
                m_pollSync = nullptr;
                sync->deleteLater();
                if (ok) {
                    report(sync->report());
                }
                if (connectionLost) {
                    m_pollFolders.clear(); // the client's finished() forgets it
                    return;
                }
                pollNext();
            },
            Qt::QueuedConnection);
        m_pollSync->start();
        return;
    }
    endPoll();
}

void ImapWatcher::endPoll()
{
    if (m_pollClient) {
        ImapClient *client = m_pollClient;
        client->disconnect(this);
        m_pollClient = nullptr;
        m_pool.release(client);
    }
}

void ImapWatcher::report(const FolderSyncReport &report)
{
    if (report.newMessages > 0) {
        Q_EMIT newMail(report.folder, report.newMessages);
    }
    if (report.newMessages > 0 || report.changed > 0 || report.vanished > 0) {
        Q_EMIT changed(report.folder);
    }
}

ImapFolderSyncOptions ImapWatcher::syncOptions(ImapClient &client) const
{
    ImapFolderSyncOptions options;
    const Imap::ImapSession *session = client.session();
    if (session) {
        options.qresync = session->isEnabled("QRESYNC");
        options.condStore = options.qresync || session->hasCapability("CONDSTORE");
        options.esearch = session->hasCapability("ESEARCH");
    }
    options.batch = m_options.headerBatch;
    options.since = ImapSyncWindow::since(m_pool.settings().syncDays, QDate::currentDate());
    return options;
}

} // namespace Letterbox::Services
