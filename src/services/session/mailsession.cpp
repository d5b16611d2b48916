#include "services/session/mailsession.h"
#include "services/session/mailsession_p.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "store/database.h"
#include "store/folderstore.h"

#include <QNetworkInformation>
#include <QThread>

namespace Letterbox::Services {

namespace {
// Each session logs out on shut-down; a dead server must not hold the window's exit.
constexpr int s_stopWaitMs = 5000;
} // namespace

MailSession::MailSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AccountActivity>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SendNotice>();
    qRegisterMetaType<CertificateRefusal>();
}

MailSession::~MailSession()
{
    if (!m_engineThread) {
        return;
    }
    // The sessions and their Databases are deleted on the thread they were used on.
    QObject *root = m_engineRoot;
    QMetaObject::invokeMethod(
        root,
        [root] {
            const QList<AccountSession *> sessions = root->findChildren<AccountSession *>(Qt::FindDirectChildrenOnly);
            for (AccountSession *session : sessions) {
                session->shutDown();
            }
            qDeleteAll(sessions);
        },
        Qt::BlockingQueuedConnection);
    m_engineThread->quit();
    if (!m_engineThread->wait(s_stopWaitMs)) {
        qWarning("letterbox: the engine thread did not stop in time");
    }
    delete m_engineRoot;
}

void MailSession::open(const Accounts::Profile &profile, const MailSessionOptions &options, QStringList *errors)
{
    if (!m_engineThread) {
        m_engineThread = new QThread(this);
        m_engineThread->setObjectName(QStringLiteral("letterbox-engines"));
        m_engineRoot = new QObject;
        m_engineRoot->moveToThread(m_engineThread);
        m_engineThread->start();
    }
    m_profile = std::make_unique<Accounts::Profile>(profile);
    m_options = options;
    const Accounts::AccountStore store(profile);
    for (const QString &name : store.names()) {
        openAccount(name, options.syncOnStart, errors);
    }
}

int MailSession::openAccount(const QString &name, bool syncNow, QStringList *errors)
{
    const Accounts::Profile &profile = *m_profile;
    const Accounts::AccountStore store(profile);
    const MailSessionOptions &options = m_options;
    auto entry = std::make_unique<Entry>();
    if (const Accounts::AccountResult loaded = store.load(name, &entry->account); !loaded.ok()) {
        if (errors) {
            errors->append(loaded.message);
        }
        return -1;
    }
    const QString directory = profile.accountDataDirectory(name);
    entry->database = std::make_unique<Store::Database>(directory);
    if (const Store::Status opened = entry->database->open(); !opened.ok()) {
        if (errors) {
            errors->append(tr("The cache of account %1 could not be opened: %2").arg(name, opened.message()));
        }
        return -1;
    }
    const bool imap = entry->account.protocol == Accounts::IncomingProtocol::Imap;
    entry->actions = std::make_unique<LocalActions>(*entry->database, imap);
    entry->activity.account = name;

    AccountSessionOptions sessionOptions;
    sessionOptions.push = options.push && entry->account.imapIdle;
    // The account's own interval (account set NAME check-interval MINUTES); tests and
    // benchmarks turn every check off with options.checkIntervalMs 0.
    sessionOptions.checkIntervalMs = options.checkIntervalMs > 0 ? entry->account.checkIntervalMinutes * 60 * 1000 : 0;
    auto *session = new AccountSession(entry->account, directory, sessionOptions);
    session->moveToThread(m_engineThread);
    session->setParent(m_engineRoot);
    entry->session = session;
    connect(session, &AccountSession::activityChanged, this, &MailSession::onActivity);
    connect(session, &AccountSession::certificateRefused, this, &MailSession::onCertificateRefused);
    connect(session, &AccountSession::syncFinished, this, [this](const QString &account, const SyncReport &report) {
        if (const int index = indexOf(account); index >= 0) {
            Q_EMIT syncFinished(index, report.ok());
        }
    });
    connect(session, &AccountSession::newMail, this, [this](const QString &account, const QString &folder, int count) {
        if (const int index = indexOf(account); index >= 0) {
            Q_EMIT newMail(index, folder, count);
        }
    });
    connect(session, &AccountSession::bodyFetched, this,
        [this](const QString &account, qint64 messageId, bool ok, const QString &error) {
            if (const int index = indexOf(account); index >= 0) {
                Q_EMIT bodyFetched(index, messageId, ok, error);
            }
        });
    connect(session, &AccountSession::serverSearchFinished, this,
        [this](
            const QString &account, quint64 request, const QList<qint64> &ids, int notFetched, const QString &error) {
            if (const int index = indexOf(account); index >= 0) {
                Q_EMIT serverSearchFinished(index, request, ids, notFetched, error);
            }
        });
    connectSending(*entry);
    const bool online = !m_offline;
    QMetaObject::invokeMethod(session, [session, online, syncNow] { session->start(online, syncNow); });
    m_accounts.push_back(std::move(entry));
    return accountCount() - 1;
}

