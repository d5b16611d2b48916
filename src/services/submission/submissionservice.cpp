#include "services/submission/submissionservice.h"

#include "services/ingest/messageingest.h"
#include "services/pop3/pop3localfolders.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/offlinejournal.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QLocale>

namespace Letterbox::Services {

namespace {

constexpr qint64 s_firstBackoff = 60;
constexpr int s_commitBatch = 200;
constexpr int s_commitDelayMs = 100;
constexpr qint64 s_maxBackoff = 3600;

QString joined(const QStringList &addresses)
{
    return QLocale().createSeparatedList(addresses);
}

} // namespace

bool FlushSummary::allSent() const
{
    if (connectionError) {
        return false;
    }
    return std::all_of(reports.cbegin(), reports.cend(), [](const SendReport &report) { return report.isDelivered(); });
}

SubmissionService::SubmissionService(Store::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(s_commitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &SubmissionService::commitAccepted);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { flush(FlushMode::Due); });
}

SubmissionService::~SubmissionService()
{
    commitAccepted(); // what the server accepted is recorded, whatever happens next
    if (m_client) {
        // Unreported entries stay `sending`; recoverInterrupted() makes them maybe-sent.
        m_client->disconnect(this);
        m_client->abort();
    }
}

void SubmissionService::setSettings(const SubmissionSettings &settings)
{
    m_settings = settings;
}

qint64 SubmissionService::backoffSeconds(int attempts)
{
    qint64 delay = s_firstBackoff;
    for (int i = 1; i < attempts && delay < s_maxBackoff; ++i) {
        delay *= 2;
    }
    return std::min(delay, s_maxBackoff);
}

Store::Result<qint64> SubmissionService::enqueue(const OutgoingMessage &message)
{
    // The blob is durable before the row that names it (BlobStore: temp, fsync, rename);
    // the row commits before anything touches the network.
    const Store::Result<Store::BlobInfo> blob = m_database.blobs().write(message.bytes);
    if (!blob.ok()) {
        return blob.status();
    }
    Store::Result<qint64> id
        = Store::Outbox(m_database)
              .enqueue(blob.value().key, message.envelopeFrom, message.recipients, message.messageId);
    if (!id.ok()) {
        m_database.blobs().remove(blob.value().key);
    }
    return id;
}

Store::Result<QList<qint64>> SubmissionService::recoverInterrupted()
{
    return Store::Outbox(m_database).recoverInterrupted();
}

void SubmissionService::setAutomaticRetry(bool enabled)
{
    m_automaticRetry = enabled;
    if (enabled) {
        scheduleRetry();
    } else {
        m_retryTimer.stop();
    }
}

