#pragma once

#include "services/imap/imapclient.h"
#include "services/imap/imapjournalreplay.h"
#include "services/imap/imapserversettings.h"

#include <QObject>
#include <QPointer>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

struct SentUploadSummary
{
    int uploaded = 0;
    int failed = 0; ///< refused by the server: kept in the journal as failed
    int waiting = 0; ///< not done (the connection failed): replayed next time
    std::optional<ImapClientError> connectionError;
    QStringList problems; ///< one sentence per refused copy
};

/**
 * @short Uploads the Sent copies that SubmissionService journaled (JournalKind::Append,
 * role "sent") to the server's Sent folder: IMAP APPEND (RFC 9051 6.3.12) with \\Seen.
 *
 * The part of the journal replay that sending needs at once: an ImapJournalReplay over
 * its own connection that takes only those entries, so there is one replayer. The folder
 * is the one LIST calls \\Sent (RFC 6154), else the journaled path ("Sent"), created when
 * the server answers NO [TRYCREATE]. An entry leaves the journal (with its blob) only
 * after the tagged OK; a refused one is marked failed with the server's words; one whose
 * connection dropped stays to be replayed — which may store the copy twice if the server
 * had completed it, never zero times.
 */
class SentCopyUploader : public QObject
{
    Q_OBJECT

public:
    explicit SentCopyUploader(Store::Database &database, QObject *parent = nullptr);
    ~SentCopyUploader() override;

    void setSettings(const ImapServerSettings &settings) { m_settings = settings; }
    /// Starts; finished() follows (also when there is nothing to upload). False while running.
    bool run();

Q_SIGNALS:
    void finished(const Letterbox::Services::SentUploadSummary &summary);

private:
    Store::Database &m_database;
    ImapServerSettings m_settings;
    QPointer<ImapJournalReplay> m_replay;
};

} // namespace Letterbox::Services
