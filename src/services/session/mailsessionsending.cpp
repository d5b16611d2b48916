// MailSession's sending block: the outbox (the engine thread's SubmissionService sends
// it), drafts, and the raw messages the composer starts from.
#include "services/session/mailsession.h"
#include "services/session/mailsession_p.h"

#include "mime/messagebuilder.h"
#include "mime/messageparser.h"
#include "services/ingest/messageingest.h"
#include "services/pop3/pop3localfolders.h"
#include "services/submission/submissionservice.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"
#include "store/outbox.h"
#include "store/transaction.h"

#include <QJsonArray>

namespace Letterbox::Services {

namespace {

/// "<id>" as the journal's messageIds carry it (see LocalActions::journalMessages).
QString bracketed(const QString &messageId)
{
    return messageId.startsWith(QLatin1Char('<')) ? messageId : QLatin1Char('<') + messageId + QLatin1Char('>');
}

QString unbracketed(QString messageId)
{
    if (messageId.startsWith(QLatin1Char('<')) && messageId.endsWith(QLatin1Char('>'))) {
        messageId = messageId.mid(1, messageId.size() - 2);
    }
    return messageId;
}

/// The Subject of an outgoing message, read from its header block only (the body may be
/// megabytes of attachments).
QString subjectOf(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        end = bytes.indexOf("\n\n");
    }
    const QByteArray header = end < 0 ? bytes.left(256 * 1024) : bytes.left(end + 2);
    return Mime::MessageParser::parse(header + "\r\n").subject;
}

OutboxItem::State itemState(const Store::OutboxEntry &entry)
{
    switch (entry.state) {
    case Store::OutboxState::Queued:
    case Store::OutboxState::Sent:
        return OutboxItem::State::Waiting;
    case Store::OutboxState::Sending:
        return OutboxItem::State::Sending;
    case Store::OutboxState::Failed:
        // A temporary failure carries its next attempt: it goes again by itself.
        return entry.nextAttempt.isValid() ? OutboxItem::State::Waiting : OutboxItem::State::Failed;
    case Store::OutboxState::MaybeSent:
        return OutboxItem::State::MaybeSent;
    }
    return OutboxItem::State::Waiting;
}

Store::Status noAccount()
{
    return Store::Status(Store::ErrorCode::NotFound, MailSession::tr("There is no such account."));
}

} // namespace

void MailSession::connectSending(Entry &record)
{
    AccountSession *session = record.session;
    connect(session, &AccountSession::outboxChanged, this, [this](const QString &account) {
        if (const int index = indexOf(account); index >= 0) {
            Q_EMIT outboxChanged(index);
        }
    });
    connect(session, &AccountSession::sendReported, this,
        [this](const QString &account, qint64 entryId, const QString &messageId, bool delivered, const QString &text) {
            if (const int index = indexOf(account); index >= 0) {
                Q_EMIT sendReported(index, SendNotice {entryId, messageId, delivered, text});
            }
        });
    connect(session, &AccountSession::sizeLimitKnown, this, [this](const QString &account, qint64 octets) {
        if (Entry *found = entry(indexOf(account))) {
            found->sizeLimit = octets;
        }
    });
}

Store::Result<qint64> MailSession::send(int account, const Mime::BuiltMessage &message)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    OutgoingMessage outgoing;
    outgoing.bytes = message.data;
    outgoing.envelopeFrom = found->account.email;
    outgoing.recipients = message.recipients;
    outgoing.messageId = message.messageId;
    if (outgoing.recipients.isEmpty()) {
        return Store::Status(Store::ErrorCode::InvalidArgument, tr("The message has no recipient."));
    }
    // The same enqueue as `letterbox-cli send`, on the window's connection to the cache:
    // committed before the engine thread is asked to send it.
    SubmissionService queue(*found->database);
    const Store::Result<qint64> id = queue.enqueue(outgoing);
    if (id.ok()) {
        Q_EMIT outboxChanged(account);
        AccountSession *session = found->session;
        QMetaObject::invokeMethod(session, [session] { session->flushOutbox(); });
    }
    return id;
}

Store::Result<QList<OutboxItem>> MailSession::outbox(int account)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    const Store::Result<QList<Store::OutboxEntry>> entries = Store::Outbox(*found->database).entries();
    if (!entries.ok()) {
        return entries.status();
    }
    QList<OutboxItem> items;
    for (const Store::OutboxEntry &stored : entries.value()) {
        if (stored.state == Store::OutboxState::Sent) {
            continue; // gone as soon as the flush purges it
        }
        OutboxItem item;
        item.id = stored.id;
        item.state = itemState(stored);
        item.recipients = stored.recipients;
        item.error = stored.lastError;
        item.created = stored.created;
        item.nextAttempt = stored.state == Store::OutboxState::Failed ? stored.nextAttempt : QDateTime();
        item.attempts = stored.attempts;
        item.messageId = stored.messageId;
        const Store::Result<QByteArray> bytes = found->database->blobs().read(stored.blobKey);
        item.subject = bytes.ok() ? subjectOf(bytes.value()) : QString();
        items.append(item);
    }
    return items;
}

