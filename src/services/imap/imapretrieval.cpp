#include "services/imap/imapretrieval.h"

#include "services/imap/imapbodyfetch.h"
#include "services/imap/imapclient.h"
#include "services/imap/imapfoldersync.h"
#include "services/imap/imapjournalreplay.h"
#include "services/imap/imapondemandbody.h"
#include "services/imap/imapsyncwindow.h"
#include "services/retrieval/cachehandover.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"

namespace Letterbox::Services {

ImapRetrieval::ImapRetrieval(Store::Database &database, QObject *parent)
    : RetrievalEngine(parent)
    , m_database(database)
{ }

ImapRetrieval::~ImapRetrieval()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
}

bool ImapRetrieval::sync(const SyncRequest &request)
{
    if (m_syncing || m_queuedSync) {
        return false;
    }
    if (m_client) {
        m_queuedSync = request; // an on-demand connection is busy: the run follows it
        return true;
    }
    m_syncing = true;
    m_request = request;
    startConnection();
    return true;
}

void ImapRetrieval::cancel()
{
    if (m_client && !m_cancelled) {
        m_cancelled = true;
        m_client->abort(); // every batch is its own transaction: the store is consistent
    }
}

void ImapRetrieval::fetchBody(qint64 messageId)
{
    const Store::Result<std::optional<Store::MessageRecord>> record = Store::MessageQuery(m_database).record(messageId);
    if (record.ok() && record.value() && record.value()->bodyState == Store::BodyState::Full) {
        QMetaObject::invokeMethod(
            this, [this, messageId] { Q_EMIT bodyFetched(messageId, true, QString()); }, Qt::QueuedConnection);
        return;
    }
    m_wanted.push_back(messageId);
    if (!m_client) {
        startConnection(); // served in next(), with no sync around it
    } else if (!m_folderSync && !m_bodyFetch && !m_onDemand && m_client->session()
        && m_client->session()->state() == Imap::ImapSession::State::Ready && m_listPending == 0 && !m_loggingOut) {
        next();
    }
}

void ImapRetrieval::startConnection()
{
    m_report = {};
    m_report.account = m_settings.accountName;
    m_report.protocol = QStringLiteral("imap");
    m_clock.start();
    m_clientError.reset();
    m_runError.reset();
    m_cancelled = false;
    m_loggingOut = false;
    m_folderList = {};
    m_folders.clear();
    Imap::ImapSessionConfig config = m_settings.session;
    config.enableQResync = config.enableQResync && m_options.useQResync && m_options.useCondStore;
    config.enableCondStore = config.enableCondStore && m_options.useCondStore;
    m_client = new ImapClient(this);
    connect(m_client, &ImapClient::ready, this, &ImapRetrieval::onReady);
    connect(m_client, &ImapClient::failed, this, [this](const ImapClientError &error) { m_clientError = error; });
    connect(m_client, &ImapClient::finished, this, &ImapRetrieval::onClientFinished, Qt::QueuedConnection);
    m_client->setAccountName(m_settings.accountName);
    m_client->start(m_settings.endpoint, m_settings.tls, config, m_settings.timeouts);
}

void ImapRetrieval::onReady()
{
    Imap::ImapSession *session = m_client->session();
    m_qresync = m_options.useQResync && m_options.useCondStore && session->isEnabled("QRESYNC");
    m_condStore = m_options.useCondStore && (m_qresync || session->hasCapability("CONDSTORE"));
    m_esearch = session->hasCapability("ESEARCH");
    if (!m_syncing) {
        next(); // only bodies on demand: no folder list needed
        return;
    }
    if (m_options.replayJournal) {
        replayJournal();
    } else {
        listFolders();
    }
}

void ImapRetrieval::replayJournal()
{
    // RFC 4549 section 4: local changes go to the server before the server's state is
    // read back, so a resync never resurrects what the person changed offline, and on
    // the same connection, so a sync costs one login.
    auto *replay = new ImapJournalReplay(m_database, this);
    replay->setClient(m_client);
    connect(replay, &ImapJournalReplay::finished, this, [this, replay](const JournalReplaySummary &summary) {
        replay->deleteLater();
        m_report.warnings += summary.problems;
        if (!m_client || summary.connectionError) {
            return; // the client's own failure ends the run
        }
        listFolders();
    });
    if (!replay->replay()) {
        replay->deleteLater();
        listFolders();
    }
}

