#pragma once

#include "protocol/imap/imapsessionconfig.h"
#include "protocol/net/endpoint.h"
#include "protocol/net/timeouts.h"
#include "protocol/net/tlspolicy.h"
#include "services/imap/imapclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/// Where and how an account reads mail over IMAP.
struct ImapServerSettings
{
    QString accountName;
    Net::Endpoint endpoint;
    Net::TlsPolicy tls; ///< its mode follows session.security
    Imap::ImapSessionConfig session;
    Net::Timeouts timeouts;
};

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
 * The folder is the one LIST calls \\Sent (RFC 6154), else the journaled path ("Sent"),
 * created when the server answers NO [TRYCREATE]. An entry leaves the journal (with its
 * blob) only after the tagged OK; a refused one is marked failed with the server's words;
 * one whose connection dropped stays to be replayed — which may store the copy twice if
 * the server had completed it, never zero times. The IMAP engine (issue 5) replays the
 * same journal; this is the part of it that sending needs now.
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
    void onListed();
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text);
    void append(qint64 entryId, bool afterCreate);
    void maybeLogout();
    void onClientFinished();

    Store::Database &m_database;
    ImapServerSettings m_settings;
    QPointer<ImapClient> m_client;
    QString m_sentFolder; ///< from LIST's \\Sent, if any
    QHash<qint64, QByteArray> m_messages; ///< journal entry → message bytes, while not done
    QHash<qint64, QString> m_targets; ///< journal entry → folder path
    QHash<quint64, qint64> m_createFor; ///< CREATE token → journal entry
    QList<qint64> m_retriedAfterCreate;
    SentUploadSummary m_summary;
    quint64 m_nextToken = 1;
};

} // namespace Letterbox::Services
