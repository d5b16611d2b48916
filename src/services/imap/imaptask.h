#pragma once

#include "protocol/imap/imapresponse.h"

#include <QObject>

namespace Letterbox::Services {

class ImapClient;

/**
 * @short One step of an IMAP run on a shared ImapClient (a folder's sync, a body fetch):
 * it hears the client's untagged responses and tagged replies while it runs, and ends
 * with exactly one finished().
 *
 * Steps run one after another on the connection, so the running one may take every
 * untagged response as its own; replies it did not ask for (by token) it ignores.
 */
class ImapTask : public QObject
{
    Q_OBJECT

public:
    ImapTask(ImapClient &client, QObject *parent = nullptr);

Q_SIGNALS:
    /// @p connectionLost: the run cannot go on; otherwise only this step failed.
    void finished(bool ok, const QString &error, bool connectionLost);

protected:
    /// Starts hearing the client.
    void listen();
    /// Stops hearing the client and emits finished(), once.
    void finish(bool ok, const QString &error, bool connectionLost);
    [[nodiscard]] bool isDone() const { return m_done; }

    virtual void onUntagged(const Imap::ImapResponse &response) = 0;
    virtual void onCommandFinished(quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text)
        = 0;

    ImapClient &m_client;

private:
    bool m_done = false;
};

} // namespace Letterbox::Services
