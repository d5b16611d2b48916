#pragma once

#include "services/imap/imaptask.h"

#include <QList>
#include <QString>

namespace Letterbox::Services {

/// What a search looks at (RFC 9051 6.4.4 search keys TEXT, FROM, SUBJECT).
enum class ImapSearchField { Text, From, Subject };

/**
 * @short UID SEARCH in one folder on a shared ImapClient: EXAMINE, then
 * UID SEARCH [RETURN (ALL)] TEXT|FROM|SUBJECT "words" (ESEARCH, RFC 4731, when offered:
 * one compact set instead of every UID spelled out).
 *
 * EXAMINE, not SELECT: searching changes nothing, and read-only the server does not
 * clear \Recent. The UIDs are under uidValidity(); the caller compares it with the cache's.
 * Strings that are not ASCII go with CHARSET UTF-8 (the encoder adds it).
 */
class ImapServerSearch : public ImapTask
{
    Q_OBJECT

public:
    ImapServerSearch(ImapClient &client, const QString &folder, ImapSearchField field, const QString &text,
        bool esearch, quint64 tokenBase, QObject *parent = nullptr);

    void start();
    /// Sorted ascending.
    [[nodiscard]] const QList<quint32> &uids() const { return m_uids; }
    [[nodiscard]] quint32 uidValidity() const { return m_uidValidity; }

private:
    void onUntagged(const Imap::ImapResponse &response) override;
    void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) override;

    QString m_folder;
    ImapSearchField m_field;
    QString m_text;
    bool m_esearch;
    quint64 m_tokenBase;
    bool m_searching = false;
    QList<quint32> m_uids;
    quint32 m_uidValidity = 0;
};

} // namespace Letterbox::Services
