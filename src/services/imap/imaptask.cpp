#include "services/imap/imaptask.h"

#include "services/imap/imapclient.h"

namespace Letterbox::Services {

ImapTask::ImapTask(ImapClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ImapTask::listen()
{
    connect(&m_client, &ImapClient::untagged, this, [this](const Imap::ImapResponse &response) {
        if (!m_done) {
            onUntagged(response);
        }
    });
    connect(&m_client, &ImapClient::commandFinished, this,
        [this](quint64 token, bool ok, const Imap::ImapStatusResponse &reply, const QString &text) {
            if (!m_done) {
                onCommandFinished(token, ok, reply, text);
            }
        });
}

void ImapTask::finish(bool ok, const QString &error, bool connectionLost)
{
    if (m_done) {
        return;
    }
    m_done = true;
    disconnect(&m_client, nullptr, this, nullptr);
    Q_EMIT finished(ok, error, connectionLost);
}

} // namespace Letterbox::Services
