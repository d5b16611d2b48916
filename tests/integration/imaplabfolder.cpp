#include "imaplabfolder.h"

#include <QRegularExpression>
#include <QUuid>

bool ImapLabFolder::login(QString *error)
{
    auto lab = LabEnvironment::load(error);
    if (!lab) {
        return false;
    }
    m_lab = *lab;
    m_other = std::make_unique<LineClient>(QSslCertificate::fromPath(m_lab.caFile), 15000);
    if (!m_other->connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        *error = m_other->errorString();
        return false;
    }
    m_other->readLine();
    const QList<QByteArray> reply = command("LOGIN carol \"" + m_lab.password(QStringLiteral("carol")).toUtf8() + '"');
    if (reply.isEmpty() || !reply.last().contains(" OK")) {
        *error = QStringLiteral("carol could not log in: ") + QString::fromUtf8(reply.value(reply.size() - 1));
        return false;
    }
    return true;
}

bool ImapLabFolder::create(const QString &prefix)
{
    m_folder = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    return command("CREATE " + m_folder.toUtf8()).last().contains(" OK")
        && command("SELECT " + m_folder.toUtf8()).last().contains(" OK");
}

void ImapLabFolder::remove()
{
    command("UNSELECT");
    command("DELETE " + m_folder.toUtf8());
}

QList<QByteArray> ImapLabFolder::command(const QByteArray &text)
{
    const QList<QByteArray> reply = m_other->imapCommand('t' + QByteArray::number(++m_tag), text);
    return reply.isEmpty() ? QList<QByteArray> {QByteArray()} : reply;
}

quint32 ImapLabFolder::append(
    const QString &subject, const QByteArray &extraHeaders, const QByteArray &body, const QByteArray &internalDate)
{
    const QByteArray id = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QByteArray message = "From: Dave Example <dave@letterbox.test>\r\nTo: Carol <carol@letterbox.test>, "
                               "erin@letterbox.test\r\nSubject: "
        + subject.toUtf8() + "\r\nDate: Tue, 1 Dec 2026 10:00:00 +0100\r\nMessage-ID: <" + id + "@letterbox.test>\r\n"
        + extraHeaders + "\r\n" + (body.isEmpty() ? QByteArray("Hello Carol.\r\n") : body);
    const QList<QByteArray> reply
        = command("APPEND " + m_folder.toUtf8() + (internalDate.isEmpty() ? QByteArray() : " \"" + internalDate + '"')
            + " {" + QByteArray::number(message.size()) + "+}\r\n" + message);
    static const QRegularExpression appendUid(QStringLiteral("APPENDUID \\d+ (\\d+)"));
    const QRegularExpressionMatch match = appendUid.match(QString::fromLatin1(reply.last()));
    return match.hasMatch() ? match.captured(1).toUInt() : 0;
}

Letterbox::Services::ImapServerSettings ImapLabFolder::settings() const
{
    Letterbox::Services::ImapServerSettings settings;
    settings.accountName = QStringLiteral("carol");
    settings.endpoint = {m_lab.host, m_lab.port(QStringLiteral("imaps"))};
    QString error;
    settings.tls.addCaFile(m_lab.caFile, &error);
    settings.session.security = Letterbox::Imap::ImapSecurity::ImplicitTls;
    settings.session.credentials
        = Letterbox::Imap::ImapCredentials {QStringLiteral("carol"), m_lab.password(QStringLiteral("carol")), {}};
    return settings;
}
