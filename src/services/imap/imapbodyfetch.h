#pragma once

#include "services/imap/imapbodybatch.h"
#include "services/imap/imaptask.h"
#include "store/bodycache.h"
#include "store/folder.h"
#include "store/status.h"

#include <QDateTime>
#include <QHash>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// One message whose whole body is to be downloaded.
struct ImapBodyTarget
{
    qint64 id = 0; ///< the row
    quint32 uid = 0;
    qint64 size = 0; ///< RFC822.SIZE, for cutting batches
};

/**
 * @short Downloads whole messages of the selected folder into the cache: UID FETCH
 * (BODY.PEEK[]) in pipelined commands, the bodies stored in batches by ImapBodyBatch
 * (blobs durable together, then the rows pointed at them with the parsed text for search).
 *
 * The durability order of DESIGN.md principle 3 is ImapBodyBatch's: a batch's blobs are
 * committed before its rows, so a crash in between leaves orphan blobs, never a row
 * pointing at nothing. A batch is flushed when it is full, when a command is refused and
 * when the last command ends. BODY.PEEK leaves \\Seen alone (RFC 9051 6.4.5). Commands
 * ask for at most maxMessages messages or about maxBytes bytes each, so memory stays
 * bounded by what is in flight plus one batch. Parsing runs on the thread pool.
 *
 * The caller must have selected the folder (ImapFolderSync did, or the engine's
 * on-demand path) under the UIDVALIDITY the rows were cached with.
 */
class ImapBodyFetch : public ImapTask
{
    Q_OBJECT

public:
    static constexpr int maxMessages = 100;
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;

    ImapBodyFetch(Store::Database &database, ImapClient &client, const QList<ImapBodyTarget> &targets,
        quint64 tokenBase, QObject *parent = nullptr);

    /// The messages of @p folder without a whole body in the cache (none, partial,
    /// evicted or missing), by UID.
    /// The rows of @p folder without a whole body; with @p since only those that arrived then or later.
    static Store::Result<QList<ImapBodyTarget>> missingBodies(
        Store::Database &database, const Store::Folder &folder, const QDateTime &since = {});

    void start();
    [[nodiscard]] const QList<qint64> &fetchedIds() const { return m_fetched; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    void onUntagged(const Imap::ImapResponse &response) override;
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) override;
    /// Stores the waiting bodies; false (and finished) when the store failed.
    [[nodiscard]] bool commitBatch();

    Store::Database &m_database;
    QList<ImapBodyTarget> m_targets;
    QHash<quint32, qint64> m_idForUid;
    quint64 m_tokenBase;
    QList<quint64> m_tokens;
    ImapBodyBatch m_batch;
    QList<qint64> m_fetched;
    QString m_warning;
};

} // namespace Letterbox::Services
