#pragma once

#include "services/imap/imapbackoff.h"
#include "services/imap/imapclient.h"
#include "services/imap/imapfoldersync.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

class ImapConnectionPool;

/// How ImapWatcher watches; the defaults follow RFC 2177 and the issue.
struct ImapWatcherOptions
{
    /// The folder kept in IDLE; a test watches a folder of its own.
    QString folder = QStringLiteral("INBOX");
    /// IDLE is ended and started again this often: RFC 2177 asks for less than 29
    /// minutes, since servers may log out a client idle for 30 minutes.
    int reIdleMs = 29 * 60 * 1000;
    /// Every other subscribed folder is synced this often (the account's "check interval");
    /// 0 polls nothing. A server without IDLE has its watched folder polled at this
    /// interval too (every 5 minutes when it is 0).
    int pollIntervalMs = 10 * 60 * 1000;
    int firstBackoffMs = 5000; ///< first delay before reconnecting after a drop
    int lastBackoffMs = 5 * 60 * 1000; ///< the delays double up to this one
    quint32 headerBatch = 1000; ///< ImapFolderSyncOptions::batch
};

/**
 * @short Push for one account: keeps a connection from the pool in IDLE on the Inbox
 * (RFC 2177) and polls the other folders.
 *
 * The cycle on the held connection: ImapFolderSync of options.folder (SELECT and every
 * change since the cache's state), then IDLE. An EXISTS, EXPUNGE, FETCH or VANISHED while
 * idling ends IDLE (DONE) and starts the cycle again; so does the re-IDLE timer, without
 * a sync when nothing came. A resync rather than acting on the untagged data itself,
 * because ImapFolderSync already turns any change into UID-addressed rows (sequence
 * numbers from EXPUNGE are never used) and keeps the journal's local changes on top.
 *
 * Every options.pollIntervalMs a second connection is drawn from the pool and every
 * other subscribed folder of the cache is synced on it, one after another, then given
 * back. A failed poll waits for the next interval.
 *
 * After a drop (or a login answered [UNAVAILABLE], or a refused connection) the watcher
 * reconnects after ImapBackoff's delays (5 s doubling to 5 min); reconnecting() tells the
 * delay. A security refusal (certificate, STARTTLS) or a refused login stops it:
 * stopped() with the error, and nothing more until start() again — retrying a wrong
 * password only locks the account.
 *
 * The folders come from the cache: the first sync (ImapRetrieval) makes them; a watched
 * folder not in the cache stops the watcher with an error.
 *
 * Signals for the window: newMail(folder, count) when a sync added rows, changed(folder)
 * when it added, changed or removed any; idling() each time IDLE is on.
 */
class ImapWatcher : public QObject
{
    Q_OBJECT

public:
    ImapWatcher(Store::Database &database, ImapConnectionPool &pool, QObject *parent = nullptr);
    ~ImapWatcher() override;

    void setOptions(const ImapWatcherOptions &options) { m_options = options; }
    [[nodiscard]] const ImapWatcherOptions &options() const { return m_options; }

    void start();
    /// Ends IDLE, logs the held connection out and stops polling.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isIdling() const { return m_idling; }

Q_SIGNALS:
    void newMail(const QString &folder, int count);
    void changed(const QString &folder);
    void idling();
    /// The held connection is gone; the watcher connects again in @p delayMs.
    void reconnecting(int delayMs, const QString &error);
    /// A security or login failure (or a missing folder): the watcher stopped.
    void stopped(const QString &error);

private:
    void connectHeld();
    void onGranted(quint64 ticket, ImapClient *client);
    void onRefused(quint64 ticket, const ImapClientError &error);
    void syncWatched();
    void onWatchedSynced(bool ok, const QString &error, bool connectionLost);
    void enterIdle();
    void onUntagged(const Imap::ImapResponse &response);
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text);
    void onHeldFailed(const ImapClientError &error);
    void onHeldFinished();
    void lost(const ImapClientError &error);
    void giveUp(const QString &error);

    void poll();
    void pollNext();
    void endPoll();

    void report(const FolderSyncReport &report);
    [[nodiscard]] ImapFolderSyncOptions syncOptions(ImapClient &client) const;
    [[nodiscard]] quint64 nextTokenBase() { return ++m_task << 32; }

    Store::Database &m_database;
    ImapConnectionPool &m_pool;
    ImapWatcherOptions m_options;
    ImapBackoff m_backoff;
    bool m_running = false;

    // The held connection.
    quint64 m_heldTicket = 0;
    QPointer<ImapClient> m_held;
    QPointer<ImapFolderSync> m_sync;
    std::optional<ImapClientError> m_heldError;
    quint64 m_idleToken = 0;
    bool m_idling = false; ///< IDLE went out (and is not yet answered)
    bool m_dirty = false; ///< the server told of a change while idling
    bool m_stopping = false;
    QTimer m_reIdle;
    QTimer m_reconnect;
    QTimer m_watchedPoll; ///< a server without IDLE

    // The poll of the other folders.
    QTimer m_pollTimer;
    quint64 m_pollTicket = 0;
    QPointer<ImapClient> m_pollClient;
    QPointer<ImapFolderSync> m_pollSync;
    QStringList m_pollFolders;

    quint64 m_task = 0;
};

} // namespace Letterbox::Services
