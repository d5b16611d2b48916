#pragma once

#include "protocol/pop3/pop3event.h"
#include "services/pop3/pop3serversettings.h"
#include "services/retrieval/retrievalengine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

class Pop3Client;
class Pop3DownloadBatch;

/**
 * @short The POP3 retrieval engine (issue 6): downloads new messages into the account's
 * local Inbox and applies the account's retention, without losing or doubling mail.
 *
 * A run: connect and log in (Pop3Client), UIDL and LIST, Pop3Ledger::recordSeen, forget
 * the ledger entries the server no longer lists, RETR every message the ledger does not
 * call stored (pipelined), each streamed into a blob (Pop3DownloadBatch) and committed
 * with its ledger mark in batches, Durability::Full. Only then DELE what
 * LeaveOnServerPolicy chooses, QUIT, and Pop3Ledger::markDeletedOnServer only when the
 * session reports DeletionsResult::Committed (QUIT's +OK). So a kill, crash or drop at
 * any point leaves each message on the server, in the cache, or both; the next run
 * fetches what is not stored, and MessageStore::insert is idempotent per UIDL.
 *
 * Identity without UIDL: a server that answers UIDL with -ERR (RFC 1939 makes UIDL
 * optional), and any single message whose UIDL line was invalid (not 1-70 octets of
 * 0x21-0x7E, or repeated: Pop3Session reports it in UidlResult::invalid), gets a fallback
 * identity: `~top:` followed by the base64url SHA-256 of its headers as `TOP n 0`
 * returns them; the second, third… message with the same headers in one listing gets
 * `#2`, `#3` appended (numbered in listing order). It is stable as long as the server
 * does not rewrite headers; a message whose headers change is downloaded again.
 *
 * "Delete from the server when deleted locally": a message is deleted locally when no
 * row in any folder of the cache carries its UIDL any more (Pop3Ledger::removedLocally()):
 * moving it to Trash keeps the row, emptying Trash removes it. No journal is needed,
 * because the ledger still says "stored" for it.
 *
 * After a switch from IMAP (the Inbox holds rows without a UIDL): before RETR, `TOP n 0`
 * of each message to download gives its Message-ID, which with LIST's size
 * (MessageIdentity) finds the cached row of the same message. A row with its whole body
 * takes the UIDL and the ledger's stored mark in one Durability::Full transaction, and is
 * not downloaded (FolderSyncReport::adopted), so DELE may follow for it as for any stored
 * message; a row with headers only (or a partial body) is filled by its RETR instead of
 * getting a twin. Without such rows nothing more is sent.
 *
 * Local folders: Pop3LocalFolders::ensure() creates Inbox, Sent, Drafts and Trash on the
 * first run, and makes the folders of an IMAP past local (CacheHandover). The report has one FolderSyncReport, "INBOX",
 * with the connection's counters.
 */
class Pop3Retrieval : public RetrievalEngine
{
    Q_OBJECT

public:
    explicit Pop3Retrieval(Store::Database &database, QObject *parent = nullptr);
    ~Pop3Retrieval() override;

    void setSettings(const Pop3ServerSettings &settings) { m_settings = settings; }
    /// For tests of "delete after N days": the time the run takes as now.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    bool sync(const SyncRequest &request) override;
    void cancel() override;
    [[nodiscard]] bool isRunning() const override { return m_running; }

private:
    struct ServerMessage
    {
        int number = 0;
        qint64 size = 0;
        QByteArray uidl;
    };
    enum class Phase { Listing, Identifying, Matching, Downloading, Deleting, Quitting };

    void onCommandEvent(const Pop3::Pop3Event &event);
    void onCommandFailed(const Pop3::CommandFailed &failed);
    void onRetrStarted(const Pop3::RetrStarted &started);
    void onRetrData(const Pop3::RetrData &data);
    void onRetrDone(const Pop3::RetrDone &done);
    void maybeListed();
    void onListing();
    void onIdentified();
    void startDownloads();
    void onMatched();
    void retrieve();
    void startDeletions();
    void onDeletions(const Pop3::DeletionsResult &result);
    void onClientFinished();
    void storeProblem(const QString &text);
    void flushBatch();
    void finishRun();
    [[nodiscard]] QDateTime now() const;

    Store::Database &m_database;
    Pop3ServerSettings m_settings;
    std::function<QDateTime()> m_clock;
    QPointer<Pop3Client> m_client;
    std::unique_ptr<Pop3DownloadBatch> m_batch;
    Phase m_phase = Phase::Listing;
    bool m_running = false;
    bool m_cancelled = false;
    QElapsedTimer m_timer;
    SyncReport m_report;
    FolderSyncReport m_folder;

    std::optional<QList<Pop3::Pop3ListEntry>> m_list;
    std::optional<Pop3::UidlResult> m_uidl;
    bool m_uidlRefused = false;
    QHash<int, ServerMessage> m_messages; ///< by message number
    std::map<int, std::unique_ptr<QCryptographicHash>> m_topDigests; ///< TOP in flight, by number
    std::map<int, QByteArray> m_headerDigests; ///< TOP done: number → SHA-256 of the headers
    int m_identifying = 0;
    int m_downloading = 0;
    qint64 m_downloadTotal = 0;
    qint64 m_downloadDone = 0;
    qint64 m_inboxId = 0;
    QList<int> m_toRetrieve; ///< message numbers to RETR, ascending
    int m_matching = 0; ///< TOP n 0 in flight to find messages the cache holds already
    std::map<int, QByteArray> m_matchHeaders; ///< their headers, by number (bounded)
    QHash<int, qint64> m_fillRows; ///< number → cached header-only row its RETR fills
    QHash<int, QByteArray> m_deleting; ///< DELE sent: message number → UIDL
    std::optional<Pop3::DeletionsResult> m_deletions;
};

} // namespace Letterbox::Services