bool SubmissionService::flush(FlushMode mode)
{
    if (m_client) {
        return false;
    }
    m_summary = {};
    m_inFlight.clear();
    Store::Outbox outbox(m_database);
    const Store::Result<QList<Store::OutboxEntry>> entries = outbox.entries();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (entries.ok()) {
        for (const Store::OutboxEntry &entry : entries.value()) {
            const bool waiting = entry.state == Store::OutboxState::Failed && entry.nextAttempt.isValid();
            const bool due = entry.state == Store::OutboxState::Queued
                || (waiting && (mode == FlushMode::Everything || entry.nextAttempt <= now));
            if (!due) {
                continue;
            }
            const Store::Result<QByteArray> bytes = m_database.blobs().read(entry.blobKey);
            if (!bytes.ok()) {
                // Cannot happen short of damage (the blob is committed before its row);
                // leave the entry for IntegrityCheck and say so rather than skip it silently.
                m_summary.reports.append({entry.id, entry.messageId, SendReport::Result::Failed, {}, {},
                    tr("The message %1 in the outbox of %2 cannot be read: %3")
                        .arg(entry.messageId, m_settings.accountName, bytes.message())});
                continue;
            }
            // `sending` before the first byte: a crash from here on makes it maybe-sent.
            if (!outbox.markSending(entry.id).ok()) {
                continue;
            }
            m_inFlight.insert(entry.id, {entry, bytes.value(), std::nullopt});
        }
    } else {
        m_summary.reports.append({0, {}, SendReport::Result::Failed, {}, {},
            tr("The outbox of %1 cannot be read: %2").arg(m_settings.accountName, entries.message())});
    }
    if (m_inFlight.isEmpty()) {
        const FlushSummary summary = m_summary;
        QMetaObject::invokeMethod(
            this, [this, summary] { Q_EMIT flushFinished(summary); }, Qt::QueuedConnection);
        return true;
    }

    m_client = new SmtpClient(this);
    connect(m_client, &SmtpClient::messageFinished, this, &SubmissionService::onMessageFinished);
    connect(m_client, &SmtpClient::failed, this, &SubmissionService::onClientFailed);
    connect(m_client, &SmtpClient::finished, this, &SubmissionService::onClientFinished, Qt::QueuedConnection);
    connect(m_client, &SmtpClient::idle, m_client, &SmtpClient::quit);
    connect(m_client, &SmtpClient::ready, this, [this](const Smtp::SmtpCapabilities &capabilities) {
        if (const std::optional<quint64> limit = capabilities.sizeLimit()) {
            Q_EMIT sizeLimitKnown(qint64(*limit));
        }
    });
    Q_EMIT connectionOpened(&m_client->connection());
    m_client->setAccountName(m_settings.accountName);
    m_client->start(m_settings.endpoint, m_settings.tls, m_settings.session, m_settings.timeouts);
    QList<qint64> ids = m_inFlight.keys();
    std::sort(ids.begin(), ids.end()); // oldest first, as queued
    for (const qint64 id : std::as_const(ids)) {
        const InFlight &inFlight = m_inFlight.value(id);
        Smtp::SmtpEnvelope envelope;
        envelope.from = inFlight.entry.envelopeFrom;
        envelope.recipients = inFlight.entry.recipients;
        m_client->submit(envelope, inFlight.bytes, quint64(id));
    }
    return true;
}

void SubmissionService::onMessageFinished(const Smtp::MessageResult &result)
{
    const auto found = m_inFlight.find(qint64(result.token));
    if (found == m_inFlight.end()) {
        return;
    }
    InFlight &inFlight = found.value();
    switch (result.outcome) {
    case Smtp::SmtpOutcome::Accepted:
    case Smtp::SmtpOutcome::PartlyAccepted:
        acceptLater(std::move(inFlight), result);
        break;
    case Smtp::SmtpOutcome::PermanentFailure:
        finishFailed(inFlight, result.text, false);
        break;
    case Smtp::SmtpOutcome::MaybeSent:
        finishMaybeSent(inFlight, result.text);
        break;
    case Smtp::SmtpOutcome::TemporaryFailure:
        // Whether to retry by itself depends on why the connection ended (a wrong
        // password will not fix itself): decided in onClientFinished().
        inFlight.temporaryResult = result;
        return;
    }
    m_inFlight.erase(found);
}

void SubmissionService::onClientFailed(const SmtpClientError &error)
{
    m_summary.connectionError = error;
}

void SubmissionService::onClientFinished()
{
    commitAccepted();
    const std::optional<SmtpClientError> error = m_summary.connectionError;
    const bool retry = !error || error->temporary;
    QList<qint64> ids = m_inFlight.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        InFlight &inFlight = m_inFlight[id];
        QString text = inFlight.temporaryResult ? inFlight.temporaryResult->text : QString();
        if (error && (text.isEmpty() || !retry)) {
            text = error->text;
        }
        if (text.isEmpty()) {
            text = tr("The connection to %1 ended before the message was sent.").arg(m_settings.endpoint.toString());
        }
        finishFailed(inFlight, text, retry);
    }
    m_inFlight.clear();
    if (m_client) {
        m_summary.counters = m_client->connection().counters();
        m_client->deleteLater();
        m_client = nullptr;
    }
    Store::Outbox(m_database).purgeSent();
    const FlushSummary summary = m_summary;
    Q_EMIT flushFinished(summary);
    scheduleRetry();
}

