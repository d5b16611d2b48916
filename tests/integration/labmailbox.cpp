#include "labmailbox.h"

#include <QDeadlineTimer>
#include <QThread>

bool LabMailbox::login(const LabEnvironment &lab, const QString &user, QString *error)
{
    m_client = std::make_unique<LineClient>(lab.caCertificates());
    if (!m_client->connectTls(lab.host, lab.port(QStringLiteral("imaps")))) {
        *error = m_client->errorString();
        return false;
    }
    m_client->readLine();
    const QList<QByteArray> reply = command("LOGIN " + user.toUtf8() + " \"" + lab.password(user).toUtf8() + '"');
    if (reply.isEmpty() || !reply.last().contains(" OK")) {
        *error = QStringLiteral("LOGIN as %1 failed").arg(user);
        return false;
    }
    return true;
}

QList<QByteArray> LabMailbox::command(const QByteArray &command)
{
    return m_client->imapCommand('m' + QByteArray::number(++m_tag), command);
}

QList<quint32> LabMailbox::find(const QString &folder, const QString &messageId)
{
    const QString bare = messageId.startsWith(QLatin1Char('<')) ? messageId.mid(1, messageId.size() - 2) : messageId;
    // SELECT again each time: a fresh view of the folder, whatever changed since.
    command("SELECT \"" + folder.toUtf8() + '"');
    QList<quint32> uids;
    for (const QByteArray &line : command("UID SEARCH UNDELETED HEADER Message-ID \"<" + bare.toUtf8() + ">\"")) {
        if (line.startsWith("* SEARCH")) {
            for (const QByteArray &number : line.mid(8).split(' ')) {
                if (const quint32 uid = number.trimmed().toUInt(); uid != 0) {
                    uids.append(uid);
                }
            }
        }
    }
    return uids;
}

QList<quint32> LabMailbox::waitFor(const QString &folder, const QString &messageId, int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QList<quint32> uids = find(folder, messageId);
    while (uids.size() != count && !deadline.hasExpired()) {
        QThread::msleep(200);
        uids = find(folder, messageId);
    }
    return uids;
}

QByteArray LabMailbox::fetch(const QString &folder, quint32 uid)
{
    command("SELECT \"" + folder.toUtf8() + '"');
    m_client->writeLine("f" + QByteArray::number(++m_tag) + " UID FETCH " + QByteArray::number(uid) + " (BODY.PEEK[])");
    const QByteArray tag = "f" + QByteArray::number(m_tag) + ' ';
    const QByteArray first = m_client->readLine();
    const qsizetype open = first.lastIndexOf('{');
    const qsizetype size = open < 0 ? -1 : first.mid(open + 1, first.size() - open - 2).toLongLong();
    QByteArray message;
    QSslSocket &socket = m_client->socket();
    QDeadlineTimer deadline(20000);
    while (size > 0 && message.size() < size && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(5000)) {
            break;
        }
        message += socket.read(size - message.size());
    }
    m_client->readUntil([&tag](const QByteArray &line) { return line.startsWith(tag); });
    return message;
}
