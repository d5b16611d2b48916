#pragma once

#include "services/imap/imapclient.h"
#include "services/imap/imapserversettings.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>

namespace Letterbox::Services {

/**
 * @short At most size() logged-in IMAP connections to one account, shared by whoever
 * needs one (the Inbox watcher, folder polls and syncs, body fetches, server search).
 *
 * acquire() hands out a ticket; granted(ticket, client) follows with a connection in the
 * Ready state that belongs to the caller until release(client), or refused(ticket, error)
 * when opening one failed. A released connection stays open (still selected in whatever
 * folder its last user chose: every user SELECTs or EXAMINEs first) and goes to the next
 * waiting ticket, or waits idle for one. While all size() connections are taken, tickets
 * wait in order. A connection that ends (its user's LOGOUT, a drop) leaves the pool, and
 * a waiting ticket may open a new one in its place.
 *
 * Why a pool and not one connection per task: servers cap connections per user (Dovecot's
 * mail_max_userip_connections is 10 by default, Gmail allows 15), and IDLE holds one
 * connection for hours; one account must not use them all. Why not one shared connection:
 * IDLE blocks every other command on its connection (RFC 2177).
 *
 * Limits: no priorities (a body the reader waits for queues behind a poll); an idle
 * connection is not kept alive with NOOP, the server's autologout (30 minutes at least,
 * RFC 9051 5.4) ends it and the next acquire() opens a fresh one.
 */
class ImapConnectionPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultSize = 3;

    explicit ImapConnectionPool(QObject *parent = nullptr);
    ~ImapConnectionPool() override;

    void setSettings(const ImapServerSettings &settings) { m_settings = settings; }
    [[nodiscard]] const ImapServerSettings &settings() const { return m_settings; }
    /// At least 1; takes effect for connections opened from now on.
    void setSize(int size) { m_size = qMax(1, size); }
    [[nodiscard]] int size() const { return m_size; }

    /// Asks for a connection; granted() or refused() follows (never from within this call).
    quint64 acquire();
    /// Withdraws a waiting ticket (a connection already granted must be released instead).
    void cancel(quint64 ticket);
    /// Gives back a granted connection; it may be gone already (then it is forgotten).
    void release(ImapClient *client);
    /// Logs every idle connection out; busy ones end when released.
    void closeIdle();

    /// Connections open or opening, idle or in use: never more than size().
    [[nodiscard]] int connectionCount() const { return int(m_clients.size()); }
    /// The most connectionCount() has been since the pool was made.
    [[nodiscard]] int peakConnectionCount() const { return m_peak; }
    [[nodiscard]] int waitingCount() const { return int(m_waiting.size()); }

Q_SIGNALS:
    void granted(quint64 ticket, Letterbox::Services::ImapClient *client);
    void refused(quint64 ticket, const Letterbox::Services::ImapClientError &error);
    void connectionCountChanged(int count);

private:
    struct Entry
    {
        QPointer<ImapClient> client;
        bool ready = false;
        bool busy = false;
    };

    void pump();
    void open();
    void onReady(ImapClient *client);
    void onFailed(ImapClient *client, const ImapClientError &error);
    void onFinished(ImapClient *client);
    void grant(quint64 ticket, ImapClient *client);
    [[nodiscard]] Entry *entry(ImapClient *client);

    ImapServerSettings m_settings;
    int m_size = defaultSize;
    int m_peak = 0;
    quint64 m_nextTicket = 0;
    std::deque<quint64> m_waiting;
    QList<Entry> m_clients;
    bool m_pumpQueued = false;
};

} // namespace Letterbox::Services
