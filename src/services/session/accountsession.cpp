#include "services/session/accountsession.h"

#include "services/submission/submissionservice.h"

#include "accounts/credentialjob.h"
#include "accounts/credentialstore.h"
#include "services/account/serverpolicy.h"
#include "services/imap/imapconnectionpool.h"
#include "services/imap/imapjournalreplay.h"
#include "services/imap/imapretrieval.h"
#include "services/imap/imapsearch.h"
#include "services/imap/imapwatcher.h"
#include "services/retrieval/retrievalengine.h"
#include "services/retrieval/retrievalfactory.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/offlinejournal.h"
#include "store/storenotifier.h"

#include <QLocale>

#include <utility>

namespace Letterbox::Services {

namespace {
// A progress signal per message would queue thousands of snapshots to the window.
constexpr qint64 s_progressEveryMs = 100;
} // namespace

AccountSession::AccountSession(const Accounts::Account &account, const QString &dataDirectory,
    const AccountSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_dataDirectory(dataDirectory)
    , m_options(options)
    , m_checkTimer(this)
{
    m_activity.account = account.name;
    m_checkTimer.setSingleShot(false);
    connect(&m_checkTimer, &QTimer::timeout, this, &AccountSession::sync);
}

AccountSession::~AccountSession()
{
    shutDown();
}

void AccountSession::start(bool online, bool syncNow)
{
    m_database = std::make_unique<Store::Database>(m_dataDirectory);
    if (const Store::Status opened = m_database->open(); !opened.ok()) {
        m_database.reset();
        fail(tr("The cache of account %1 could not be opened: %2").arg(m_account.name, opened.message()));
        return;
    }
    connect(m_database->notifier(), &Store::StoreNotifier::journalChanged, this, &AccountSession::countPending);
    countPending();
    const Store::Result<QList<Store::Folder>> folders = Store::FolderStore(*m_database).list();
    m_cacheWasEmpty = folders.ok() && folders.value().isEmpty();
    m_online = online;
    startSubmission();
    if (m_online && m_options.checkIntervalMs > 0) {
        m_checkTimer.start(m_options.checkIntervalMs);
    }
    if (m_online && syncNow) {
        sync();
    }
}

void AccountSession::sync()
{
    if (!m_database || !m_online || m_shutDown) {
        return;
    }
    if (m_syncAwaitingPassword || (m_engine && m_engine->isRunning())) {
        m_syncWanted = true;
        return;
    }
    setBusy(true, tr("Connecting to %1…").arg(m_account.incoming.host));
    // The password may be on its way for something else (the outbox): this run waits
    // for the same answer instead of being forgotten.
    m_syncAwaitingPassword = true;
    withPassword([this](const QString &password) {
        m_syncAwaitingPassword = false;
        if (ensureEngine(password)) {
            runSync();
        }
    });
}

void AccountSession::cancel()
{
    m_syncWanted = false;
    if (m_engine && m_engine->isRunning()) {
        m_engine->cancel();
    }
}

void AccountSession::setOnline(bool online)
{
    if (m_online == online) {
        return;
    }
    m_online = online;
    if (!online) {
        cancel();
        stopPush();
        stopSubmission();
        m_checkTimer.stop();
        publish();
        return;
    }
    if (m_options.checkIntervalMs > 0) {
        m_checkTimer.start(m_options.checkIntervalMs);
    }
    // What was written offline ("Send Later") goes now.
    flushOutbox();
    // The sync replays the journal first (ImapRetrieval), so going online needs one run.
    sync();
}

void AccountSession::fetchBody(qint64 messageId)
{
    if (!isImap()) {
        // POP3 downloads whole messages: a row without a body is one that failed.
        Q_EMIT bodyFetched(
            m_account.name, messageId, false, tr("This message was not downloaded; get messages again to retry."));
        return;
    }
    if (!m_online || !m_database) {
        Q_EMIT bodyFetched(m_account.name, messageId, false,
            tr("You are working offline, and this message has not been downloaded yet."));
        return;
    }
    ++m_bodiesWaiting;
    m_bodiesAwaitingPassword.append(messageId);
    withPassword([this, messageId](const QString &password) {
        m_bodiesAwaitingPassword.removeOne(messageId);
        if (!ensureEngine(password)) {
            --m_bodiesWaiting;
            Q_EMIT bodyFetched(m_account.name, messageId, false, m_activity.lastError);
            return;
        }
        if (auto *imap = qobject_cast<ImapRetrieval *>(m_engine.get())) {
            imap->fetchBody(messageId);
        }
    });
}

void AccountSession::replayJournal()
{
    if (!isImap() || !m_online || !m_database || m_shutDown) {
        return;
    }
    if (m_engine && m_engine->isRunning()) {
        // The run replayed at its start; this change may have come after that step.
        m_replayAfterSync = true;
        return;
    }
    if (m_replay) {
        m_replayAgain = true;
        return;
    }
    withPassword([this](const QString &password) { startReplay(password); });
}

void AccountSession::shutDown()
{
    m_shutDown = true;
    m_checkTimer.stop();
    cancel();
    stopPush();
    m_search.reset();
    m_replay.reset();
    m_engine.reset();
    m_submission.reset();
}

void AccountSession::withPassword(PasswordThen then)
{
    m_waitingForPassword.push_back(std::move(then));
    if (m_passwordPending) {
        return;
    }
    m_passwordPending = true;
    auto deliver = [this](const Accounts::CredentialResult &result) {
        m_passwordPending = false;
        m_syncAwaitingPassword = false;
        std::vector<PasswordThen> waiting;
        waiting.swap(m_waitingForPassword);
        // No stored password is not an error: a server may take the login without one.
        if (!result.ok() && result.code != Accounts::CredentialResult::Code::NotFound) {
            setBusy(false);
            fail(result.message, {}, false, true);
            // The reader waits for these: tell it why nothing comes.
            const QList<qint64> bodies = std::exchange(m_bodiesAwaitingPassword, {});
            m_bodiesWaiting = qMax(0, m_bodiesWaiting - int(bodies.size()));
            for (qint64 messageId : bodies) {
                Q_EMIT bodyFetched(m_account.name, messageId, false, result.message);
            }
            if (m_searchWaiting && m_searchRunning == 0) {
                Q_EMIT serverSearchFinished(m_account.name, m_searchWaiting->request, {}, 0, result.message);
                m_searchWaiting.reset();
            }
            return;
        }
        for (PasswordThen &then : waiting) {
            then(result.ok() ? result.password : QString());
        }
    };
    const Accounts::CredentialStore store;
    if (m_account.passwordSource == Accounts::PasswordSource::OAuth2) {
        // The token refresh talks to the provider; it blocks this (engine) thread only.
        deliver(store.obtainPasswordBlocking(m_account));
        return;
    }
    Accounts::CredentialJob *job = store.obtainPassword(m_account, this);
    connect(job, &Accounts::CredentialJob::finished, this, [deliver](Accounts::CredentialJob *finished) {
        const Accounts::CredentialResult result = finished->result();
        finished->deleteLater();
        deliver(result);
    });
    job->start();
}

bool AccountSession::ensureEngine(const QString &password)
{
    m_password = password;
    if (m_engine && !m_engine->isRunning() && m_bodiesWaiting == 0) {
        m_engine.reset(); // the settings carry the password: take the one just read
    }
    if (m_engine) {
        return true;
    }
    QString error;
    m_engine = RetrievalFactory::create(m_account, *m_database, password, &error);
    if (!m_engine) {
        setBusy(false);
        fail(error);
        return false;
    }
    connect(m_engine.get(), &RetrievalEngine::progress, this, &AccountSession::onProgress);
    connect(m_engine.get(), &RetrievalEngine::finished, this, &AccountSession::onSyncFinished);
    if (auto *imap = qobject_cast<ImapRetrieval *>(m_engine.get())) {
        connect(imap, &ImapRetrieval::bodyFetched, this, &AccountSession::onBodyFetched);
    }
    return true;
}

void AccountSession::runSync()
{
    SyncRequest request;
    request.bodies = m_account.imapKeepOffline;
    if (m_account.imapKeepOffline && m_account.imapKeepOfflineDays > 0) {
        request.bodiesSince = QDateTime::currentDateTimeUtc().addDays(-m_account.imapKeepOfflineDays);
    }
    m_syncWanted = false;
    m_progressClock.start();
    if (!m_engine->sync(request)) {
        m_syncWanted = true; // an on-demand body holds the engine: the run follows it
    }
}

void AccountSession::onSyncFinished(const SyncReport &report)
{
    setBusy(false);
    if (report.error) {
        const auto *imap = qobject_cast<ImapRetrieval *>(m_engine.get());
        fail(report.error->text, imap ? imap->lastTranscript() : QString(), report.error->security,
            report.error->authentication);
        reportCertificate(*report.error);
    } else {
        m_activity.lastError.clear();
        m_activity.errorDetails.clear();
        m_activity.securityError = false;
        m_activity.authenticationError = false;
        m_activity.lastSync = QDateTime::currentDateTimeUtc();
        if (!report.warnings.isEmpty()) {
            m_activity.lastError = report.warnings.first();
        }
        publish();
        for (const FolderSyncReport &folder : report.folders) {
            // The first download of an empty cache is not "new mail" to announce.
            if (folder.newMessages > folder.adopted && !m_cacheWasEmpty
                && folder.folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
                Q_EMIT newMail(m_account.name, folder.folder, folder.newMessages - folder.adopted);
            }
        }
        m_cacheWasEmpty = false;
        if (isImap() && m_options.push && m_online && !m_watcher) {
            startPush(m_password);
        }
    }
    Q_EMIT syncFinished(m_account.name, report);
    if (m_replayAfterSync) {
        m_replayAfterSync = false;
        replayJournal();
    }
    if (m_syncWanted && report.ok()) {
        sync();
    }
}

void AccountSession::onProgress(const QString &folder, qint64 done, qint64 total)
{
    if (m_progressClock.isValid() && m_progressClock.elapsed() < s_progressEveryMs && done != total) {
        return;
    }
    m_progressClock.start();
    const QLocale locale;
    m_activity.text = total > 0
        ? tr("%1: %2 of %3 messages").arg(folderName(folder), locale.toString(done), locale.toString(total))
        : tr("%1: %2 messages").arg(folderName(folder), locale.toString(done));
    m_activity.done = done;
    m_activity.total = total;
    publish();
}

void AccountSession::onBodyFetched(qint64 messageId, bool ok, const QString &error)
{
    m_bodiesWaiting = qMax(0, m_bodiesWaiting - 1);
    Q_EMIT bodyFetched(m_account.name, messageId, ok, error);
    if (m_syncWanted && m_bodiesWaiting == 0 && m_engine && !m_engine->isRunning()) {
        runSync();
    }
}

bool AccountSession::ensurePool(const QString &password)
{
    QString error;
    const std::optional<ImapServerSettings> settings = ServerPolicy::imap(m_account, password, &error);
    if (!settings) {
        fail(error);
        return false;
    }
    if (!m_pool) {
        m_pool = std::make_unique<ImapConnectionPool>();
    }
    m_pool->setSettings(*settings);
    return true;
}

void AccountSession::startPush(const QString &password)
{
    if (!ensurePool(password)) {
        return;
    }
    m_watcher = new ImapWatcher(*m_database, *m_pool, this);
    ImapWatcherOptions options;
    options.pollIntervalMs = 0; // the check timer syncs the other folders
    m_watcher->setOptions(options);
    connect(m_watcher, &ImapWatcher::newMail, this,
        [this](const QString &folder, int count) { Q_EMIT newMail(m_account.name, folder, count); });
    connect(m_watcher, &ImapWatcher::idling, this, [this] {
        if (!m_activity.pushActive) {
            m_activity.pushActive = true;
            publish();
        }
    });
    connect(m_watcher, &ImapWatcher::reconnecting, this, [this](int, const QString &) {
        m_activity.pushActive = false;
        publish();
    });
    connect(m_watcher, &ImapWatcher::stopped, this, [this](const QString &stopError) {
        m_activity.pushActive = false;
        fail(stopError);
        m_watcher->deleteLater();
    });
    m_watcher->start();
}

void AccountSession::stopPush()
{
    if (m_watcher) {
        m_watcher->stop();
        delete m_watcher;
    }
    if (m_pool) {
        m_pool->closeIdle();
    }
    if (m_activity.pushActive) {
        m_activity.pushActive = false;
        publish();
    }
}

void AccountSession::startReplay(const QString &password)
{
    QString error;
    const std::optional<ImapServerSettings> settings = ServerPolicy::imap(m_account, password, &error);
    if (!settings) {
        fail(error);
        return;
    }
    m_replay = std::make_unique<ImapJournalReplay>(*m_database);
    m_replay->setSettings(*settings);
    connect(m_replay.get(), &ImapJournalReplay::finished, this, &AccountSession::onReplayFinished);
    m_replayAgain = false;
    setBusy(true, tr("Sending your changes to the server…"));
    if (!m_replay->replay()) {
        m_replay.reset();
        setBusy(false);
    }
}

void AccountSession::onReplayFinished(const JournalReplaySummary &summary)
{
    // Deleting the replay inside its own signal would pull the object from under it.
    m_replay.release()->deleteLater();
    setBusy(false);
    if (summary.connectionError) {
        fail(tr("Your changes are kept and go to the server later: %1").arg(summary.connectionError->text), {},
            summary.connectionError->security, summary.connectionError->authentication);
        reportCertificate(*summary.connectionError);
    } else if (!summary.problems.isEmpty()) {
        fail(summary.problems.first(), summary.problems.join(QLatin1Char('\n')));
    }
    countPending();
    if (m_replayAgain && !summary.connectionError) {
        replayJournal();
    }
}

void AccountSession::fail(const QString &error, const QString &details, bool security, bool authentication)
{
    m_activity.lastError = error;
    m_activity.errorDetails = details;
    m_activity.securityError = security;
    m_activity.authenticationError = authentication;
    publish();
}

void AccountSession::reportCertificate(const RetrievalError &error)
{
    // Sync and replay talk to the incoming server; a flush reports the outgoing one.
    if (error.certificate) {
        reportCertificate(AccountServer::Incoming, *error.certificate);
    }
}

void AccountSession::reportCertificate(AccountServer server, const Net::CertificateReport &report)
{
    const Accounts::ServerSettings &settings = server == AccountServer::Incoming ? m_account.incoming : m_account.smtp;
    CertificateRefusal refusal;
    refusal.account = m_account.name;
    refusal.server = server;
    refusal.host = settings.host;
    refusal.port = settings.port;
    refusal.certificate = CertificateWords::summaryOf(report);
    refusal.pinnedSha256 = settings.pinnedCertificate;
    Q_EMIT certificateRefused(m_account.name, refusal);
}

void AccountSession::setAccount(const Accounts::Account &account, const AccountSessionOptions &options)
{
    m_account = account;
    m_options = options;
    // The watcher's connection carries the old settings (stopPush() also closes the
    // pool's idle ones; the pool takes the new settings at its next use, ensurePool());
    // the engine is made anew from m_account by the next run (ensureEngine()).
    stopPush();
    m_checkTimer.stop();
    if (m_online && m_options.checkIntervalMs > 0) {
        m_checkTimer.start(m_options.checkIntervalMs);
    }
}

void AccountSession::countPending()
{
    if (!m_database) {
        return;
    }
    const Store::Result<qint64> pending = Store::OfflineJournal(*m_database).pendingCount();
    if (pending.ok() && pending.value() != m_activity.pendingChanges) {
        m_activity.pendingChanges = pending.value();
        publish();
    }
}

void AccountSession::setBusy(bool busy, const QString &text)
{
    m_activity.text = busy ? text : QString();
    m_activity.done = 0;
    m_activity.total = 0;
    publish();
}

void AccountSession::publish()
{
    m_activity.busy
        = m_passwordPending || m_replay || m_bodiesWaiting > 0 || (m_engine && m_engine->isRunning()) || isSending();
    Q_EMIT activityChanged(m_activity);
}

QString AccountSession::folderName(const QString &path) const
{
    return path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? tr("Inbox") : path;
}

} // namespace Letterbox::Services