void ImapRetrieval::listFolders()
{
    Imap::ImapSession *session = m_client->session();
    const QList<QByteArray> capabilities = session->capabilities();
    const Imap::ImapListOptions options = ImapFolderList::listOptions(capabilities);
    connect(m_client, &ImapClient::untagged, this, [this](const Imap::ImapResponse &response) {
        if (const auto *list = std::get_if<Imap::ImapListResponse>(&response); list && m_listPending > 0) {
            m_folderList.add(*list);
        }
    });
    connect(m_client, &ImapClient::commandFinished, this,
        [this](quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) {
            if ((token >> 32) != (m_listToken >> 32) || m_listPending == 0) {
                return;
            }
            if (!ok) {
                m_listPending = 0;
                onListed(false, text.isEmpty() ? QString::fromUtf8(reply.text) : text);
            } else if (--m_listPending == 0) {
                onListed(true, {});
            }
        });
    m_listToken = nextTokenBase();
    m_listPending = 1;
    m_client->submit(
        [options](Imap::ImapEncoder &encoder) { return encoder.list(QString(), QStringLiteral("*"), options); },
        m_listToken + 1);
    if (ImapFolderList::needsLsub(capabilities)) {
        m_listPending = 2;
        m_client->submit(
            [](Imap::ImapEncoder &encoder) { return encoder.lsub(QString(), QStringLiteral("*")); }, m_listToken + 2);
    }
}

void ImapRetrieval::onListed(bool ok, const QString &text)
{
    if (!ok || m_folderList.isEmpty()) {
        // Never reconcile with a list that did not come: every folder would look gone.
        stop(tr("%1 did not list its folders: %2").arg(m_settings.endpoint.toString(), text));
        return;
    }
    const Store::Result<FolderListChanges> changes = m_folderList.apply(m_database);
    if (!changes.ok()) {
        stop(changes.message());
        return;
    }
    for (const QString &path : changes.value().setAside) {
        m_report.warnings.append(tr("The local folder “%1” is kept as “%2”, beside the server's “%1”.")
                                     .arg(path, CacheHandover::asidePath(path)));
    }
    if (!m_request.folder.isEmpty()) {
        if (!changes.value().selectable.contains(m_request.folder)) {
            stop(tr("%1 has no folder “%2”.").arg(m_settings.endpoint.toString(), m_request.folder));
            return;
        }
        m_folders = {m_request.folder};
    } else {
        m_folders = changes.value().subscribed;
    }
    next();
}

void ImapRetrieval::next()
{
    if (m_cancelled || !m_client) {
        return;
    }
    if (!m_wanted.empty()) {
        const qint64 id = m_wanted.front();
        m_wanted.pop_front();
        serveOnDemand(id);
        return;
    }
    if (m_syncing && !m_folders.isEmpty()) {
        syncFolder(m_folders.takeFirst());
        return;
    }
    stop(std::nullopt);
}

void ImapRetrieval::syncFolder(const QString &path)
{
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(m_database).findByPath(path);
    if (!folder.ok() || !folder.value()) {
        m_report.warnings.append(folder.ok() ? tr("The folder “%1” is not in the cache.").arg(path) : folder.message());
        next();
        return;
    }
    ImapFolderSyncOptions options;
    options.qresync = m_qresync;
    options.condStore = m_condStore;
    options.esearch = m_esearch;
    options.batch = m_options.headerBatch;
    options.since = ImapSyncWindow::since(m_settings.syncDays, QDate::currentDate());
    m_folderSync = new ImapFolderSync(m_database, *m_client, *folder.value(), options, nextTokenBase(), this);
    connect(m_folderSync, &ImapFolderSync::progress, this, &RetrievalEngine::progress);
    connect(m_folderSync, &ImapFolderSync::finished, this, &ImapRetrieval::onFolderFinished, Qt::QueuedConnection);
    m_folderSync->start();
}

void ImapRetrieval::onFolderFinished(bool ok, const QString &error, bool connectionLost)
{
    ImapFolderSync *sync = m_folderSync;
    if (!sync) {
        return;
    }
    m_folderSync = nullptr;
    sync->deleteLater();
    m_report.folders.append(sync->report());
    if (!ok) {
        if (connectionLost) {
            stop(error);
            return;
        }
        m_report.warnings.append(error);
    } else if (m_request.bodies && sync->isSelected()) {
        fetchBodies(sync->report().folder);
        return;
    }
    next();
}

void ImapRetrieval::fetchBodies(const QString &path)
{
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(m_database).findByPath(path);
    Store::Result<QList<ImapBodyTarget>> targets = folder.ok() && folder.value()
        ? ImapBodyFetch::missingBodies(m_database, *folder.value(), m_request.bodiesSince)
        : Store::Result<QList<ImapBodyTarget>>(folder.status());
    if (!targets.ok()) {
        m_report.warnings.append(targets.message());
        next();
        return;
    }
    const Net::ConnectionCounters &counters = m_client->connection().counters();
    m_bodyBytesIn0 = counters.bytesIn;
    m_bodyBytesOut0 = counters.bytesOut;
    m_bodyRoundTrips0 = counters.roundTrips;
    const qint64 total = targets.value().size();
    m_bodyFetch = new ImapBodyFetch(m_database, *m_client, targets.value(), nextTokenBase(), this);
    connect(m_bodyFetch, &ImapBodyFetch::progress, this,
        [this, path](qint64 done, qint64 all) { Q_EMIT progress(path, done, all); });
    connect(m_bodyFetch, &ImapBodyFetch::finished, this, &ImapRetrieval::onBodiesFinished, Qt::QueuedConnection);
    Q_EMIT progress(path, 0, total);
    m_bodyFetch->start();
}

