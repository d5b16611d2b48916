// AccountSession's "search on server" (IMAP): kept apart from the sync and push code.
#include "services/session/accountsession.h"

#include "services/imap/imapconnectionpool.h"
#include "services/imap/imapsearch.h"
#include "store/database.h"

namespace Letterbox::Services {

void AccountSession::searchOnServer(quint64 request, const QString &folderPath, const QString &text)
{
    if (!isImap()) {
        Q_EMIT serverSearchFinished(
            m_account.name, request, {}, 0, tr("A POP3 account has no folders to search on the server."));
        return;
    }
    if (!m_online || !m_database || m_shutDown) {
        Q_EMIT serverSearchFinished(m_account.name, request, {}, 0,
            tr("You are working offline: only the messages already downloaded were searched."));
        return;
    }
    if (m_searchWaiting) {
        // Superseded before it started: it still gets its answer, an empty one.
        Q_EMIT serverSearchFinished(m_account.name, m_searchWaiting->request, {}, 0, QString());
    }
    m_searchWaiting = SearchRequest {request, folderPath, text};
    if (m_searchRunning != 0) {
        return; // started when the running one ends
    }
    withPassword([this](const QString &password) { startSearch(password); });
}

void AccountSession::startSearch(const QString &password)
{
    if (!m_searchWaiting || m_searchRunning != 0) {
        return;
    }
    if (!ensurePool(password)) {
        Q_EMIT serverSearchFinished(m_account.name, m_searchWaiting->request, {}, 0, m_activity.lastError);
        m_searchWaiting.reset();
        return;
    }
    if (!m_search) {
        m_search = std::make_unique<ImapSearch>(*m_database, *m_pool);
        m_search->setHeaderFetchLimit(serverSearchHeaderLimit);
        connect(m_search.get(), &ImapSearch::finished, this, [this](const ImapSearchResult &result) {
            const quint64 request = std::exchange(m_searchRunning, 0);
            Q_EMIT serverSearchFinished(
                m_account.name, request, result.messageIds, int(result.uncachedUids.size()), result.serverError);
            if (m_searchWaiting) {
                withPassword([this](const QString &again) { startSearch(again); });
            }
        });
    }
    const SearchRequest next = *std::exchange(m_searchWaiting, std::nullopt);
    m_searchRunning = next.request;
    if (!m_search->start(next.folderPath, ImapSearchField::Text, next.text)) {
        m_searchRunning = 0;
        Q_EMIT serverSearchFinished(m_account.name, next.request, {}, 0, tr("The server search could not start."));
    }
}

} // namespace Letterbox::Services
