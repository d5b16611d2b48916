#include "services/imap/imapheaderfetch.h"

#include "services/imap/imapclient.h"
#include "services/imap/imapmessagefields.h"
#include "services/imap/imapuidsets.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/transaction.h"

namespace Letterbox::Services {

namespace {
/// UIDs per UID FETCH; a few hundred hits are one command.
constexpr quint32 s_batch = 500;
} // namespace

ImapHeaderFetch::ImapHeaderFetch(Store::Database &database, ImapClient &client, qint64 folderId, QList<quint32> uids,
    quint64 tokenBase, QObject *parent)
    : ImapTask(client, parent)
    , m_database(database)
    , m_folderId(folderId)
    , m_uids(std::move(uids))
    , m_tokenBase(tokenBase)
{ }

void ImapHeaderFetch::start()
{
    if (m_uids.isEmpty()) {
        finish(true, {}, false);
        return;
    }
    m_asked = QSet<quint32>(m_uids.cbegin(), m_uids.cend());
    listen();
    const Imap::ImapFetchRequest request = ImapMessageFields::headerRequest();
    quint64 token = m_tokenBase;
    for (const Imap::ImapSequenceSet &set : ImapUidSets::runs(m_uids, s_batch)) {
        ++m_pending;
        m_client.submit([set, request](Imap::ImapEncoder &encoder) { return encoder.uidFetch(set, request); }, ++token);
    }
}

void ImapHeaderFetch::onUntagged(const Imap::ImapResponse &response)
{
    const auto *fetch = std::get_if<Imap::ImapFetchResponse>(&response);
    if (!fetch || !fetch->uid || !fetch->uid->isValid() || !fetch->envelope) {
        return;
    }
    // Only what was asked: a server may send FETCH data for other messages at any time.
    if (!m_asked.contains(fetch->uid->value)) {
        return;
    }
    if (std::optional<Store::NewMessage> message = ImapMessageFields::fromFetch(*fetch)) {
        m_rows.append(std::move(*message));
    }
}

void ImapHeaderFetch::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (token <= m_tokenBase || token > m_tokenBase + quint64(m_pending) || isDone()) {
        return;
    }
    if (!ok) {
        finish(false,
            text.isEmpty() ? tr("The server did not send the headers: %1").arg(QString::fromUtf8(reply.text)) : text,
            !text.isEmpty());
        return;
    }
    if (token != m_tokenBase + quint64(m_pending)) {
        return; // the last command's reply comes last: the rows are stored then
    }
    Store::Transaction transaction(m_database);
    const Store::Result<QList<qint64>> ids = Store::MessageStore(m_database).insert(m_folderId, m_rows);
    if (!ids.ok()) {
        finish(false, ids.message(), false);
        return;
    }
    if (Store::Status status = transaction.commit(); !status.ok()) {
        finish(false, status.message(), false);
        return;
    }
    m_storedIds = ids.value();
    finish(true, {}, false);
}

} // namespace Letterbox::Services
