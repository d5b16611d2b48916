#include "pop3labmailbox.h"

#include "lineclient.h"

#include <QProcess>

Pop3LabMailbox::Pop3LabMailbox(const LabEnvironment &lab, const QString &user)
    : m_lab(lab)
    , m_user(user)
{ }

template<class Work> bool Pop3LabMailbox::session(QString *error, Work work) const
{
    LineClient client(m_lab.caCertificates());
    if (!client.connectTls(m_lab.host, m_lab.port(QStringLiteral("pop3s")))) {
        *error = QStringLiteral("POP3S connect: ") + client.errorString();
        return false;
    }
    client.readLine();
    client.writeLine("USER " + m_user.toUtf8());
    client.readLine();
    client.writeLine("PASS " + m_lab.password(m_user).toUtf8());
    if (!client.readLine().startsWith("+OK")) {
        *error = QStringLiteral("POP3 login as %1 refused").arg(m_user);
        return false;
    }
    const bool ok = work(client);
    client.writeLine("QUIT");
    if (!client.readLine().startsWith("+OK")) {
        *error = QStringLiteral("POP3 QUIT not confirmed");
        return false;
    }
    return ok;
}

namespace {

// The lines of a multi-line reply after its +OK, dot-unstuffed, up to the final ".".
QList<QByteArray> multiLine(LineClient &client)
{
    QList<QByteArray> lines;
    if (!client.readLine().startsWith("+OK")) {
        return lines;
    }
    for (QByteArray line = client.readLine(); !line.isNull() && line != "."; line = client.readLine()) {
        lines.append(line.startsWith('.') ? line.mid(1) : line);
    }
    return lines;
}

} // namespace

std::optional<QList<QByteArray>> Pop3LabMailbox::uidls(QString *error) const
{
    QList<QByteArray> uidls;
    const bool ok = session(error, [&](LineClient &client) {
        client.writeLine("UIDL");
        for (const QByteArray &line : multiLine(client)) {
            uidls.append(line.mid(line.indexOf(' ') + 1));
        }
        return true;
    });
    return ok ? std::optional(uidls) : std::nullopt;
}

QByteArray Pop3LabMailbox::retrieve(int number) const
{
    QByteArray message;
    QString error;
    session(&error, [&](LineClient &client) {
        client.writeLine("RETR " + QByteArray::number(number));
        for (const QByteArray &line : multiLine(client)) {
            message += line + "\r\n";
        }
        return true;
    });
    return message;
}

bool Pop3LabMailbox::clear(QString *error) const
{
    return session(error, [&](LineClient &client) {
        client.writeLine("STAT");
        const QList<QByteArray> stat = client.readLine().split(' ');
        const int count = stat.value(1).toInt();
        for (int number = 1; number <= count; ++number) {
            client.writeLine("DELE " + QByteArray::number(number));
            if (!client.readLine().startsWith("+OK")) {
                *error = QStringLiteral("DELE %1 refused").arg(number);
                return false;
            }
        }
        return true;
    });
}

bool Pop3LabMailbox::fill(int count, QString *error) const
{
    QProcess fill;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LETTERBOX_LAB_DIR"), m_lab.directory);
    fill.setProcessEnvironment(environment);
    fill.start(QStringLiteral(LETTERBOX_MAILSTACK_DIR "/fill"), {m_user, QString::number(count)});
    if (!fill.waitForFinished(120000) || fill.exitStatus() != QProcess::NormalExit || fill.exitCode() != 0) {
        if (fill.state() != QProcess::NotRunning) {
            fill.kill();
            fill.waitForFinished(5000);
        }
        *error = QStringLiteral("fill: ") + QString::fromUtf8(fill.readAllStandardError());
        return false;
    }
    return true;
}

Letterbox::Services::Pop3ServerSettings Pop3LabMailbox::settings(
    bool implicitTls, Letterbox::Accounts::Pop3Retention retention, int keepDays) const
{
    using namespace Letterbox;
    Services::Pop3ServerSettings settings;
    settings.accountName = QStringLiteral("lab-") + m_user;
    settings.endpoint = {m_lab.host, m_lab.port(implicitTls ? QStringLiteral("pop3s") : QStringLiteral("pop3"))};
    QString error;
    settings.tls.addCaFile(m_lab.caFile, &error);
    settings.session.security = implicitTls ? Pop3::Pop3Security::ImplicitTls : Pop3::Pop3Security::StartTls;
    settings.session.credentials = {m_user, m_lab.password(m_user), {}};
    settings.timeouts.connectMs = 10000;
    settings.timeouts.readMs = 30000;
    settings.retention = retention;
    settings.keepDays = keepDays;
    return settings;
}