Store::Status MailSession::sendAgain(int account, qint64 entryId)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    Store::Outbox outbox(*found->database);
    const Store::Result<std::optional<Store::OutboxEntry>> stored = outbox.entry(entryId);
    if (!stored.ok()) {
        return stored.status();
    }
    if (!stored.value()) {
        return Store::Status(Store::ErrorCode::NotFound, tr("The message is no longer in the outbox."));
    }
    // A queued entry (or one waiting for its retry) needs no change, only a flush now.
    if (stored.value()->state == Store::OutboxState::MaybeSent
        || (stored.value()->state == Store::OutboxState::Failed)) {
        if (Store::Status requeued = outbox.requeue(entryId); !requeued.ok()) {
            return requeued;
        }
    }
    Q_EMIT outboxChanged(account);
    AccountSession *session = found->session;
    QMetaObject::invokeMethod(session, [session] { session->flushOutbox(true); });
    return {};
}

Store::Status MailSession::discardOutgoing(int account, qint64 entryId)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    Store::Status removed = Store::Outbox(*found->database).remove(entryId);
    if (removed.ok()) {
        Q_EMIT outboxChanged(account);
    }
    return removed;
}

Store::Result<QByteArray> MailSession::outgoingBytes(int account, qint64 entryId)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    const Store::Result<std::optional<Store::OutboxEntry>> stored = Store::Outbox(*found->database).entry(entryId);
    if (!stored.ok()) {
        return stored.status();
    }
    if (!stored.value()) {
        return Store::Status(Store::ErrorCode::NotFound, tr("The message is no longer in the outbox."));
    }
    return found->database->blobs().read(stored.value()->blobKey);
}

std::optional<qint64> MailSession::sizeLimit(int account) const
{
    const Entry *found = entry(account);
    return found ? found->sizeLimit : std::nullopt;
}

Store::Result<QList<qint64>> MailSession::draftCopies(Entry &found, const QString &messageId, qint64 *folderId)
{
    *folderId = 0;
    const Store::Result<std::optional<Store::Folder>> drafts
        = Store::FolderStore(*found.database).findByRole(Store::SpecialUse::Drafts);
    if (!drafts.ok()) {
        return drafts.status();
    }
    if (!drafts.value()) {
        return QList<qint64> {};
    }
    *folderId = drafts.value()->id;
    const Store::Result<QList<qint64>> rows = Store::MessageStore(*found.database).idsForMessageId(messageId);
    if (!rows.ok()) {
        return rows.status();
    }
    QList<qint64> inDrafts;
    Store::MessageQuery query(*found.database);
    for (const qint64 id : rows.value()) {
        const Store::Result<std::optional<Store::MessageRecord>> record = query.record(id);
        if (record.ok() && record.value() && record.value()->folderId == *folderId) {
            inDrafts.append(id);
        }
    }
    return inDrafts;
}

Store::Status MailSession::removeDraftCopies(Entry &found, const QString &messageId, bool savedCopy)
{
    qint64 folderId = 0;
    const Store::Result<QList<qint64>> copies = draftCopies(found, messageId, &folderId);
    if (!copies.ok()) {
        return copies.status();
    }
    const bool imap = found.account.protocol == Accounts::IncomingProtocol::Imap;
    if (imap && copies.value().isEmpty() && savedCopy) {
        // Saved before, but not in the cache yet (its APPEND may still wait in the
        // journal, which replays in order): the replay finds it on the server by its
        // Message-ID and removes it for good.
        const Store::Result<std::optional<Store::Folder>> folder = Store::FolderStore(*found.database).folder(folderId);
        Store::NewJournalEntry remove;
        remove.kind = Store::JournalKind::Delete;
        remove.folderId = folderId;
        remove.folderPath = folder.ok() && folder.value() ? folder.value()->path : QStringLiteral("Drafts");
        remove.uids = {0};
        remove.args = QJsonObject {{QStringLiteral("ids"), QJsonArray {0}},
            {QStringLiteral("messageIds"), QJsonArray {bracketed(messageId)}}, {QStringLiteral("uidValidity"), 0}};
        return Store::OfflineJournal(*found.database).append(remove).status();
    }
    if (copies.value().isEmpty()) {
        return {};
    }
    // The cached copies go for good (not to Trash: an old state of a draft is no
    // deleted message), journaled as +\Deleted and UID EXPUNGE for a server folder.
    const Store::Result<ActionOutcome> removed = found.actions->deleteForGood(copies.value());
    return removed.status();
}

