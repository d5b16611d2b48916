#include "services/pop3/pop3retrieval.h"

#include "mime/messageparser.h"
#include "mime/mimetypes.h"
#include "services/common/overloaded.h"
#include "services/pop3/leaveonserverpolicy.h"
#include "services/pop3/pop3client.h"
#include "services/pop3/pop3downloadbatch.h"
#include "services/pop3/pop3localfolders.h"
#include "services/retrieval/messageidentity.h"
#include "store/cachedcopies.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/pop3ledger.h"
#include "store/transaction.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Letterbox::Services {

namespace {

const QString s_inbox = QStringLiteral("INBOX");

// A token says which command it belongs to and for which message number.
enum class Command : quint64 { List = 1, Uidl, Top, Retr, Dele, Match };

/// Headers kept per TOP n 0 when looking for a cached copy: the Message-ID is near the top.
constexpr qsizetype s_maxMatchHeaders = 256 * 1024;

quint64 token(Command command, int number = 0)
{
    return (quint64(command) << 32) | quint32(number);
}

Command commandOf(quint64 token)
{
    return Command(token >> 32);
}

int numberOf(quint64 token)
{
    return int(token & 0xffffffffU);
}

} // namespace

Pop3Retrieval::Pop3Retrieval(Store::Database &database, QObject *parent)
    : RetrievalEngine(parent)
    , m_database(database)
{ }

Pop3Retrieval::~Pop3Retrieval() = default;

QDateTime Pop3Retrieval::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool Pop3Retrieval::sync(const SyncRequest &request)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancelled = false;
    m_timer.start();
    m_report = SyncReport();
    m_report.account = m_settings.accountName;
    m_report.protocol = QStringLiteral("pop3");
    m_folder = FolderSyncReport();
    m_folder.folder = s_inbox;
    m_phase = Phase::Listing;
    m_list.reset();
    m_uidl.reset();
    m_uidlRefused = false;
    m_messages.clear();
    m_topDigests.clear();
    m_headerDigests.clear();
    m_identifying = 0;
    m_downloading = 0;
    m_downloadTotal = 0;
    m_downloadDone = 0;
    m_deleting.clear();
    m_deletions.reset();
    m_toRetrieve.clear();
    m_matching = 0;
    m_matchHeaders.clear();
    m_fillRows.clear();

    const bool otherFolder = !request.folder.isEmpty() && request.folder.compare(s_inbox, Qt::CaseInsensitive) != 0;
    const Store::Result<Pop3LocalFolderIds> folders = Pop3LocalFolders::ensure(m_database);
    if (!folders.ok() || otherFolder) {
        if (!folders.ok()) {
            RetrievalError error;
            error.temporary = false;
            error.text = tr("The local folders of %1 could not be made: %2")
                             .arg(m_settings.accountName, folders.status().message());
            m_report.error = error;
        }
        // A POP3 server has only the Inbox: any other folder has nothing to fetch.
        QTimer::singleShot(0, this, &Pop3Retrieval::finishRun);
        return true;
    }
    m_inboxId = folders.value().inbox;
    if (!folders.value().madeLocal.isEmpty()) {
        m_report.warnings.append(tr("%n folder(s) of the account's IMAP server are kept as local folders: %1.", nullptr,
            int(folders.value().madeLocal.size()))
                                     .arg(folders.value().madeLocal.join(QStringLiteral(", "))));
    }
    m_batch = std::make_unique<Pop3DownloadBatch>(m_database, m_inboxId);

    auto *client = new Pop3Client(this);
    m_client = client;
    connect(client, &Pop3Client::commandEvent, this, &Pop3Retrieval::onCommandEvent);
    connect(client, &Pop3Client::deletions, this, &Pop3Retrieval::onDeletions);
    connect(client, &Pop3Client::failed, this, [this](const RetrievalError &error) {
        if (!m_report.error) {
            m_report.error = error;
        }
    });
    connect(client, &Pop3Client::finished, this, &Pop3Retrieval::onClientFinished);
    client->setAccountName(m_settings.accountName);
    client->start(m_settings.endpoint, m_settings.tls, m_settings.session, m_settings.timeouts);
    client->uidl(token(Command::Uidl));
    client->list(token(Command::List));
    return true;
}

