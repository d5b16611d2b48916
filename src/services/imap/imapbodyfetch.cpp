#include "services/imap/imapbodyfetch.h"

#include "services/imap/imapclient.h"
#include "store/database.h"
#include "store/statement.h"

namespace Letterbox::Services {

ImapBodyFetch::ImapBodyFetch(Store::Database &database, ImapClient &client, const QList<ImapBodyTarget> &targets,
    quint64 tokenBase, QObject *parent)
    : ImapTask(client, parent)
    , m_database(database)
    , m_targets(targets)
    , m_tokenBase(tokenBase)
    , m_batch(database)
{
    for (const ImapBodyTarget &target : targets) {
        m_idForUid.insert(target.uid, target.id);
    }
}

Store::Result<QList<ImapBodyTarget>> ImapBodyFetch::missingBodies(
    Store::Database &database, const Store::Folder &folder, const QDateTime &since)
{
    // One indexed read (messages_by_uid) instead of loading every record; dates are
    // milliseconds since the epoch (store migrations), 0 when unknown (then fetched).
    const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : 0;
    Store::Result<Store::Statement> rows
        = database.exec(QStringLiteral("SELECT id, uid, size FROM messages WHERE folder_id = ? AND uidvalidity = ? "
                                       "AND uid IS NOT NULL AND body_state != ? "
                                       "AND (? = 0 OR internal_date = 0 OR internal_date >= ?) ORDER BY uid"),
            {folder.id, qint64(folder.sync.uidValidity), int(Store::BodyState::Full), sinceMs, sinceMs});
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
    if (Store::Status status = m_batch.add(id.value(), *whole->data); !status.ok()) {
        m_warning = status.message();
        return;
    }
    m_idForUid.erase(id); // a second FETCH of the same message is not stored twice
    if (m_batch.isFull()) {
        (void)commitBatch();
    }
}

void ImapBodyFetch::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (!m_tokens.removeOne(token)) {
        return;
    }
    if ((!ok || m_tokens.isEmpty()) && !commitBatch()) {
        return;
    }
    if (!ok) {
        // A refused batch (a message expunged meanwhile gives NO on some servers) ends the
        // fetch of this folder; what came before it is kept.
        finish(false, text.isEmpty() ? QString::fromUtf8(reply.text) : text, !text.isEmpty());
        return;
    }
    Q_EMIT progress(m_fetched.size() + m_batch.waiting(), m_targets.size());
    if (m_tokens.isEmpty()) {
        finish(m_warning.isEmpty(), m_warning, false);
    }
}

bool ImapBodyFetch::commitBatch()
{
    if (isDone()) {
        return false;
    }
    const Store::Result<QList<qint64>> stored = m_batch.flush();
    if (!stored.ok()) {
        finish(false, stored.message(), false);
        return false;
    }
    m_fetched += stored.value();
    return true;
}

} // namespace Letterbox::Services