Store::Status MailSession::saveDraft(int account, const Mime::BuiltMessage &draft, bool replacesSavedCopy)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    Store::Database &database = *found->database;
    const bool imap = found->account.protocol == Accounts::IncomingProtocol::Imap;
    const QString messageId = unbracketed(draft.messageId);
    const Store::Result<Store::BlobInfo> blob = database.blobs().write(draft.data);
    if (!blob.ok()) {
        return blob.status();
    }
    Store::Status status;
    {
        Store::Transaction transaction(database);
        status = transaction.status();
        if (status.ok()) {
            status = removeDraftCopies(*found, messageId, replacesSavedCopy);
        }
        if (status.ok() && imap) {
            const Store::Result<std::optional<Store::Folder>> drafts
                = Store::FolderStore(database).findByRole(Store::SpecialUse::Drafts);
            Store::NewJournalEntry append;
            append.kind = Store::JournalKind::Append;
            append.folderId = drafts.ok() && drafts.value() ? drafts.value()->id : 0;
            // Before the first sync the cache knows no Drafts folder: the common name,
            // which the replay creates when the server asks for it (TRYCREATE).
            append.folderPath = drafts.ok() && drafts.value() ? drafts.value()->path : QStringLiteral("Drafts");
            append.args = QJsonObject {{QStringLiteral("role"), QStringLiteral("drafts")},
                {QStringLiteral("flags"), QJsonArray {QStringLiteral("\\Draft"), QStringLiteral("\\Seen")}},
                {QStringLiteral("messageId"), bracketed(messageId)}};
            append.blobKey = blob.value().key;
            status = Store::OfflineJournal(database).append(append).status();
        } else if (status.ok()) {
            const Store::Result<Pop3LocalFolderIds> local = Pop3LocalFolders::ensure(database);
            status = local.status();
            if (status.ok()) {
                RawMessage raw;
                raw.bytes = draft.data;
                raw.flags = Store::MessageFlag::Draft | Store::MessageFlag::Seen;
                raw.blobKey = blob.value().key;
                status = MessageIngest(database).store(local.value().drafts, {raw}).status();
            }
        }
        if (status.ok()) {
            status = transaction.commit();
        }
        if (!status.ok()) {
            transaction.rollback();
        }
    }
    if (!status.ok()) {
        database.blobs().remove(blob.value().key);
        return status;
    }
    if (imap) {
        QMetaObject::invokeMethod(found->session, &AccountSession::replayJournal);
    }
    return {};
}

Store::Status MailSession::discardDraft(int account, const QString &messageId, bool savedCopy)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    Store::Status status;
    {
        Store::Transaction transaction(*found->database);
        status = transaction.status();
        if (status.ok()) {
            status = removeDraftCopies(*found, unbracketed(messageId), savedCopy);
        }
        if (status.ok()) {
            status = transaction.commit();
        } else {
            transaction.rollback();
        }
    }
    if (status.ok() && found->account.protocol == Accounts::IncomingProtocol::Imap) {
        QMetaObject::invokeMethod(found->session, &AccountSession::replayJournal);
    }
    return status;
}

Store::Result<QByteArray> MailSession::messageBytes(int account, qint64 messageId)
{
    Entry *found = entry(account);
    if (!found) {
        return noAccount();
    }
    const Store::Result<std::optional<Store::MessageRecord>> record
        = Store::MessageQuery(*found->database).record(messageId);
    if (!record.ok()) {
        return record.status();
    }
    if (!record.value() || record.value()->blobKey.isEmpty() || record.value()->bodyState != Store::BodyState::Full) {
        return Store::Status(Store::ErrorCode::NotFound, tr("The message has not been downloaded yet."));
    }
    return found->database->blobs().read(record.value()->blobKey);
}

bool MailSession::isInDrafts(int account, qint64 messageId) const
{
    const Entry *found = entry(account);
    if (!found) {
        return false;
    }
    const Store::Result<std::optional<Store::MessageRecord>> record
        = Store::MessageQuery(*found->database).record(messageId);
    if (!record.ok() || !record.value()) {
        return false;
    }
    const Store::Result<std::optional<Store::Folder>> folder
        = Store::FolderStore(*found->database).folder(record.value()->folderId);
    return folder.ok() && folder.value() && folder.value()->role == Store::SpecialUse::Drafts;
}

} // namespace Letterbox::Services