void Pop3Retrieval::cancel()
{
    if (!m_running || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (!m_report.error) {
        RetrievalError error;
        error.text = tr("The download from %1 was cancelled.").arg(m_settings.endpoint.toString());
        m_report.error = error;
    }
    // What arrived whole is stored before the connection goes; nothing is deleted.
    flushBatch();
    if (m_client) {
        m_client->abort();
    }
}

void Pop3Retrieval::onCommandEvent(const Pop3::Pop3Event &event)
{
    std::visit(Overloaded {
                   [this](const Pop3::ListResult &result) {
                       m_list = result.entries;
                       maybeListed();
                   },
                   [this](const Pop3::UidlResult &result) {
                       m_uidl = result;
                       maybeListed();
                   },
                   [this](const Pop3::RetrStarted &started) { onRetrStarted(started); },
                   [this](const Pop3::RetrData &data) { onRetrData(data); },
                   [this](const Pop3::RetrDone &done) { onRetrDone(done); },
                   [this](const Pop3::CommandFailed &failed) { onCommandFailed(failed); },
                   [](const auto &) {},
               },
        event);
}

void Pop3Retrieval::onCommandFailed(const Pop3::CommandFailed &failed)
{
    const int number = numberOf(failed.token);
    switch (commandOf(failed.token)) {
    case Command::Uidl:
        if (failed.reply) {
            // RFC 1939 makes UIDL optional: identify by headers instead (class comment).
            m_uidlRefused = true;
            m_report.warnings.append(tr("%1 does not offer UIDL; messages are told apart by their headers.")
                                         .arg(m_settings.endpoint.toString()));
            maybeListed();
        }
        break;
    case Command::List:
        if (failed.reply && m_client) {
            RetrievalError error;
            error.temporary = true;
            error.text = tr("%1 refused to list the messages: %2").arg(m_settings.endpoint.toString(), failed.text);
            m_report.error = error;
            m_client->quit();
        }
        break;
    case Command::Top:
        m_topDigests.erase(number);
        if (failed.reply) {
            m_report.warnings.append(
                tr("Message %1 has no usable identity and stays on the server: %2").arg(number).arg(failed.text));
            if (--m_identifying == 0) {
                onIdentified();
            }
        }
        break;
    case Command::Match:
        m_matchHeaders.erase(number);
        if (failed.reply && --m_matching == 0) {
            onMatched(); // no TOP: that message is simply downloaded
        }
        break;
    case Command::Retr:
        m_batch->abortMessage();
        if (failed.reply) {
            m_report.warnings.append(tr("Message %1 could not be downloaded: %2").arg(number).arg(failed.text));
            if (--m_downloading == 0) {
                startDeletions();
            }
        }
        break;
    case Command::Dele:
        m_deleting.remove(number);
        if (failed.reply) {
            m_report.warnings.append(
                tr("Message %1 could not be deleted from the server: %2").arg(number).arg(failed.text));
        }
        break;
    }
}

void Pop3Retrieval::maybeListed()
{
    if (m_phase == Phase::Listing && m_list && (m_uidl || m_uidlRefused)) {
        onListing();
    }
}

void Pop3Retrieval::onListing()
{
    m_phase = Phase::Identifying;
    for (const Pop3::Pop3ListEntry &entry : std::as_const(*m_list)) {
        m_messages.insert(entry.number, ServerMessage {entry.number, entry.size, {}});
    }
    if (m_uidl) {
        for (const Pop3::Pop3UidlEntry &entry : std::as_const(m_uidl->entries)) {
            if (auto found = m_messages.find(entry.number); found != m_messages.end()) {
                found->uidl = entry.uidl;
            }
        }
        if (!m_uidl->invalid.isEmpty()) {
            m_report.warnings.append(tr("%n message(s) had an unusable UIDL and are told apart by their headers.",
                nullptr, int(m_uidl->invalid.size())));
        }
    }
    QList<int> numbers = m_messages.keys();
    std::sort(numbers.begin(), numbers.end());
    for (const int number : std::as_const(numbers)) {
        if (m_messages.value(number).uidl.isEmpty()) {
            ++m_identifying;
            m_client->top(token(Command::Top, number), number, 0);
        }
    }
    if (m_identifying == 0) {
        onIdentified();
    }
}

void Pop3Retrieval::onRetrStarted(const Pop3::RetrStarted &started)
{
    if (commandOf(started.token) == Command::Top) {
        m_topDigests[started.number] = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
        return;
    }
    if (commandOf(started.token) == Command::Match) {
        m_matchHeaders[started.number] = QByteArray();
        return;
    }
    const auto fill = m_fillRows.constFind(started.number);
    const std::optional<qint64> fillRow
        = fill == m_fillRows.cend() ? std::nullopt : std::optional<qint64>(fill.value());
    if (Store::Status status = m_batch->beginMessage(m_messages.value(started.number).uidl, fillRow); !status.ok()) {
        storeProblem(status.message());
    }
}

void Pop3Retrieval::onRetrData(const Pop3::RetrData &data)
{
    if (commandOf(data.token) == Command::Top) {
        if (auto found = m_topDigests.find(numberOf(data.token)); found != m_topDigests.end()) {
            found->second->addData(data.data);
        }
        return;
    }
    if (commandOf(data.token) == Command::Match) {
        if (auto found = m_matchHeaders.find(numberOf(data.token)); found != m_matchHeaders.end()) {
            found->second.append(data.data.left(s_maxMatchHeaders - found->second.size()));
        }
        return;
    }
    if (m_batch->inMessage()) {
        if (Store::Status status = m_batch->append(data.data); !status.ok()) {
            storeProblem(status.message());
        }
    }
}

void Pop3Retrieval::onRetrDone(const Pop3::RetrDone &done)
{
    if (commandOf(done.token) == Command::Top) {
        if (auto found = m_topDigests.find(done.number); found != m_topDigests.end()) {
            m_headerDigests[done.number] = found->second->result();
            m_topDigests.erase(found);
        }
        if (--m_identifying == 0) {
            onIdentified();
        }
        return;
    }
    if (commandOf(done.token) == Command::Match) {
        if (--m_matching == 0) {
            onMatched();
        }
        return;
    }
    if (m_batch->inMessage()) {
        if (Store::Status status = m_batch->finishMessage(); !status.ok()) {
            storeProblem(status.message());
            return;
        }
        ++m_folder.bodiesFetched;
    }
    ++m_downloadDone;
    Q_EMIT progress(s_inbox, m_downloadDone, m_downloadTotal);
    if (--m_downloading == 0) {
        startDeletions();
    }
}

void Pop3Retrieval::onIdentified()
{
    // Fallback identities in listing order, so equal headers number the same way each run.
    QHash<QByteArray, int> occurrences;
    for (const auto &[number, digest] : m_headerDigests) {
        QByteArray identity = "~top:" + digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const int seen = ++occurrences[identity];
        if (seen > 1) {
            identity += '#' + QByteArray::number(seen);
        }
        m_messages[number].uidl = identity;
    }
    startDownloads();
}

void Pop3Retrieval::startDownloads()
{
    m_phase = Phase::Downloading;
    Store::Pop3Ledger ledger(m_database);
    QList<Store::Pop3ServerMessage> listed;
    QSet<QByteArray> onServer;
    for (const ServerMessage &message : std::as_const(m_messages)) {
        if (!message.uidl.isEmpty()) {
            listed.append(Store::Pop3ServerMessage {message.uidl, message.size});
            onServer.insert(message.uidl);
        }
    }
    if (Store::Status status = ledger.recordSeen(listed, now()); !status.ok()) {
        storeProblem(status.message());
        return;
    }
    const Store::Result<QList<Store::Pop3LedgerEntry>> entries = ledger.entries();
    if (!entries.ok()) {
        storeProblem(entries.status().message());
        return;
    }
    QList<QByteArray> gone;
    QSet<QByteArray> stored;
    for (const Store::Pop3LedgerEntry &entry : entries.value()) {
        if (!onServer.contains(entry.uidl)) {
            gone.append(entry.uidl);
        } else if (entry.stored || entry.deletedOnServer) {
            stored.insert(entry.uidl);
        }
    }
    // Deleted on the server (by us, or by another client): nothing is left to decide about them.
    if (Store::Status status = ledger.forget(gone); !status.ok()) {
        storeProblem(status.message());
        return;
    }
    QList<int> numbers = m_messages.keys();
    std::sort(numbers.begin(), numbers.end());
    for (const int number : std::as_const(numbers)) {
        const QByteArray &uidl = m_messages.value(number).uidl;
        if (!uidl.isEmpty() && !stored.contains(uidl)) {
            m_toRetrieve.append(number);
        }
    }
    if (!m_toRetrieve.isEmpty() && m_client) {
        // Rows from the account's IMAP days: look for the new messages among them first.
        const Store::Result<QList<Store::CachedCopy>> copies = Store::CachedCopies(m_database).withoutUidl(m_inboxId);
        if (copies.ok() && !copies.value().isEmpty()) {
            m_phase = Phase::Matching;
            for (const int number : std::as_const(m_toRetrieve)) {
                ++m_matching;
                m_client->top(token(Command::Match, number), number, 0);
            }
            return;
        }
    }
    retrieve();
}

void Pop3Retrieval::onMatched()
{
    if (m_phase != Phase::Matching) {
        return;
    }
    const Store::Result<QList<Store::CachedCopy>> copies = Store::CachedCopies(m_database).withoutUidl(m_inboxId);
    if (!copies.ok()) {
        storeProblem(copies.status().message());
        return;
    }
    QHash<qint64, Store::CachedCopy> byId;
    for (const Store::CachedCopy &copy : copies.value()) {
        byId.insert(copy.id, copy);
    }
    QList<std::optional<MessageIdentity::Key>> keys;
    for (const int number : std::as_const(m_toRetrieve)) {
        const auto headers = m_matchHeaders.find(number);
        keys.append(headers == m_matchHeaders.end()
                ? std::nullopt
                : MessageIdentity::key(
                    Mime::MessageParser::parse(headers->second).messageId, m_messages.value(number).size));
    }
    m_matchHeaders.clear();
    const QList<std::optional<qint64>> paired = MessageIdentity::pair(keys, copies.value());
    // A whole body is adopted at once: the UIDL and the stored mark reach the disk together
    // (Durability::Full), so DELE may rely on them like on a download's.
    QList<int> rest;
    {
        Store::Transaction transaction(m_database, Store::Durability::Full);
        if (!transaction.isActive()) {
            storeProblem(transaction.status().message());
            return;
        }
        Store::MessageStore messages(m_database);
        Store::Pop3Ledger ledger(m_database);
        int adopted = 0;
        for (qsizetype i = 0; i < m_toRetrieve.size(); ++i) {
            const int number = m_toRetrieve.at(i);
            const std::optional<qint64> row = paired.at(i);
            if (!row) {
                rest.append(number);
                continue;
            }
            if (byId.value(*row).bodyState != Store::BodyState::Full) {
                m_fillRows.insert(number, *row); // headers only or part of it: RETR fills it
                rest.append(number);
                continue;
            }
            const QByteArray uidl = m_messages.value(number).uidl;
            if (Store::Status status = messages.assignUidl(*row, uidl); !status.ok()) {
                storeProblem(status.message());
                return;
            }
            if (Store::Status status = ledger.markStored(uidl, *row); !status.ok()) {
                storeProblem(status.message());
                return;
            }
            ++adopted;
        }
        if (Store::Status status = transaction.commit(); !status.ok()) {
            storeProblem(status.message());
            return;
        }
        m_folder.adopted += adopted;
    }
    m_toRetrieve = rest;
    retrieve();
}

void Pop3Retrieval::retrieve()
{
    m_phase = Phase::Downloading;
    m_downloading = int(m_toRetrieve.size());
    m_downloadTotal = m_downloading;
    Q_EMIT progress(s_inbox, 0, m_downloadTotal);
    if (m_downloading == 0) {
        startDeletions();
        return;
    }
    for (const int number : std::as_const(m_toRetrieve)) {
        if (m_client) {
            m_client->retr(token(Command::Retr, number), number);
        }
    }
}

void Pop3Retrieval::startDeletions()
{
    if (!m_client || m_phase == Phase::Deleting || m_phase == Phase::Quitting) {
        return;
    }
    m_phase = Phase::Deleting;
    // Every downloaded message is committed before the first DELE can go out.
    flushBatch();
    if (m_report.error) {
        return;
    }
    Store::Pop3Ledger ledger(m_database);
    const Store::Result<QList<Store::Pop3LedgerEntry>> entries = ledger.entries();
    const Store::Result<QList<Store::Pop3LedgerEntry>> removed = ledger.removedLocally();
    if (!entries.ok() || !removed.ok()) {
        storeProblem((entries.ok() ? removed.status() : entries.status()).message());
        return;
    }
    QSet<QByteArray> removedLocally;
    for (const Store::Pop3LedgerEntry &entry : removed.value()) {
        removedLocally.insert(entry.uidl);
    }
    QHash<QByteArray, int> numberOfUidl;
    QSet<QByteArray> onServer;
    for (const ServerMessage &message : std::as_const(m_messages)) {
        if (!message.uidl.isEmpty()) {
            numberOfUidl.insert(message.uidl, message.number);
            onServer.insert(message.uidl);
        }
    }
    const LeaveOnServerPolicy policy(m_settings.retention, m_settings.keepDays);
    for (const QByteArray &uidl : policy.toDelete(entries.value(), onServer, removedLocally, now())) {
        const int number = numberOfUidl.value(uidl);
        m_deleting.insert(number, uidl);
        m_client->dele(token(Command::Dele, number), number);
    }
    m_phase = Phase::Quitting;
    m_client->quit();
}

void Pop3Retrieval::onDeletions(const Pop3::DeletionsResult &result)
{
    m_deletions = result;
    if (result.outcome == Pop3::DeletionsResult::Outcome::Committed) {
        QList<QByteArray> deleted;
        for (const int number : result.deleted) {
            if (m_deleting.contains(number)) {
                deleted.append(m_deleting.value(number));
            }
        }
        if (Store::Status status = Store::Pop3Ledger(m_database).markDeletedOnServer(deleted); !status.ok()) {
            // Harmless: the next listing will not show them, and forget() drops them then.
            m_report.warnings.append(status.message());
        }
    } else if (result.outcome == Pop3::DeletionsResult::Outcome::Unknown && !result.deleted.isEmpty()) {
        m_report.warnings.append(tr("%1 did not confirm the deletions; the next run sees what is left.")
                                     .arg(m_settings.endpoint.toString()));
    }
}

void Pop3Retrieval::storeProblem(const QString &text)
{
    if (!m_report.error) {
        RetrievalError error;
        error.temporary = false;
        error.text = tr("The cache of %1 could not store what %2 sent: %3")
                         .arg(m_settings.accountName, m_settings.endpoint.toString(), text);
        m_report.error = error;
    }
    // No DELE and no QUIT after a failed write: drop the connection, the server keeps all.
    if (m_client) {
        m_client->abort();
    }
}

void Pop3Retrieval::flushBatch()
{
    if (!m_batch) {
        return;
    }
    m_batch->abortMessage();
    const Store::Result<int> stored = m_batch->flush();
    if (!stored.ok()) {
        storeProblem(stored.status().message());
    }
}

void Pop3Retrieval::onClientFinished()
{
    flushBatch();
    finishRun();
}

void Pop3Retrieval::finishRun()
{
    if (!m_running) {
        return;
    }
    if (m_batch) {
        m_folder.newMessages = m_batch->storedCount();
    }
    if (m_client) {
        const Net::ConnectionCounters &counters = m_client->connection().counters();
        m_folder.bytesIn = m_report.bytesIn = counters.bytesIn;
        m_folder.bytesOut = m_report.bytesOut = counters.bytesOut;
        m_folder.roundTrips = m_report.roundTrips = counters.roundTrips;
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_folder.seconds = m_report.seconds = double(m_timer.elapsed()) / 1000.0;
    m_report.folders = {m_folder};
    m_batch.reset();
    m_running = false;
    const SyncReport report = m_report;
    Q_EMIT finished(report);
}

} // namespace Letterbox::Services
