#pragma once

#include "protocol/imap/imapresponse.h"
#include "protocol/imap/imapsession.h"
#include "services/imap/imaptask.h"
#include "services/retrieval/syncreport.h"
#include "store/folder.h"
#include "store/messagerecord.h"
#include "store/messagestore.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// What a folder sync may use; the engine fills it from ENABLED and its own settings.
struct ImapFolderSyncOptions
{
    bool qresync = false; ///< RFC 7162 QRESYNC is enabled (and not masked)
    bool condStore = false; ///< RFC 7162 CONDSTORE is available (and not masked)
    bool esearch = false; ///< RFC 4731: UID SEARCH RETURN (ALL) gives a compact set
    quint32 batch = 1000; ///< UIDs per new-message UID FETCH
    /// The sync window (ImapSyncWindow): headers only of messages with an INTERNALDATE on
    /// or after this day; none for every message.
    std::optional<QDate> since;
};

/**
 * @short Brings one folder's cached headers up to date with the server: SELECT, new
 * messages, flag changes and expunges, all by UID (RFC 4549 section 4.3).
 *
 * SELECT carries QRESYNC (UIDVALIDITY, HIGHESTMODSEQ, known UIDs) when it is enabled and
 * the folder was synced before, so its reply already holds every change and VANISHED
 * (EARLIER) UID; CONDSTORE otherwise, when available. After SELECT:
 * - a new UIDVALIDITY resets the folder's cache (FolderStore::resetUidValidity, which
 *   keeps the journal) and everything is fetched again;
 * - new messages: UID FETCH from the last UIDNEXT in runs of options.batch UIDs, the last
 *   run open ("n:*"), pipelined (one open run when the UIDs are sparse); rows are inserted
 *   in one transaction per run, or per options.batch rows as a long FETCH streams, so
 *   memory and transaction size stay bounded;
 * - flags: nothing more under QRESYNC, UID FETCH (FLAGS MODSEQ) (CHANGEDSINCE n) under
 *   CONDSTORE when HIGHESTMODSEQ moved, and without either UID FETCH 1:n (FLAGS) compared
 *   with the cache (MessageStore::applyServerFlags writes only what differs);
 * - expunges: VANISHED under QRESYNC, the UIDs missing from the full FLAGS fetch on the
 *   fallback path; then, always, a count check: when EXISTS differs from the cached
 *   count, UID SEARCH ALL (RETURN (ALL) under ESEARCH) tells which UIDs went.
 * A resync without change therefore costs one SELECT and its reply. When the count check
 * finds server UIDs the cache lacks (a sync window was narrowed or turned off since), their
 * headers are fetched once, by UID.
 *
 * With a sync window (options.since), `UID SEARCH SINCE day` comes right after SELECT and
 * new headers are fetched only for the UIDs it names that the cache lacks, old or new, so
 * a window made wider fills in the days it gained. Rows older than the window stay until
 * the server expunges them. The count check then always asks UID SEARCH ALL (the cache
 * holds fewer rows than the folder), one more round trip per windowed sync.
 *
 * Local changes win until replayed (RFC 4549 section 4.2): server flags are not written
 * over messages with a pending Flag/Unflag journal entry, and UIDs with a pending Move or
 * Delete are not inserted again. After a UIDVALIDITY change the journal's UIDs mean
 * nothing: its Flag/Unflag entries are applied again to the new rows with the same
 * Message-ID, so the person still sees them; the replay re-resolves them on the server.
 *
 * UIDNEXT, HIGHESTMODSEQ and UIDVALIDITY are stored (FolderStore::setSyncState) only after
 * every row of the folder is committed; an interrupted sync leaves the old state, and the
 * next one skips the rows it already has. Unsolicited EXPUNGE (by sequence number) is not
 * used: the count check finds the UIDs instead.
 *
 * After a switch from POP3 (CacheHandover), a new message whose Message-ID and size match
 * a row of a local-only folder (MessageIdentity) takes that row over: it moves here with
 * the server's UID and flags, body and blob kept, so ImapBodyFetch has nothing to fetch
 * for it (FolderSyncReport::adopted). \\Seen, \\Flagged and \\Answered set here and not
 * on the server are kept and journaled as Flag entries for the next run's replay.
 */