void SubmissionService::acceptLater(InFlight inFlight, const Smtp::MessageResult &result)
{
    m_accepted.append({std::move(inFlight), result});
    if (m_accepted.size() >= s_commitBatch) {
        commitAccepted();
    } else if (!m_commitTimer.isActive()) {
        m_commitTimer.start();
    }
}

void SubmissionService::commitAccepted()
{
    m_commitTimer.stop();
    if (m_accepted.isEmpty()) {
        return;
    }
    const QList<Accepted> batch = std::exchange(m_accepted, {});
    {
        // The Sent copies and the ends of the entries in one durable transaction: after a
        // crash either all of it happened or the entries are still `sending`.
        Store::Transaction transaction(m_database, Store::Durability::Full);
        Store::Status status = transaction.status();
        for (const Accepted &accepted : batch) {
            if (status.ok()) {
                status = commitOne(accepted, true);
            }
        }
        if (status.ok()) {
            status = transaction.commit();
        }
        if (status.ok()) {
            for (const Accepted &accepted : batch) {
                reportSent(accepted, {});
            }
            return;
        }
        transaction.rollback();
    }
    // The batch failed as a whole (a full disk, a damaged cache): one by one, so one bad
    // message cannot hold up the others' records.
    for (const Accepted &accepted : batch) {
        QString copyProblem;
        Store::Status status;
        // First with its Sent copy; if that cannot be stored, without it: a delivered
        // message must leave the outbox even when its copy cannot be kept.
        for (const bool withCopy : {true, false}) {
            Store::Transaction transaction(m_database, Store::Durability::Full);
            status = transaction.status();
            if (status.ok()) {
                status = commitOne(accepted, withCopy);
            }
            if (status.ok()) {
                status = transaction.commit();
            }
            if (status.ok()) {
                break;
            }
            transaction.rollback();
            copyProblem = status.message();
        }
        if (status.ok()) {
            reportSent(accepted, copyProblem);
            continue;
        }
        // The server has it; the cache could not record that. Keep it maybe-sent so it is
        // not sent again without the person's say.
        Store::Outbox(m_database).markMaybeSent(accepted.inFlight.entry.id, status.message());
        report({accepted.inFlight.entry.id, accepted.inFlight.entry.messageId, SendReport::Result::MaybeSent, {}, {},
            tr("%1 accepted the message, but the outbox of %2 could not record it (%3); it is kept as \"may "
               "have been sent\".")
                .arg(m_settings.endpoint.toString(), m_settings.accountName, status.message())});
    }
}

Store::Status SubmissionService::commitOne(const Accepted &accepted, bool withCopy)
{
    const Store::Result<QString> blobKey = Store::Outbox(m_database).takeSent(accepted.inFlight.entry.id);
    if (!blobKey.ok()) {
        return blobKey.status();
    }
    if (!withCopy) {
        m_database.removeBlobAfterCommit(blobKey.value());
        return {};
    }
    return fileSentCopy(accepted.inFlight, blobKey.value());
}

void SubmissionService::reportSent(const Accepted &accepted, const QString &copyProblem)
{
    SendReport sent;
    sent.entryId = accepted.inFlight.entry.id;
    sent.messageId = accepted.inFlight.entry.messageId;
    QStringList delivered;
    for (const Smtp::SmtpRecipientResult &recipient : accepted.result.recipients) {
        (recipient.isAccepted() ? delivered : sent.refusedRecipients).append(recipient.address);
    }
    if (sent.refusedRecipients.isEmpty()) {
        sent.result = SendReport::Result::Sent;
        sent.text = tr("Sent to %1.").arg(joined(delivered));
    } else {
        sent.result = SendReport::Result::PartlySent;
        sent.text = tr("Sent to %1, but %2 refused %3: %4")
                        .arg(joined(delivered), m_settings.endpoint.toString(), joined(sent.refusedRecipients),
                            accepted.result.text);
    }
    if (!copyProblem.isEmpty()) {
        sent.text += QLatin1Char(' ') + tr("No copy could be kept in Sent: %1").arg(copyProblem);
    }
    report(sent);
}

