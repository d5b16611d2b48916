#pragma once

#include "protocol/net/certificatereport.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Services {

/// Why a retrieval run (IMAP or POP3) ended early; the same shape as ImapClientError so
/// front ends map it to an exit code or a dialog in one way.
struct RetrievalError
{
    bool security = false; ///< certificate, TLS, STARTTLS or plaintext refused: CLI exit code 3
    bool authentication = false; ///< the server refused the login
    bool temporary = true; ///< worth trying again later without changing anything
    QString text; ///< one sentence naming host:port and what was said
    std::optional<Net::CertificateReport> certificate;
};

/// What one run did to one folder (CLI.md `sync --json`, one element of "folders").
struct FolderSyncReport
{
    QString folder; ///< the folder's path in the cache ("INBOX")
    int newMessages = 0; ///< rows added to the cache
    int changed = 0; ///< rows whose flags or keywords changed
    int vanished = 0; ///< rows removed because the server no longer has them
    int bodiesFetched = 0; ///< whole messages downloaded into the blob store
    /// Messages the cache held already from the account's other protocol, taken over
    /// instead of downloaded (a POP3 ↔ IMAP switch); counted in newMessages too when
    /// they joined this folder (IMAP), not when they were in it already (the POP3 Inbox).
    int adopted = 0;
    /// Protocol bytes and round trips spent on this folder (on the TLS stream).
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 roundTrips = 0;
    double seconds = 0;
};

/// What one sync run did (CLI.md `sync --json`).
struct SyncReport
{
    QString account;
    QString protocol; ///< "imap" or "pop3"
    QList<FolderSyncReport> folders;
    /// The whole run, connection set-up and login included.
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 roundTrips = 0;
    double seconds = 0;
    /// Things the person should know that did not stop the run ("3 messages could not
    /// be parsed", "the server does not offer UIDL").
    QStringList warnings;
    std::optional<RetrievalError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/// What a front end asks a RetrievalEngine to do.
struct SyncRequest
{
    /// Only this folder (its cache path); empty: every folder the engine syncs.
    QString folder;
    /// Also download every whole message not yet in the cache (`sync --bodies`); POP3
    /// always downloads whole messages.
    bool bodies = false;
    /// With bodies: only messages that arrived (INTERNALDATE) on or after this; invalid: all.
    QDateTime bodiesSince;
};

} // namespace Letterbox::Services

Q_DECLARE_METATYPE(Letterbox::Services::RetrievalError)
