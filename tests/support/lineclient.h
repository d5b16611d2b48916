#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QString>

#include <functional>

/**
 * @short A blocking CRLF line client for integration tests.
 *
 * Only for tests that talk to real servers in other processes, where the waitFor*
 * calls cannot block the peer. Every wait is bounded by timeoutMs.
 */
class LineClient
{
public:
    explicit LineClient(QList<QSslCertificate> trustedCas = {}, int timeoutMs = 10000);

    /// Plain TCP; use startTls() after the protocol's STARTTLS go-ahead.
    bool connectPlain(const QString &host, quint16 port);
    /// Implicit TLS: the handshake comes before any byte of the protocol.
    bool connectTls(const QString &host, quint16 port);
    bool startTls();

    bool writeLine(const QByteArray &line);
    /// One line without its CRLF; an empty optional-like result (isNull) on timeout.
    QByteArray readLine();
    /// Reads lines until @p isLast says the one read is the last; returns them all.
    QList<QByteArray> readUntil(const std::function<bool(const QByteArray &)> &isLast);
    /// An SMTP reply: lines up to the one whose fourth byte is a space.
    QList<QByteArray> readSmtpReply();
    /// An IMAP command's response: untagged lines up to the tagged one.
    QList<QByteArray> imapCommand(const QByteArray &tag, const QByteArray &command);

    [[nodiscard]] bool isEncrypted() const { return m_socket.isEncrypted(); }
    [[nodiscard]] QList<QSslError> sslErrors() const { return m_sslErrors; }
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QSslSocket &socket() { return m_socket; }

private:
    void configureTls(const QString &host);

    QSslSocket m_socket;
    QList<QSslCertificate> m_trustedCas;
    QList<QSslError> m_sslErrors;
    QString m_host;
    int m_timeoutMs;
};
