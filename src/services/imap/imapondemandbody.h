#pragma once

#include "services/imap/imaptask.h"

#include <QCoreApplication>
#include <QPointer>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

class ImapBodyFetch;

/**
 * @short One message's whole body on request (the reader opened it): SELECT its folder,
 * check that the folder's UIDVALIDITY is still the one the row was cached under, then
 * ImapBodyFetch for its UID.
 *
 * A different UIDVALIDITY means the row's UID names nothing any more: the fetch is
 * refused (the next sync rebuilds the folder) rather than storing another message's body.
 */
class ImapOnDemandBody : public ImapTask
{
    Q_OBJECT

public:
    ImapOnDemandBody(
        Store::Database &database, ImapClient &client, qint64 messageId, quint64 tokenBase, QObject *parent = nullptr);

    void start();
    [[nodiscard]] qint64 messageId() const { return m_messageId; }

private:
    void onUntagged(const Imap::ImapResponse &response) override;
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) override;

    Store::Database &m_database;
    qint64 m_messageId;
    quint64 m_tokenBase;
    QString m_path;
    quint32 m_uid = 0;
    qint64 m_size = 0;
    quint32 m_cachedUidValidity = 0;
    quint32 m_uidValidity = 0;
    QPointer<ImapBodyFetch> m_fetch;
};

} // namespace Letterbox::Services