QString MailSession::accountName(int account) const
{
    const Entry *found = entry(account);
    return found ? found->account.name : QString();
}

const Accounts::Account *MailSession::account(int account) const
{
    const Entry *found = entry(account);
    return found ? &found->account : nullptr;
}

Store::Database *MailSession::database(int account) const
{
    const Entry *found = entry(account);
    return found ? found->database.get() : nullptr;
}

int MailSession::indexOf(const QString &name) const
{
    for (int i = 0; i < accountCount(); ++i) {
        if (!m_accounts.at(size_t(i))->removed && m_accounts.at(size_t(i))->account.name == name) {
            return i;
        }
    }
    return -1;
}

AccountActivity MailSession::activity(int account) const
{
    const Entry *found = entry(account);
    return found ? found->activity : AccountActivity {};
}

bool MailSession::isImap(int account) const
{
    const Entry *found = entry(account);
    return found && found->account.protocol == Accounts::IncomingProtocol::Imap;
}

void MailSession::syncAll()
{
    for (int i = 0; i < accountCount(); ++i) {
        sync(i);
    }
}

void MailSession::sync(int account)
{
    if (Entry *found = entry(account)) {
        found->declined.clear(); // asked for by the person: a refused certificate is shown again
        QMetaObject::invokeMethod(found->session, &AccountSession::sync);
    }
}

void MailSession::cancel(int account)
{
    if (Entry *found = entry(account)) {
        QMetaObject::invokeMethod(found->session, &AccountSession::cancel);
    }
}

void MailSession::cancelAll()
{
    for (int i = 0; i < accountCount(); ++i) {
        cancel(i);
    }
}

void MailSession::fetchBody(int account, qint64 messageId)
{
    if (Entry *found = entry(account)) {
        AccountSession *session = found->session;
        QMetaObject::invokeMethod(session, [session, messageId] { session->fetchBody(messageId); });
    }
}

quint64 MailSession::searchOnServer(int account, qint64 folderId, const QString &text)
{
    Entry *found = entry(account);
    if (!found) {
        return 0;
    }
    const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(*found->database).folder(folderId);
    if (!folder.ok() || !folder.value()) {
        return 0;
    }
    const quint64 request = ++m_lastSearch;
    AccountSession *session = found->session;
    const QString path = folder.value()->path;
    QMetaObject::invokeMethod(
        session, [session, request, path, text] { session->searchOnServer(request, path, text); });
    return request;
}

void MailSession::setOffline(bool offline)
{
    if (m_offline == offline) {
        return;
    }
    m_offline = offline;
    m_offlineByNetwork = false;
    for (const std::unique_ptr<Entry> &found : m_accounts) {
        if (found->removed) {
            continue;
        }
        AccountSession *session = found->session;
        const bool online = !offline;
        QMetaObject::invokeMethod(session, [session, online] { session->setOnline(online); });
    }
    Q_EMIT offlineChanged(offline);
}

