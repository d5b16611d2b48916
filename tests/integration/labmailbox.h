#pragma once

#include "labenvironment.h"
#include "lineclient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

/**
 * @short A second IMAP session to one lab user's mailbox, to check what the code under
 * test did on the server: which messages with a Message-ID a folder holds, and their text.
 */
class LabMailbox
{
public:
    /// Logs in as @p user over implicit TLS; false (and @p error) on failure.
    bool login(const LabEnvironment &lab, const QString &user, QString *error);
    /// The UIDs of the messages of @p folder whose Message-ID is @p messageId (with or
    /// without angle brackets), not counting those marked \\Deleted.
    QList<quint32> find(const QString &folder, const QString &messageId);
    /// Waits (bounded) until find() gives @p count messages; the last answer.
    QList<quint32> waitFor(const QString &folder, const QString &messageId, int count, int timeoutMs = 30000);
    /// The whole message @p uid of @p folder.
    QByteArray fetch(const QString &folder, quint32 uid);
    QList<QByteArray> command(const QByteArray &command);

private:
    std::unique_ptr<LineClient> m_client;
    int m_tag = 0;
};