Store::Status SubmissionService::fileSentCopy(const InFlight &inFlight, const QString &blobKey)
{
    Store::FolderStore folders(m_database);
    const Store::Result<std::optional<Store::Folder>> sentFolder = folders.findByRole(Store::SpecialUse::Sent);
    if (!sentFolder.ok()) {
        return sentFolder.status();
    }
    if (m_settings.imapAccount) {
        // IMAP: the copy goes to the server's Sent folder by APPEND, which the IMAP engine
        // replays from the journal (RFC 4549); it shows up in the cache with its UID at
        // the next sync, like any other message of that folder.
        Store::NewJournalEntry append;
        append.kind = Store::JournalKind::Append;
        append.folderId = sentFolder.value() ? sentFolder.value()->id : 0;
        append.folderPath = sentFolder.value() ? sentFolder.value()->path : QStringLiteral("Sent");
        append.args = QJsonObject {{QStringLiteral("role"), QStringLiteral("sent")},
            {QStringLiteral("flags"), QJsonArray {QStringLiteral("\\Seen")}},
            {QStringLiteral("messageId"), inFlight.entry.messageId}};
        append.blobKey = blobKey;
        return Store::OfflineJournal(m_database).append(append).status();
    }
    // POP3: nothing on a server keeps what was sent, so a local Sent folder does (the
    // same local folders the POP3 engine makes).
    const Store::Result<Pop3LocalFolderIds> local = Pop3LocalFolders::ensure(m_database);
    if (!local.ok()) {
        return local.status();
    }
    const qint64 folderId = local.value().sent;
    RawMessage raw;
    raw.bytes = inFlight.bytes;
    raw.flags = Store::MessageFlag::Seen;
    raw.blobKey = blobKey;
    return MessageIngest(m_database).store(folderId, {raw}).status();
}

void SubmissionService::finishFailed(InFlight &inFlight, const QString &text, bool retry)
{
    SendReport failed;
    failed.entryId = inFlight.entry.id;
    failed.messageId = inFlight.entry.messageId;
    Store::Outbox outbox(m_database);
    if (retry) {
        // attempts counts this one already (markSending).
        failed.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(backoffSeconds(inFlight.entry.attempts + 1));
        failed.result = SendReport::Result::WillRetry;
        failed.text = tr("Not sent yet: %1 It waits in the outbox of %2 and is tried again after %3.")
                          .arg(text, m_settings.accountName,
                              QLocale().toString(failed.nextAttempt.toLocalTime(), QLocale::ShortFormat));
    } else {
        failed.result = SendReport::Result::Failed;
        failed.text = tr("Not sent: %1 It stays in the outbox of %2 as failed.").arg(text, m_settings.accountName);
    }
    outbox.markFailed(inFlight.entry.id, text, failed.nextAttempt);
    report(failed);
}

void SubmissionService::finishMaybeSent(InFlight &inFlight, const QString &text)
{
    Store::Outbox(m_database).markMaybeSent(inFlight.entry.id, text);
    report({inFlight.entry.id, inFlight.entry.messageId, SendReport::Result::MaybeSent, {}, {},
        tr("May have been sent: %1 It stays in the outbox of %2 as \"may have been sent\"; sending it again keeps "
           "its Message-ID <%3>.")
            .arg(text, m_settings.accountName, inFlight.entry.messageId)});
}

void SubmissionService::report(const SendReport &report)
{
    m_summary.reports.append(report);
    Q_EMIT entryFinished(report);
}

void SubmissionService::scheduleRetry()
{
    if (!m_automaticRetry || m_client) {
        return;
    }
    const Store::Result<QList<Store::OutboxEntry>> entries = Store::Outbox(m_database).entries();
    if (!entries.ok()) {
        return;
    }
    QDateTime next;
    for (const Store::OutboxEntry &entry : entries.value()) {
        QDateTime due;
        if (entry.state == Store::OutboxState::Queued) {
            due = QDateTime::currentDateTimeUtc();
        } else if (entry.state == Store::OutboxState::Failed && entry.nextAttempt.isValid()) {
            due = entry.nextAttempt;
        }
        if (due.isValid() && (!next.isValid() || due < next)) {
            next = due;
        }
    }
    if (next.isValid()) {
        const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next));
        m_retryTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
    }
}

} // namespace Letterbox::Services
