#include "services/imap/imapondemandbody.h"

#include "services/imap/imapbodyfetch.h"
#include "services/imap/imapclient.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"

namespace Letterbox::Services {

ImapOnDemandBody::ImapOnDemandBody(
    Store::Database &database, ImapClient &client, qint64 messageId, quint64 tokenBase, QObject *parent)
    : ImapTask(client, parent)
    , m_database(database)
    , m_messageId(messageId)
    , m_tokenBase(tokenBase)
{ }

void ImapOnDemandBody::start()
{
    const Store::Result<std::optional<Store::MessageRecord>> record
        = Store::MessageQuery(m_database).record(m_messageId);
    if (!record.ok() || !record.value() || !record.value()->uid) {
        finish(false, tr("Message %1 is not in the cache, or not yet on the server.").arg(m_messageId), false);
        return;
    }
    const Store::Result<std::optional<Store::Folder>> folder
        = Store::FolderStore(m_database).folder(record.value()->folderId);
    if (!folder.ok() || !folder.value() || folder.value()->localOnly) {
        finish(false, tr("Message %1 is in no folder of the server.").arg(m_messageId), false);
        return;
    }
    m_path = folder.value()->path;
    m_uid = *record.value()->uid;
    m_size = record.value()->size;
    m_cachedUidValidity = record.value()->uidValidity;
    listen();
    const QString path = m_path;
    // EXAMINE: reading a body changes nothing, and a read-only open cannot expunge.
    m_client.submit([path](Imap::ImapEncoder &encoder) { return encoder.examine(path); }, m_tokenBase + 1);
}

void ImapOnDemandBody::onUntagged(const Imap::ImapResponse &response)
{
    if (const auto *status = std::get_if<Imap::ImapStatusResponse>(&response);
        status && status->code.kind == Imap::ImapResponseCode::Kind::UidValidity) {
        m_uidValidity = quint32(status->code.number);
    }
}

void ImapOnDemandBody::onCommandFinished(
    quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
{
    if (token != m_tokenBase + 1 || m_fetch) {
        return;
    }
    if (!ok) {
        finish(false,
            text.isEmpty() ? tr("The server refused to open “%1”: %2").arg(m_path, QString::fromUtf8(reply.text))
                           : text,
            !text.isEmpty());
        return;
    }
    if (m_uidValidity != m_cachedUidValidity) {
        finish(false, tr("The folder “%1” was rebuilt on the server; sync it again.").arg(m_path), false);
        return;
    }
    m_fetch = new ImapBodyFetch(m_database, m_client, {{m_messageId, m_uid, m_size}}, m_tokenBase + 1, this);
    connect(m_fetch, &ImapBodyFetch::finished, this, [this](bool fetched, const QString &error, bool lost) {
        if (fetched && m_fetch->fetchedIds().isEmpty()) {
            finish(false, tr("The server no longer has this message."), false);
        } else {
            finish(fetched, error, lost);
        }
    });
    m_fetch->start();
}

} // namespace Letterbox::Services
