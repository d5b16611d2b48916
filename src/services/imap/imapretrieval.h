#pragma once

#include "services/imap/imapfolderlist.h"
#include "services/imap/sentcopyuploader.h"
#include "services/retrieval/retrievalengine.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <optional>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

class ImapBodyFetch;
class ImapClient;
class ImapFolderSync;
class ImapOnDemandBody;

/// How ImapRetrieval may talk to the server, beyond what it offers.
struct ImapRetrievalOptions
{
    /// Use QRESYNC (RFC 7162 3.2) when offered; false forces the CONDSTORE or UID path.
    bool useQResync = true;
    /// Use CONDSTORE (RFC 7162 3.1) when offered; false (with useQResync false) forces the
    /// plain UID fallback, so it is tested against the same server.
    bool useCondStore = true;
    quint32 headerBatch = 1000; ///< UIDs per new-message UID FETCH
    /// Replay the offline journal before reading the server's state (the normal case);
    /// false leaves it for later, so a test can see a pending change survive a resync.
    bool replayJournal = true;
};

/**
 * @short The IMAP retrieval engine: the server's folders, headers, flags, expunges and
 * (with SyncRequest::bodies) whole messages into the account's cache.
 *
 * One run is one connection (ImapClient): login, the offline journal replayed on it
 * (ImapJournalReplay, RFC 4549: local changes reach the server before its state is read
 * back; what the server refuses becomes a warning), LIST into the folders
 * (ImapFolderList), then per folder ImapFolderSync and, for `sync --bodies`,
 * ImapBodyFetch, then LOGOUT. Without SyncRequest::folder the run visits INBOX and every
 * subscribed selectable folder. A folder that fails (the server refused SELECT) is a
 * warning and the run goes on; a lost connection ends the run with a temporary error,
 * and what was committed stays (every batch is its own transaction, and each folder's
 * sync state is written last).
 *
 * The report has one FolderSyncReport per folder visited with the bytes and round trips
 * spent on it (Net::ConnectionCounters deltas), and the run's totals.
 *
 * fetchBody() downloads one message for the reader: on the running connection between
 * two folders, or on a connection of its own; bodyFetched() follows either way.
 *
 * Beside it: ImapWatcher (IDLE push on the Inbox, polling the rest) and ImapSearch (server
 * search merged with the local index) over an ImapConnectionPool. The sync window
 * (ImapServerSettings::syncDays) limits each folder's headers to the last days' mail
 * (ImapFolderSync). Not yet: this engine and the journal replay drawing from that pool too.
 */
class ImapRetrieval : public RetrievalEngine
{
    Q_OBJECT

public:
    explicit ImapRetrieval(Store::Database &database, QObject *parent = nullptr);
    ~ImapRetrieval() override;

    void setSettings(const ImapServerSettings &settings) { m_settings = settings; }
    void setOptions(const ImapRetrievalOptions &options) { m_options = options; }
    [[nodiscard]] const ImapRetrievalOptions &options() const { return m_options; }

    bool sync(const SyncRequest &request) override;
    void cancel() override;
    [[nodiscard]] bool isRunning() const override { return m_syncing; }

    /// Downloads the whole message of row @p messageId; bodyFetched() follows.
    void fetchBody(qint64 messageId);

    /// The redacted transcript of the last connection (TranscriptTap::toText()).
    [[nodiscard]] QString lastTranscript() const { return m_lastTranscript; }

Q_SIGNALS:
    void bodyFetched(qint64 messageId, bool ok, const QString &error);

private:
    void startConnection();
    void onReady();
    void replayJournal();
    void listFolders();
    void onListed(bool ok, const QString &text);
    void next();
    void syncFolder(const QString &path);
    void onFolderFinished(bool ok, const QString &error, bool connectionLost);
    void fetchBodies(const QString &path);
    void onBodiesFinished(bool ok, const QString &error, bool connectionLost);
    void serveOnDemand(qint64 messageId);
    void stop(const std::optional<QString> &error);
    void onClientFinished();
    [[nodiscard]] quint64 nextTokenBase() { return ++m_task << 32; }

    Store::Database &m_database;
    ImapServerSettings m_settings;
    ImapRetrievalOptions m_options;

    QPointer<ImapClient> m_client;
    QPointer<ImapFolderSync> m_folderSync;
    QPointer<ImapBodyFetch> m_bodyFetch;
    QPointer<ImapOnDemandBody> m_onDemand;
    quint64 m_task = 0;

    bool m_syncing = false; ///< a sync() run (not only on-demand bodies)
    std::optional<SyncRequest> m_queuedSync; ///< asked for during an on-demand connection
    SyncRequest m_request;
    SyncReport m_report;
    QElapsedTimer m_clock;
    std::optional<ImapClientError> m_clientError;
    std::optional<QString> m_runError;
    bool m_cancelled = false;
    bool m_loggingOut = false;

    bool m_qresync = false;
    bool m_condStore = false;
    bool m_esearch = false;
    ImapFolderList m_folderList;
    quint64 m_listToken = 0;
    int m_listPending = 0;
    QStringList m_folders; ///< still to visit
    std::deque<qint64> m_wanted; ///< fetchBody() ids not yet served
    qint64 m_bodyBytesIn0 = 0, m_bodyBytesOut0 = 0, m_bodyRoundTrips0 = 0;
    QString m_lastTranscript;
};

} // namespace Letterbox::Services
