#include "services/imap/imapbodyfetch.h"

#include "mime/messageparser.h"
#include "mime/mimetypes.h"
#include "services/imap/imapclient.h"
#include "services/ingest/messageingest.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

namespace Letterbox::Services {

ImapBodyFetch::ImapBodyFetch(Store::Database &database, ImapClient &client, const QList<ImapBodyTarget> &targets,
    quint64 tokenBase, QObject *parent)
    : ImapTask(client, parent)
    , m_database(database)
    , m_targets(targets)
    , m_tokenBase(tokenBase)
{
    for (const ImapBodyTarget &target : targets) {
        m_idForUid.insert(target.uid, target.id);
    }
}

Store::Result<QList<ImapBodyTarget>> ImapBodyFetch::missingBodies(
    Store::Database &database, const Store::Folder &folder)
{
    // One indexed read (messages_by_uid) instead of loading every record.
    Store::Result<Store::Statement> rows
        = database.exec(QStringLiteral("SELECT id, uid, size FROM messages WHERE folder_id = ? AND uidvalidity = ? "
                                       "AND uid IS NOT NULL AND body_state != ? ORDER BY uid"),
            {folder.id, qint64(folder.sync.uidValidity), int(Store::BodyState::Full)});
    if (!rows.ok()) {
        return rows.status();
    }
    QList<ImapBodyTarget> targets;
    while (rows.value().next()) {
        targets.append({rows.value().int64(0), quint32(rows.value().int64(1)), rows.value().int64(2)});
    }
    rows.value().finish();
    return targets;
}

void ImapBodyFetch::start()
{
    if (m_targets.isEmpty()) {
        finish(true, {}, false);
        return;
    }
    listen();
    Imap::ImapFetchRequest request;
    request.sections.append({QByteArray(), true, false, std::nullopt});
    QList<quint32> batch;
    qint64 bytes = 0;
    const auto submitBatch = [&] {
        const Imap::ImapSequenceSet set = Imap::ImapSequenceSet::fromNumbers(batch);
        const quint64 token = m_tokenBase + quint64(m_tokens.size()) + 1;
        m_tokens.append(token);
        m_client.submit([set, request](Imap::ImapEncoder &encoder) { return encoder.uidFetch(set, request); }, token);
        batch.clear();
        bytes = 0;
    };
    for (const ImapBodyTarget &target : std::as_const(m_targets)) {
        batch.append(target.uid);
        bytes += target.size;
        if (batch.size() >= maxMessages || bytes >= maxBytes) {
            submitBatch();
        }
    }
    if (!batch.isEmpty()) {
        submitBatch();
    }
}

void ImapBodyFetch::onUntagged(const Imap::ImapResponse &response)
{
    const auto *fetch = std::get_if<Imap::ImapFetchResponse>(&response);
    if (!fetch || !fetch->uid) {
        return;
    }
    const Imap::ImapFetchSection *whole = fetch->section("");
    const auto id = m_idForUid.constFind(fetch->uid->value);
    if (!whole || !whole->data || whole->origin || id == m_idForUid.cend()) {
        return;
    }
    const QByteArray &raw = *whole->data;
    const Store::Result<Store::BlobInfo> blob = m_database.blobs().write(raw);
    if (!blob.ok()) {
        m_warning = blob.message();
        return;
    }
    const Mime::ParsedMessage parsed = Mime::MessageParser::parse(raw);
    const Store::NewMessage fields = MessageIngest::fieldsOf(parsed, raw.size());
    Store::BodyUpdate update;
    update.state = Store::BodyState::Full;
    update.blobKey = blob.value().key;
    update.blobSize = blob.value().size;
    update.bodyText = fields.bodyText;
    update.snippet = fields.snippet;
    update.hasAttachments = fields.hasAttachments;
    m_pending.append({id.value(), update});
    m_idForUid.erase(id); // a second FETCH of the same message is not stored twice
}

void ImapBodyFetch::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (!m_tokens.removeOne(token)) {
        return;
    }
    if (!commitBatch()) {
        return;
    }
    if (!ok) {
        // A refused batch (a message expunged meanwhile gives NO on some servers) ends the
        // fetch of this folder; what came before it is kept.
        finish(false, text.isEmpty() ? QString::fromUtf8(reply.text) : text, !text.isEmpty());
        return;
    }
    Q_EMIT progress(m_fetched.size(), m_targets.size());
    if (m_tokens.isEmpty()) {
        finish(m_warning.isEmpty(), m_warning, false);
    }
}

bool ImapBodyFetch::commitBatch()
{
    if (m_pending.isEmpty()) {
        return true;
    }
    Store::BodyCache bodies(m_database);
    const QList<std::pair<qint64, Store::BodyUpdate>> pending = std::exchange(m_pending, {});
    {
        // The batch in one transaction; a row that went meanwhile (a local move or
        // delete) dooms it, and then each body goes on its own below.
        Store::Transaction transaction(m_database);
        bool all = transaction.isActive();
        for (qsizetype i = 0; all && i < pending.size(); ++i) {
            all = bodies.setBody(pending[i].first, pending[i].second).ok();
        }
        if (all && transaction.commit().ok()) {
            for (const auto &[id, update] : pending) {
                m_fetched.append(id);
            }
            return true;
        }
    }
    for (const auto &[id, update] : pending) {
        if (Store::Status status = bodies.setBody(id, update); status.ok()) {
            m_fetched.append(id);
        } else if (status.code() != Store::ErrorCode::NotFound) {
            finish(false, status.message(), false);
            return false;
        }
        // NotFound: its blob is an orphan that IntegrityCheck removes.
    }
    return true;
}

} // namespace Letterbox::Services
