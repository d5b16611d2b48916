#include "lineclient.h"

#include <QElapsedTimer>
#include <QSslConfiguration>

LineClient::LineClient(QList<QSslCertificate> trustedCas, int timeoutMs)
    : m_trustedCas(std::move(trustedCas))
    , m_timeoutMs(timeoutMs)
{
    QObject::connect(
        &m_socket, &QSslSocket::sslErrors, &m_socket, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

void LineClient::configureTls(const QString &host)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_trustedCas.isEmpty()) {
        // Replaces the system CAs: only the lab's CA may vouch for the lab.
        configuration.setCaCertificates(m_trustedCas);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(host);
}

bool LineClient::connectPlain(const QString &host, quint16 port)
{
    m_host = host;
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(m_timeoutMs);
}

bool LineClient::connectTls(const QString &host, quint16 port)
{
    m_host = host;
    configureTls(host);
    m_socket.connectToHostEncrypted(host, port, host);
    return m_socket.waitForEncrypted(m_timeoutMs);
}

bool LineClient::startTls()
{
    configureTls(m_host);
    m_socket.startClientEncryption();
    return m_socket.waitForEncrypted(m_timeoutMs);
}

bool LineClient::writeLine(const QByteArray &line)
{
    m_socket.write(line + "\r\n");
    return m_socket.waitForBytesWritten(m_timeoutMs) || m_socket.bytesToWrite() == 0;
}

QByteArray LineClient::readLine()
{
    QElapsedTimer timer;
    timer.start();
    while (!m_socket.canReadLine()) {
        const qint64 left = m_timeoutMs - timer.elapsed();
        if (left <= 0 || !m_socket.waitForReadyRead(int(left))) {
            return {};
        }
    }
    QByteArray line = m_socket.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return line.isNull() ? QByteArray("") : line;
}

QList<QByteArray> LineClient::readUntil(const std::function<bool(const QByteArray &)> &isLast)
{
    QList<QByteArray> lines;
    for (;;) {
        QByteArray line = readLine();
        if (line.isNull()) {
            return lines;
        }
        lines.append(line);
        if (isLast(line)) {
            return lines;
        }
    }
}

QList<QByteArray> LineClient::readSmtpReply()
{
    return readUntil([](const QByteArray &line) { return line.size() < 4 || line.at(3) == ' '; });
}

QList<QByteArray> LineClient::imapCommand(const QByteArray &tag, const QByteArray &command)
{
    writeLine(tag + ' ' + command);
    return readUntil([&tag](const QByteArray &line) { return line.startsWith(QByteArray(tag + ' ')); });
}

QString LineClient::errorString() const
{
    QString text = m_socket.errorString();
    for (const QSslError &error : m_sslErrors) {
        text += QLatin1String("; ") + error.errorString();
    }
    return text;
}
