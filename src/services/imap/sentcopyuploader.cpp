#include "services/imap/sentcopyuploader.h"

#include "protocol/imap/imapencoder.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/offlinejournal.h"

#include <QJsonArray>

namespace Letterbox::Services {

namespace {
constexpr quint64 s_listToken = 0x4c495354; // "LIST"; journal ids and CREATEs use other tokens
constexpr quint64 s_createBase = quint64(1) << 48;
} // namespace

SentCopyUploader::SentCopyUploader(Store::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

SentCopyUploader::~SentCopyUploader()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
}

bool SentCopyUploader::run()
{
    if (m_client) {
        return false;
    }
    m_summary = {};
    m_messages.clear();
    m_targets.clear();
    m_createFor.clear();
    m_retriedAfterCreate.clear();
    m_sentFolder.clear();
    Store::OfflineJournal journal(m_database);
    const Store::Result<QList<Store::JournalEntry>> pending = journal.pending();
    if (pending.ok()) {
        for (const Store::JournalEntry &entry : pending.value()) {
            if (entry.kind != Store::JournalKind::Append
                || entry.args.value(QStringLiteral("role")).toString() != QLatin1String("sent")) {
                continue;
            }
            const Store::Result<QByteArray> bytes = m_database.blobs().read(entry.blobKey);
            if (!bytes.ok()) {
                journal.markFailed(entry.id, bytes.message());
                ++m_summary.failed;
                m_summary.problems.append(bytes.message());
                continue;
            }
            m_messages.insert(entry.id, bytes.value());
            m_targets.insert(entry.id, entry.folderPath.isEmpty() ? QStringLiteral("Sent") : entry.folderPath);
        }
    }
    if (m_messages.isEmpty()) {
        const SentUploadSummary summary = m_summary;
        QMetaObject::invokeMethod(
            this, [this, summary] { Q_EMIT finished(summary); }, Qt::QueuedConnection);
        return true;
    }
    m_client = new ImapClient(this);
    connect(m_client, &ImapClient::untagged, this, [this](const Imap::ImapResponse &response) {
        if (const auto *list = std::get_if<Imap::ImapListResponse>(&response);
            list && list->specialUse == Imap::ImapSpecialUse::Sent && m_sentFolder.isEmpty()) {
            m_sentFolder = list->mailbox;
        }
    });
    connect(m_client, &ImapClient::commandFinished, this, &SentCopyUploader::onCommandFinished);
    connect(m_client, &ImapClient::failed, this,
        [this](const ImapClientError &error) { m_summary.connectionError = error; });
    connect(m_client, &ImapClient::finished, this, &SentCopyUploader::onClientFinished, Qt::QueuedConnection);
    m_client->start(m_settings.endpoint, m_settings.tls, m_settings.session, m_settings.timeouts);
    Imap::ImapListOptions options;
    options.specialUse = true;
    m_client->submit(
        [options](Imap::ImapEncoder &encoder) { return encoder.list(QString(), QStringLiteral("*"), options); },
        s_listToken);
    return true;
}

void SentCopyUploader::onListed()
{
    QList<qint64> ids = m_messages.keys();
    std::sort(ids.begin(), ids.end());
    Store::OfflineJournal journal(m_database);
    for (const qint64 id : std::as_const(ids)) {
        if (!m_sentFolder.isEmpty()) {
            m_targets[id] = m_sentFolder;
        }
        journal.markReplaying(id);
        append(id, false);
    }
}

void SentCopyUploader::append(qint64 entryId, bool afterCreate)
{
    if (afterCreate) {
        m_retriedAfterCreate.append(entryId);
    }
    const QString folder = m_targets.value(entryId);
    const QByteArray message = m_messages.value(entryId);
    m_client->submit(
        [folder, message](Imap::ImapEncoder &encoder) {
            return encoder.append(folder, {QByteArrayLiteral("\\Seen")}, std::nullopt, message);
        },
        quint64(entryId));
}

void SentCopyUploader::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (token == s_listToken) {
        onListed(); // a failed LIST only means the journaled path is used
        return;
    }
    if (token >= s_createBase) {
        const qint64 entryId = m_createFor.take(token);
        append(entryId, true); // CREATE may fail because it exists by now: APPEND tells
        return;
    }
    const qint64 entryId = qint64(token);
    Store::OfflineJournal journal(m_database);
    if (ok) {
        journal.complete(entryId);
        m_messages.remove(entryId);
        ++m_summary.uploaded;
    } else if (text.isEmpty() && reply.code.kind == Imap::ImapResponseCode::Kind::TryCreate
        && !m_retriedAfterCreate.contains(entryId)) {
        const quint64 createToken = s_createBase + m_nextToken++;
        m_createFor.insert(createToken, entryId);
        const QString folder = m_targets.value(entryId);
        m_client->submit([folder](Imap::ImapEncoder &encoder) { return encoder.create(folder); }, createToken);
        return;
    } else if (text.isEmpty()) {
        // The server refused it: keep it, with its words, for the person to see.
        const QString problem
            = tr("%1 refused the copy for %2: %3")
                  .arg(m_settings.endpoint.toString(), m_targets.value(entryId), QString::fromUtf8(reply.text));
        journal.markFailed(entryId, problem);
        m_messages.remove(entryId);
        m_summary.problems.append(problem);
        ++m_summary.failed;
    } else {
        ++m_summary.waiting; // aborted: the connection went; replayed next time
        m_messages.remove(entryId);
    }
    maybeLogout();
}

void SentCopyUploader::maybeLogout()
{
    if (m_messages.isEmpty() && m_createFor.isEmpty() && m_client) {
        m_client->logout();
    }
}

void SentCopyUploader::onClientFinished()
{
    m_summary.waiting += int(m_messages.size());
    m_messages.clear();
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    const SentUploadSummary summary = m_summary;
    Q_EMIT finished(summary);
}

} // namespace Letterbox::Services