void MailSession::setFollowsNetworkReachability(bool follow)
{
    m_followsReachability = follow;
    if (!follow) {
        return;
    }
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) {
        return; // no backend on this platform: the person's toggle alone decides
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        &MailSession::onReachability, Qt::UniqueConnection);
    onReachability();
}

void MailSession::onReachability()
{
    const QNetworkInformation *information = QNetworkInformation::instance();
    if (!m_followsReachability || !information) {
        return;
    }
    // Only undo what the network did: "Work Offline" chosen by the person stays.
    switch (information->reachability()) {
    case QNetworkInformation::Reachability::Disconnected:
        if (!m_offline) {
            setOffline(true);
            m_offlineByNetwork = true;
        }
        break;
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Online:
        if (m_offlineByNetwork) {
            setOffline(false);
        }
        break;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
}

Store::Result<ActionOutcome> MailSession::setFlag(
    int account, const QList<qint64> &ids, Store::MessageFlag flag, bool on)
{
    return act(account, [&](LocalActions &actions) { return actions.setFlag(ids, flag, on); });
}

Store::Result<ActionOutcome> MailSession::setKeyword(
    int account, const QList<qint64> &ids, const QString &keyword, bool on)
{
    return act(account, [&](LocalActions &actions) { return actions.setKeyword(ids, keyword, on); });
}

Store::Result<ActionOutcome> MailSession::move(int account, const QList<qint64> &ids, qint64 targetFolderId)
{
    return act(account, [&](LocalActions &actions) { return actions.move(ids, targetFolderId); });
}

Store::Result<ActionOutcome> MailSession::copy(int account, const QList<qint64> &ids, qint64 targetFolderId)
{
    return act(account, [&](LocalActions &actions) { return actions.copy(ids, targetFolderId); });
}

Store::Result<ActionOutcome> MailSession::deleteMessages(int account, const QList<qint64> &ids)
{
    return act(account, [&](LocalActions &actions) { return actions.deleteMessages(ids); });
}

Store::Result<ActionOutcome> MailSession::createFolder(int account, const QString &path, const QString &delimiter)
{
    return act(account, [&](LocalActions &actions) { return actions.createFolder(path, delimiter); });
}

Store::Result<ActionOutcome> MailSession::renameFolder(int account, qint64 folderId, const QString &newPath)
{
    return act(account, [&](LocalActions &actions) { return actions.renameFolder(folderId, newPath); });
}

Store::Result<ActionOutcome> MailSession::deleteFolder(int account, qint64 folderId)
{
    return act(account, [&](LocalActions &actions) { return actions.deleteFolder(folderId); });
}

Store::Result<ActionOutcome> MailSession::act(int account, const Action &action)
{
    Entry *found = entry(account);
    if (!found) {
        return Store::Status(Store::ErrorCode::NotFound, tr("There is no such account."));
    }
    Store::Result<ActionOutcome> outcome = action(*found->actions);
    if (outcome.ok() && !outcome.value().journalIds.isEmpty()) {
        // Shown already; now the server is told, on the engine thread.
        QMetaObject::invokeMethod(found->session, &AccountSession::replayJournal);
    }
    return outcome;
}

MailSession::Entry *MailSession::entry(int account) const
{
    if (account < 0 || account >= accountCount() || m_accounts.at(size_t(account))->removed) {
        return nullptr;
    }
    return m_accounts.at(size_t(account)).get();
}

void MailSession::onActivity(const AccountActivity &activity)
{
    const int index = indexOf(activity.account);
    if (index < 0) {
        return;
    }
    m_accounts.at(size_t(index))->activity = activity;
    Q_EMIT activityChanged(index);
}

} // namespace Letterbox::Services