class ImapFolderSync : public ImapTask
{
    Q_OBJECT

public:
    ImapFolderSync(Store::Database &database, ImapClient &client, const Store::Folder &folder,
        const ImapFolderSyncOptions &options, quint64 tokenBase, QObject *parent = nullptr);

    void start();
    [[nodiscard]] const FolderSyncReport &report() const { return m_report; }
    /// The SELECT went through (the folder is selected for a body fetch after the sync).
    [[nodiscard]] bool isSelected() const { return m_selected; }

Q_SIGNALS:
    void progress(const QString &folder, qint64 done, qint64 total);

private:
    enum class Command { Select, Window, NewMessages, Flags, Search };

    void onUntagged(const Imap::ImapResponse &response) override;
    void onFetch(const Imap::ImapFetchResponse &fetch);
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) override;
    void afterSelect();
    /// After SELECT (and the window's search): flag changes and new headers.
    void fetchChanges();
    /// Fetches the headers of @p uids (not cached, ascending) by UID, in runs of options.batch.
    void fetchUids(const QList<quint32> &uids);
    /// What a new message's headers are fetched with (RFC 9051 6.4.5).
    [[nodiscard]] Imap::ImapFetchRequest headerRequest() const;
    void submit(Command command, const Imap::ImapCommandBuilder &builder);
    [[nodiscard]] bool flushNew();
    /// Takes the batch's messages that the cache holds in a local folder over (and out
    /// of m_newBatch); returns how many.
    [[nodiscard]] Store::Result<int> adoptCachedCopies();
    /// A row taken over, with the flags it had here that the server lacks.
    struct LocalFlags
    {
        qint64 id = 0;
        quint32 uid = 0;
        QString messageId;
        Store::MessageFlags flags;
    };
    [[nodiscard]] Store::Status journalLocalFlags(const QList<LocalFlags> &kept);
    [[nodiscard]] bool flushFlags();
    [[nodiscard]] bool removeUids(const QList<quint32> &uids);
    void afterFetches();
    void complete();
    void fail(const QString &error, bool connectionLost);
    void readJournal();
    [[nodiscard]] bool reapplyJournal();
    void countBytes();

    Store::Database &m_database;
    Store::Folder m_folder;
    ImapFolderSyncOptions m_options;
    quint64 m_tokenBase;
    quint64 m_nextToken = 0;
    QHash<quint64, Command> m_commands;

    QList<quint32> m_cached; ///< sorted UIDs cached at the start (empty after a reset)
    QSet<quint32> m_keepFlags; ///< pending local flag changes
    QSet<quint32> m_notAgain; ///< pending local moves and deletes
    quint32 m_fromUid = 1; ///< the first UID that counts as new
    bool m_lookForCopies = false; ///< local folders hold mail a new header may be (a POP3 past)

    // What SELECT said.
    quint32 m_uidValidity = 0;
    quint32 m_uidNext = 0;
    quint64 m_highestModSeq = 0;
    bool m_noModSeq = false;
    qint64 m_exists = -1;
    bool m_selected = false;
    bool m_usedQresync = false;
    bool m_reset = false;
    bool m_fullFlags = false; ///< the fallback's UID FETCH 1:n (FLAGS) is in flight

    QList<Store::NewMessage> m_newBatch;
    QList<Store::FlagUpdate> m_flagUpdates;
    QList<Imap::ImapSequenceSet> m_vanished;
    QList<quint32> m_serverUids; ///< from the full FLAGS fetch or UID SEARCH
    /// UIDs below m_fromUid whose headers are asked for (the window's, or the count check's)
    QSet<quint32> m_wanted;
    bool m_filledGaps = false; ///< the count check fetched what it found missing once
    quint32 m_maxNewUid = 0;
    qint64 m_expectedNew = 0;

    FolderSyncReport m_report;
    qint64 m_bytesIn0 = 0, m_bytesOut0 = 0, m_roundTrips0 = 0;
    QElapsedTimer m_clock;
};

} // namespace Letterbox::Services
