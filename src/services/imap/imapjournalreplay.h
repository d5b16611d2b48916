#pragma once

#include "protocol/imap/imapresponse.h"
#include "services/imap/imapclient.h"
#include "services/imap/imapserversettings.h"
#include "store/offlinejournal.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// What one replay did, shaped like SentUploadSummary.
struct JournalReplaySummary
{
    int replayed = 0; ///< the server has them: gone from the journal
    int failed = 0; ///< refused by the server (or not resolvable): kept as failed, with the reason
    int waiting = 0; ///< not done (the connection went): pending, replayed next time
    std::optional<ImapClientError> connectionError;
    QStringList problems; ///< one sentence per failed entry
};

/**
 * @short Replays the offline journal (Store::OfflineJournal) on an IMAP server in seq
 * order: RFC 4549 section 4's "disconnected operation", with UIDPLUS (RFC 4315) and MOVE
 * (RFC 6851) when the server offers them.
 *
 * Per kind (the entries' format is the table in store/offlinejournal.h):
 * - Flag/Unflag: UID STORE +FLAGS.SILENT / -FLAGS.SILENT; consecutive entries of one
 *   folder go out pipelined.
 * - Move: UID MOVE when offered; else UID COPY, UID STORE +FLAGS.SILENT (\\Deleted) and,
 *   with UIDPLUS, UID EXPUNGE of just those UIDs. Without UIDPLUS the originals keep
 *   \\Deleted and are not expunged: a plain EXPUNGE would also remove what other clients
 *   marked \\Deleted and meant to keep for now. The copy is still made, so nothing is lost.
 * - Copy: UID COPY. Delete: UID STORE +FLAGS.SILENT (\\Deleted), then UID EXPUNGE with
 *   UIDPLUS (without it the same rule as above).
 * - CreateFolder/RenameFolder/DeleteFolder: CREATE, RENAME, DELETE; "already exists" on
 *   CREATE and "does not exist" on DELETE count as done (the state wanted is there).
 * - Append: APPEND with the journaled flags; a Sent copy ("role": "sent") goes to the
 *   folder LIST calls \\Sent (RFC 6154), else the journaled path; NO [TRYCREATE] on an
 *   APPEND, MOVE or COPY creates the folder and tries once more.
 *
 * COPYUID (from MOVE's untagged OK or COPY's tagged OK) gives the moved or copied rows
 * their UIDs (MessageStore::assignUid) and fills the same rows' UIDs into later entries
 * (OfflineJournal::updateUids), which is how "flag after a move" finds its message. A UID
 * still unknown when its turn comes (no UIDPLUS), and every UID after a UIDVALIDITY change
 * (compared at SELECT), is looked up by Message-ID (UID SEARCH HEADER Message-ID); an
 * entry none of whose messages can be found is failed with a reason saying so.
 *
 * An entry is complete()d after its tagged OK, markFailed() on NO/BAD with the server's
 * words, and left pending (state Replaying) when the connection drops, to be replayed next
 * time; replaying a flag, delete, move by MOVE or folder entry again is harmless. A COPY
 * (or the COPY of a fallback move) whose OK was lost may be made twice: a duplicate, never
 * a loss — the rule SentCopyUploader follows for APPEND.
 *
 * The connection: setSettings() opens one and logs out at the end; setClient() uses a
 * logged-in ImapClient the caller owns, leaves it logged in with some folder selected
 * (SELECT again before relying on one), and must be the only user of it until finished().
 */
class ImapJournalReplay : public QObject
{
    Q_OBJECT

public:
    using EntryFilter = std::function<bool(const Store::JournalEntry &)>;

    explicit ImapJournalReplay(Store::Database &database, QObject *parent = nullptr);
    ~ImapJournalReplay() override;

    /// Replay over a connection of its own to @p settings.
    void setSettings(const ImapServerSettings &settings);
    /// Replay over @p client (not owned); takes precedence over setSettings().
    void setClient(ImapClient *client);
    /// Only the entries @p filter accepts (SentCopyUploader: the Sent copies); all when unset.
    void setFilter(EntryFilter filter) { m_filter = std::move(filter); }

    /// Starts; finished() follows (also when there is nothing to replay). False while running.
    bool replay();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Letterbox::Services::JournalReplaySummary &summary);

private:
    /// An entry being replayed, with its messages resolved to UIDs in the selected folder.
    struct Work
    {
        Store::JournalEntry entry;
        QList<qint64> ids; ///< args "ids"
        QList<quint32> uids; ///< parallel to ids; 0: not on the server (as far as is known)
        int outstanding = 0; ///< commands in flight for it
        bool failed = false;
        bool createdTarget = false; ///< TRYCREATE handled once
    };
    using Then = std::function<void(bool ok, const Imap::ImapStatusResponse &reply)>;

    void begin();
    void next();
    void command(Imap::ImapCommandBuilder builder, Then then);
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text);
    void onUntagged(const Imap::ImapResponse &response);
    void stop();
    void end();

    void withFolder(const QString &path, const QList<qint64> &entryIds, std::function<void()> then);
    void resolve(QList<Work> works, std::function<void(QList<Work>)> then);
    void searchMessageIds(QList<Work> works, int work, int message, std::function<void(QList<Work>)> then);

    using SetCommand = std::function<Imap::ImapCommand(Imap::ImapEncoder &, const Imap::ImapSequenceSet &)>;
    using Refused = std::function<void(const std::optional<Imap::ImapStatusResponse> &refusal)>;
    /// One command per UID set that fits a line, pipelined; @p done after the last reply,
    /// with the first refusal if there was one.
    void perSet(const QList<quint32> &uids, SetCommand make, Refused done);
    void replayFlags(QList<Work> works);
    void replayMoveOrCopy(Work work);
    void replayDelete(const Work &work);
    /// +FLAGS.SILENT (\\Deleted), then UID EXPUNGE with UIDPLUS; completes the entry.
    void markDeleted(const Work &work, const QString &what);
    void expunge(const Work &work, const QString &what);
    void replayFolder(const Store::JournalEntry &entry);
    void replayAppends(QList<Store::JournalEntry> entries);
    void append(
        const Store::JournalEntry &entry, const QByteArray &message, bool afterCreate, std::function<void()> done);

    void recordCopyUids(const Work &work, const QList<Imap::ImapResponseCode> &codes);
    void succeed(qint64 entryId);
    void fail(qint64 entryId, const QString &problem);
    [[nodiscard]] QString serverName() const;
    [[nodiscard]] QString refusal(const QString &what, const Imap::ImapStatusResponse &reply) const;

    Store::Database &m_database;
    std::optional<ImapServerSettings> m_settings;
    QPointer<ImapClient> m_client;
    bool m_ownClient = false;
    EntryFilter m_filter;
    bool m_running = false;
    bool m_stopped = false;

    QList<Store::JournalEntry> m_entries; ///< what this run replays, in seq order
    qsizetype m_index = 0; ///< the next entry of m_entries to start
    QHash<quint64, Then> m_then; ///< token → what to do with its reply
    quint64 m_nextToken = 1;

    bool m_hasMove = false;
    bool m_hasUidPlus = false;
    QString m_sentFolder; ///< from LIST's \\Sent, if any
    QString m_selected; ///< the folder selected on the connection, "" when none
    quint32 m_uidValidity = 0; ///< of m_selected
    // Untagged data of the one command whose reply carries it (each goes out alone).
    quint32 m_selectUidValidity = 0;
    QList<Imap::ImapResponseCode> m_copyUids;
    QList<quint32> m_searchResults;
    bool m_listing = false;

    JournalReplaySummary m_summary;
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::JournalReplaySummary)
