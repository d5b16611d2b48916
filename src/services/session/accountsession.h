#pragma once

#include "accounts/account.h"
#include "services/account/certificaterefusal.h"
#include "services/retrieval/syncreport.h"
#include "services/session/accountactivity.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

class ImapConnectionPool;
class ImapJournalReplay;
class ImapSearch;
class ImapWatcher;
class RetrievalEngine;
class SubmissionService;
struct FlushSummary;
struct JournalReplaySummary;
struct SendReport;

/// How an AccountSession runs on its own; MailSession fills it from the account.
struct AccountSessionOptions
{
    /// Sync on this interval (POP3: the whole Inbox; IMAP without push: everything), and
    /// the interval of ImapWatcher's folder poll. 0: only when asked.
    int checkIntervalMs = 10 * 60 * 1000;
    /// IMAP: keep the Inbox in IDLE after the first sync that worked.
    bool push = true;
};

/**
 * @short One account's network side for the window: its retrieval engine, the Inbox
 * watcher (IMAP IDLE), the journal replay and the periodic check, all on MailSession's
 * engine thread with a Database of their own on the account's cache.
 *
 * It is created on the GUI thread and moved to the engine thread; every public slot is
 * called there through a queued call, and every signal reaches the window queued. It
 * writes only to the store: the window sees new mail through StoreNotifier, and this
 * object's signals only tell what it is doing (activityChanged) and how runs ended.
 *
 * The password is read (keychain, password command or OAuth2 token) before each run that
 * needs a new connection, so a changed password needs no restart; it is kept only as
 * long as the engine and pool that use it.
 *
 * Offline (setOnline(false)) nothing connects: a running sync is cancelled, the watcher
 * stops, and fetchBody() answers at once that the message is not downloaded. Local
 * changes keep waiting in the journal; going online replays them and syncs.
 */