void ImapRetrieval::onBodiesFinished(bool ok, const QString &error, bool connectionLost)
{
    ImapBodyFetch *fetch = m_bodyFetch;
    if (!fetch) {
        return;
    }
    m_bodyFetch = nullptr;
    fetch->deleteLater();
    if (!m_report.folders.isEmpty()) {
        FolderSyncReport &folder = m_report.folders.last();
        const Net::ConnectionCounters &counters = m_client->connection().counters();
        folder.bodiesFetched += int(fetch->fetchedIds().size());
        folder.bytesIn += counters.bytesIn - m_bodyBytesIn0;
        folder.bytesOut += counters.bytesOut - m_bodyBytesOut0;
        folder.roundTrips += counters.roundTrips - m_bodyRoundTrips0;
    }
    if (!ok) {
        if (connectionLost) {
            stop(error);
            return;
        }
        m_report.warnings.append(error);
    }
    next();
}

void ImapRetrieval::serveOnDemand(qint64 messageId)
{
    m_onDemand = new ImapOnDemandBody(m_database, *m_client, messageId, nextTokenBase(), this);
    connect(
        m_onDemand, &ImapOnDemandBody::finished, this,
        [this](bool ok, const QString &error, bool connectionLost) {
            ImapOnDemandBody *job = m_onDemand;
            if (!job) {
                return;
            }
            m_onDemand = nullptr;
            job->deleteLater();
            Q_EMIT bodyFetched(job->messageId(), ok, error);
            if (connectionLost) {
                stop(error);
            } else {
                next();
            }
        },
        Qt::QueuedConnection);
    m_onDemand->start();
}

void ImapRetrieval::stop(const std::optional<QString> &error)
{
    if (error && !m_runError) {
        m_runError = error;
    }
    if (m_client && !m_loggingOut) {
        m_loggingOut = true;
        m_client->logout();
    }
}

void ImapRetrieval::onClientFinished()
{
    ImapClient *client = m_client;
    if (!client) {
        return;
    }
    m_client = nullptr;
    const Net::ConnectionCounters &counters = client->connection().counters();
    m_report.bytesIn = counters.bytesIn;
    m_report.bytesOut = counters.bytesOut;
    m_report.roundTrips = counters.roundTrips;
    m_report.seconds = double(m_clock.elapsed()) / 1000.0;
    m_lastTranscript = client->connection().transcript().toText();
    client->deleteLater();
    // The tasks of the connection end with it (their signals are queued: drop them).
    for (QObject *task : std::initializer_list<QObject *> {m_folderSync, m_bodyFetch, m_onDemand}) {
        if (task) {
            task->disconnect(this);
            task->deleteLater();
        }
    }
    if (m_folderSync) {
        m_report.folders.append(m_folderSync->report());
    }
    m_folderSync = nullptr;
    m_bodyFetch = nullptr;
    if (m_onDemand) {
        m_wanted.push_front(m_onDemand->messageId());
        m_onDemand = nullptr;
    }

    if (m_cancelled) {
        m_report.error = RetrievalError {false, false, true, tr("The sync was cancelled."), std::nullopt};
    } else if (m_clientError) {
        m_report.error = *m_clientError;
    } else if (m_runError) {
        m_report.error = RetrievalError {false, false, true, *m_runError, std::nullopt};
    }
    // Bodies asked for while the connection logged out get one of their own; after a
    // failure they fail with it (the reader shows why and may ask again).
    const bool retryWanted = !m_report.error && !m_wanted.empty();
    const QString why = m_report.error ? m_report.error->text : QString();
    while (!retryWanted && !m_wanted.empty()) {
        const qint64 id = m_wanted.front();
        m_wanted.pop_front();
        Q_EMIT bodyFetched(id, false, why);
    }
    const bool wasSyncing = m_syncing;
    m_syncing = false;
    if (wasSyncing) {
        Q_EMIT finished(m_report);
    }
    if (m_queuedSync) {
        const SyncRequest request = *m_queuedSync;
        m_queuedSync.reset();
        sync(request);
    } else if (retryWanted) {
        startConnection();
    }
}

} // namespace Letterbox::Services
