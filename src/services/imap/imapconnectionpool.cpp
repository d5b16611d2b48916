#include "services/imap/imapconnectionpool.h"

#include <algorithm>

namespace Letterbox::Services {

ImapConnectionPool::ImapConnectionPool(QObject *parent)
    : QObject(parent)
{ }

ImapConnectionPool::~ImapConnectionPool()
{
    for (const Entry &e : std::as_const(m_clients)) {
        if (e.client) {
            e.client->disconnect(this);
            e.client->abort();
        }
    }
}

quint64 ImapConnectionPool::acquire()
{
    const quint64 ticket = ++m_nextTicket;
    m_waiting.push_back(ticket);
    // Queued, so a caller always hears granted()/refused() after acquire() returned.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
    return ticket;
}

void ImapConnectionPool::cancel(quint64 ticket)
{
    m_waiting.erase(std::remove(m_waiting.begin(), m_waiting.end(), ticket), m_waiting.end());
}

void ImapConnectionPool::release(ImapClient *client)
{
    Entry *e = entry(client);
    if (!e) {
        return;
    }
    e->busy = false;
    pump();
}

void ImapConnectionPool::closeIdle()
{
    for (const Entry &e : std::as_const(m_clients)) {
        if (e.client && e.ready && !e.busy) {
            e.client->logout();
        }
    }
}

void ImapConnectionPool::pump()
{
    // Idle ready connections go to waiting tickets first; then new ones up to size().
    for (Entry &e : m_clients) {
        if (m_waiting.empty()) {
            return;
        }
        if (e.client && e.ready && !e.busy) {
            e.busy = true;
            const quint64 ticket = m_waiting.front();
            m_waiting.pop_front();
            grant(ticket, e.client);
        }
    }
    const auto opening = std::count_if(m_clients.cbegin(), m_clients.cend(), [](const Entry &e) { return !e.ready; });
    qsizetype wanted = qsizetype(m_waiting.size()) - opening;
    while (wanted-- > 0 && m_clients.size() < m_size) {
        open();
    }
}

void ImapConnectionPool::open()
{
    auto *client = new ImapClient(this);
    connect(client, &ImapClient::ready, this, [this, client] { onReady(client); });
    connect(
        client, &ImapClient::failed, this, [this, client](const ImapClientError &error) { onFailed(client, error); });
    connect(client, &ImapClient::finished, this, [this, client] { onFinished(client); });
    m_clients.append(Entry {client, false, false});
    m_peak = qMax(m_peak, int(m_clients.size()));
    Q_EMIT connectionCountChanged(int(m_clients.size()));
    client->setAccountName(m_settings.accountName);
    client->start(m_settings.endpoint, m_settings.tls, m_settings.session, m_settings.timeouts);
}

void ImapConnectionPool::onReady(ImapClient *client)
{
    if (Entry *e = entry(client)) {
        e->ready = true;
        pump();
    }
}

void ImapConnectionPool::onFailed(ImapClient *client, const ImapClientError &error)
{
    Entry *e = entry(client);
    // A connection that never got ready fails the oldest waiting ticket: otherwise a
    // server that refuses every login would leave it waiting for ever. A granted
    // connection's failure is its user's to handle (it hears the client's signals).
    if (e && !e->ready && !m_waiting.empty()) {
        const quint64 ticket = m_waiting.front();
        m_waiting.pop_front();
        Q_EMIT refused(ticket, error);
    }
}

void ImapConnectionPool::onFinished(ImapClient *client)
{
    const auto it
        = std::find_if(m_clients.begin(), m_clients.end(), [client](const Entry &e) { return e.client == client; });
    if (it == m_clients.end()) {
        return;
    }
    m_clients.erase(it);
    client->deleteLater();
    Q_EMIT connectionCountChanged(int(m_clients.size()));
    // A refused login must not become a retry loop here: only tickets still waiting
    // (none, after a refusal of the only one) open another connection.
    QMetaObject::invokeMethod(this, &ImapConnectionPool::pump, Qt::QueuedConnection);
}

void ImapConnectionPool::grant(quint64 ticket, ImapClient *client)
{
    // Queued: the receiver may release() at once, and pump() must not run inside pump().
    QMetaObject::invokeMethod(
        this,
        [this, ticket, client = QPointer<ImapClient>(client)] {
            if (!client) {
                m_waiting.push_front(ticket); // it ended in between: the ticket waits on
                pump();
                return;
            }
            Q_EMIT granted(ticket, client);
        },
        Qt::QueuedConnection);
}

ImapConnectionPool::Entry *ImapConnectionPool::entry(ImapClient *client)
{
    for (Entry &e : m_clients) {
        if (e.client == client) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace Letterbox::Services