class AccountSession : public QObject
{
    Q_OBJECT

public:
    AccountSession(const Accounts::Account &account, const QString &dataDirectory, const AccountSessionOptions &options,
        QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] QString name() const { return m_account.name; }

public Q_SLOTS:
    /// Opens the engine thread's Database; a sync follows when @p syncNow and online.
    void start(bool online, bool syncNow);
    /// "Get Messages": a run of the engine (with every body for an offline-kept account).
    void sync();
    void cancel();
    void setOnline(bool online);
    /// Downloads the whole message of row @p messageId for the reader (IMAP).
    void fetchBody(qint64 messageId);
    /**
     * IMAP "search on server" in folder @p folderPath (accountsessionsearch.cpp): the
     * cache's hits and the server's, whose headers the cache lacked fetched first (up to
     * serverSearchHeaderLimit), so every hit is a row. A newer request supersedes one
     * that has not started; serverSearchFinished() answers each started one.
     */
    void searchOnServer(quint64 request, const QString &folderPath, const QString &text);
    /// Tells the server what the journal holds (after a local action), unless offline.
    void replayJournal();
    /**
     * Sends what the outbox holds (accountsessionsending.cpp), unless offline: the
     * account's SubmissionService over one connection, retried by itself with its
     * backoff; IMAP Sent copies are uploaded by the journal replay that follows.
     * @p everything also sends failed entries still waiting for their next attempt.
     */
    void flushOutbox(bool everything = false);
    /// Ends every connection; the last call before the thread stops.
    void shutDown();
    /**
     * New settings (the settings dialog, an accepted certificate): the next connection
     * uses them. IDLE stops (its connection was made with the old ones) and comes back
     * after the next sync (when @p options still wants push); @p options replaces the
     * periodic check's interval and the push choice.
     */
    void setAccount(
        const Letterbox::Accounts::Account &account, const Letterbox::Services::AccountSessionOptions &options);

Q_SIGNALS:
    void activityChanged(const Letterbox::Services::AccountActivity &activity);
    /// A connection was refused for the server's certificate (a sync or a journal replay).
    void certificateRefused(const QString &account, const Letterbox::Services::CertificateRefusal &refusal);
    void syncFinished(const QString &account, const Letterbox::Services::SyncReport &report);
    void newMail(const QString &account, const QString &folder, int count);
    void bodyFetched(const QString &account, qint64 messageId, bool ok, const QString &error);
    /// @p ids: the rows that match, best first; @p notFetched: server hits past the limit.
    void serverSearchFinished(
        const QString &account, quint64 request, const QList<qint64> &ids, int notFetched, const QString &error);
    /// The outbox changed here (an entry is being sent, was sent, failed).
    void outboxChanged(const QString &account);
    void sendReported(
        const QString &account, qint64 entryId, const QString &messageId, bool delivered, const QString &text);
    /// The submission server announced a SIZE limit (RFC 1870) of @p octets.
    void sizeLimitKnown(const QString &account, qint64 octets);

public:
    static constexpr int serverSearchHeaderLimit = 500;

private:
    using PasswordThen = std::function<void(const QString &password)>;
    /// Reads the password, then calls @p then; a failure ends in fail() instead.
    void withPassword(PasswordThen then);
    bool ensureEngine(const QString &password);
    void runSync();
    void onSyncFinished(const SyncReport &report);
    void onProgress(const QString &folder, qint64 done, qint64 total);
    void onBodyFetched(qint64 messageId, bool ok, const QString &error);
    /// The pool with the settings of @p password; false (and fail()) when they are unusable.
    bool ensurePool(const QString &password);
    void startSearch(const QString &password);
    void startPush(const QString &password);
    void stopPush();
    void startReplay(const QString &password);
    void onReplayFinished(const JournalReplaySummary &summary);
    void fail(const QString &error, const QString &details = {}, bool security = false, bool authentication = false);
    /// The outbox worker, made at start (accountsessionsending.cpp).
    void startSubmission();
    void stopSubmission();
    void onSendReport(const SendReport &report);
    void onFlushFinished(const FlushSummary &summary);
    [[nodiscard]] bool isSending() const;
    [[nodiscard]] bool hasSomethingToSend() const;
    /// Emits certificateRefused() when @p error was a refused certificate.
    void reportCertificate(const RetrievalError &error);
    /// Emits certificateRefused() for @p server's refused certificate @p report.
    void reportCertificate(AccountServer server, const Net::CertificateReport &report);
    void countPending();
    /// The phrase the status bar shows; busy itself follows from what runs (publish()).
    void setBusy(bool busy, const QString &text = {});
    void publish();
    [[nodiscard]] bool isImap() const { return m_account.protocol == Accounts::IncomingProtocol::Imap; }
    [[nodiscard]] QString folderName(const QString &path) const;

    Accounts::Account m_account;
    QString m_dataDirectory;
    AccountSessionOptions m_options;
    std::unique_ptr<Store::Database> m_database;
    bool m_online = false;
    bool m_shutDown = false;

    std::unique_ptr<RetrievalEngine> m_engine;
    QString m_password; ///< the one m_engine, the pool and the replay were made with
    bool m_cacheWasEmpty = false; ///< the first run fills the cache: no "new mail" for it
    QElapsedTimer m_progressClock;
    bool m_syncWanted = false; ///< asked for while the password was being read
    bool m_passwordPending = false;
    bool m_syncAwaitingPassword = false; ///< a sync() waits in m_waitingForPassword
    std::vector<PasswordThen> m_waitingForPassword;

    std::unique_ptr<ImapConnectionPool> m_pool;
    QPointer<ImapWatcher> m_watcher;
    std::unique_ptr<ImapJournalReplay> m_replay;
    bool m_replayAgain = false; ///< a change came while a replay ran
    bool m_replayAfterSync = false;
    int m_bodiesWaiting = 0;
    QList<qint64> m_bodiesAwaitingPassword; ///< fetchBody() ids still waiting for the password

    std::unique_ptr<ImapSearch> m_search;
    struct SearchRequest
    {
        quint64 request = 0;
        QString folderPath;
        QString text;
    };
    std::optional<SearchRequest> m_searchWaiting; ///< asked for while one ran or the password was read
    quint64 m_searchRunning = 0; ///< the request m_search is answering, 0 for none

    std::unique_ptr<SubmissionService> m_submission;
    bool m_flushAgain = false; ///< asked for while a flush ran
    bool m_flushEverything = false;

    QTimer m_checkTimer;
    AccountActivity m_activity;
};

} // namespace Letterbox::Services
