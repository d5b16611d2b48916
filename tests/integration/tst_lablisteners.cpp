// Each TLS listener of the mail lab: the certificate verifies against the lab's CA
// (and only against it), and the protocol's greeting arrives. STARTTLS listeners
// are checked before and after the upgrade.
#include "labenvironment.h"
#include "lineclient.h"

#include <QTest>

namespace {

enum class Protocol { Imap, Pop3, Smtp };

} // namespace

Q_DECLARE_METATYPE(Protocol)

class TestLabListeners : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;

    // After TLS the protocol must offer password logins (they are refused before).
    void expectLoginOfferedAfterTls(LineClient &client, Protocol protocol)
    {
        switch (protocol) {
        case Protocol::Imap: {
            const auto lines = client.imapCommand("c1", "CAPABILITY");
            QVERIFY2(!lines.isEmpty() && lines.first().contains("AUTH=PLAIN"), lines.join('\n').constData());
            break;
        }
        case Protocol::Pop3: {
            QVERIFY(client.writeLine("CAPA"));
            const auto lines = client.readUntil([](const QByteArray &line) { return line == "."; });
            QVERIFY2(lines.contains("USER") && lines.first().startsWith("+OK"), lines.join('\n').constData());
            break;
        }
        case Protocol::Smtp: {
            QVERIFY(client.writeLine("EHLO letterbox.test"));
            const auto lines = client.readSmtpReply();
            QVERIFY2(lines.join('\n').contains("250-AUTH") || lines.join('\n').contains("250 AUTH"),
                lines.join('\n').constData());
            break;
        }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto lab = LabEnvironment::load(&error);
        QVERIFY2(lab, qPrintable(error));
        m_lab = *lab;
    }

    void implicitTls_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<Protocol>("protocol");
        QTest::newRow("imaps") << QStringLiteral("imaps") << QByteArray("* OK") << Protocol::Imap;
        QTest::newRow("pop3s") << QStringLiteral("pop3s") << QByteArray("+OK") << Protocol::Pop3;
        QTest::newRow("submissions") << QStringLiteral("submissions") << QByteArray("220 ") << Protocol::Smtp;
    }

    void implicitTls()
    {
        QFETCH(QString, port);
        QFETCH(QByteArray, greeting);
        QFETCH(Protocol, protocol);
        LineClient client(m_lab.caCertificates());
        QVERIFY2(client.connectTls(m_lab.host, m_lab.port(port)), qPrintable(client.errorString()));
        QVERIFY(client.sslErrors().isEmpty());
        QCOMPARE(client.socket().peerCertificate().subjectInfo(QSslCertificate::CommonName),
            QStringList {QStringLiteral("localhost")});
        const QByteArray line = client.readLine();
        QVERIFY2(line.startsWith(greeting), line.constData());
        expectLoginOfferedAfterTls(client, protocol);
    }

    void startTls_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<Protocol>("protocol");
        QTest::newRow("imap-starttls") << QStringLiteral("imap") << Protocol::Imap;
        QTest::newRow("pop3-stls") << QStringLiteral("pop3") << Protocol::Pop3;
        QTest::newRow("submission-starttls") << QStringLiteral("submission") << Protocol::Smtp;
    }

    void startTls()
    {
        QFETCH(QString, port);
        QFETCH(Protocol, protocol);
        LineClient client(m_lab.caCertificates());
        QVERIFY2(client.connectPlain(m_lab.host, m_lab.port(port)), qPrintable(client.errorString()));
        const QByteArray greeting = client.readLine();
        switch (protocol) {
        case Protocol::Imap: {
            // Dovecot counts a connection whose two ends share an address as
            // secure, so on loopback it offers logins before TLS too; the client,
            // not the lab, is what refuses to send a password in the clear.
            QVERIFY2(greeting.startsWith("* OK") && greeting.contains("STARTTLS"), greeting.constData());
            const auto reply = client.imapCommand("s1", "STARTTLS");
            QVERIFY2(!reply.isEmpty() && reply.last().startsWith("s1 OK"), reply.join('\n').constData());
            break;
        }
        case Protocol::Pop3: {
            QVERIFY2(greeting.startsWith("+OK"), greeting.constData());
            QVERIFY(client.writeLine("STLS"));
            const QByteArray reply = client.readLine();
            QVERIFY2(reply.startsWith("+OK"), reply.constData());
            break;
        }
        case Protocol::Smtp: {
            QVERIFY2(greeting.startsWith("220 "), greeting.constData());
            QVERIFY(client.writeLine("EHLO letterbox.test"));
            const QByteArray ehlo = client.readSmtpReply().join('\n');
            QVERIFY2(ehlo.contains("STARTTLS") && !ehlo.contains("AUTH"), ehlo.constData());
            QVERIFY(client.writeLine("STARTTLS"));
            const auto reply = client.readSmtpReply();
            QVERIFY2(!reply.isEmpty() && reply.last().startsWith("220 "), reply.join('\n').constData());
            break;
        }
        }
        QVERIFY2(client.startTls(), qPrintable(client.errorString()));
        QVERIFY(client.isEncrypted());
        expectLoginOfferedAfterTls(client, protocol);
    }

    void untrustedWithoutTheLabCa_data()
    {
        QTest::addColumn<QString>("port");
        QTest::newRow("imaps") << QStringLiteral("imaps");
        QTest::newRow("pop3s") << QStringLiteral("pop3s");
        QTest::newRow("submissions") << QStringLiteral("submissions");
    }

    // Proves the checks above verify something: with only the system CAs, the
    // lab's certificate is refused.
    void untrustedWithoutTheLabCa()
    {
        QFETCH(QString, port);
        LineClient client;
        QVERIFY(!client.connectTls(m_lab.host, m_lab.port(port)));
        QVERIFY(!client.sslErrors().isEmpty());
    }

    void smtpListenerAcceptsOnlyTheLabDomain()
    {
        LineClient client(m_lab.caCertificates());
        QVERIFY(client.connectPlain(m_lab.host, m_lab.port(QStringLiteral("smtp"))));
        QVERIFY(client.readLine().startsWith("220 "));
        QVERIFY(client.writeLine("EHLO letterbox.test"));
        QVERIFY(!client.readSmtpReply().isEmpty());
        QVERIFY(client.writeLine("MAIL FROM:<someone@example.org>"));
        QVERIFY(client.readSmtpReply().value(0).startsWith("250"));
        QVERIFY(client.writeLine("RCPT TO:<nobody@example.com>"));
        const QByteArray refused = client.readSmtpReply().value(0);
        QVERIFY2(refused.startsWith('5'), refused.constData());
        QVERIFY(client.writeLine("RCPT TO:<bob@" + m_lab.domain.toUtf8() + '>'));
        const QByteArray accepted = client.readSmtpReply().value(0);
        QVERIFY2(accepted.startsWith("250"), accepted.constData());
        QVERIFY(client.writeLine("QUIT"));
    }
};

QTEST_GUILESS_MAIN(TestLabListeners)
#include "tst_lablisteners.moc"
