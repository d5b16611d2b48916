// The lab's whole path: a message submitted with AUTH on the submission port goes
// through Postfix and LMTP into Dovecot, and is then visible in bob's mailbox both
// over IMAP and over POP3. Plain protocol exchanges: the engines come later.
#include "labenvironment.h"
#include "lineclient.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>
#include <QUuid>

class TestLabDelivery : public QObject
{
    Q_OBJECT

private:
    LabEnvironment m_lab;
    QByteArray m_messageId;
    QByteArray m_subject;

    QByteArray address(const char *user) const { return QByteArray(user) + '@' + m_lab.domain.toUtf8(); }

    QByteArray authPlain(const QString &user, const QString &password) const
    {
        const QByteArray credentials = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
        return "AUTH PLAIN " + credentials.toBase64();
    }

    // Connects to the submission port and upgrades with STARTTLS; EHLO done twice.
    bool openSubmission(LineClient &client)
    {
        if (!client.connectPlain(m_lab.host, m_lab.port(QStringLiteral("submission")))
            || !client.readLine().startsWith("220 ")) {
            return false;
        }
        client.writeLine("EHLO letterbox.test");
        client.readSmtpReply();
        client.writeLine("STARTTLS");
        if (!client.readSmtpReply().value(0).startsWith("220") || !client.startTls()) {
            return false;
        }
        client.writeLine("EHLO letterbox.test");
        return client.readSmtpReply().join('\n').contains("AUTH");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto lab = LabEnvironment::load(&error);
        QVERIFY2(lab, qPrintable(error));
        m_lab = *lab;
        m_messageId = '<' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@letterbox.test>";
        m_subject = "Lab delivery " + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    }

    // Postfix delays the refusal to RCPT (smtpd_delay_reject), so that is where
    // an unauthenticated client must hear no.
    void submissionRefusesMailBeforeAuth()
    {
        LineClient client(m_lab.caCertificates());
        QVERIFY(openSubmission(client));
        QVERIFY(client.writeLine("MAIL FROM:<" + address("alice") + '>'));
        QVERIFY(client.readSmtpReply().value(0).startsWith("250"));
        QVERIFY(client.writeLine("RCPT TO:<" + address("bob") + '>'));
        const QByteArray reply = client.readSmtpReply().value(0);
        QVERIFY2(reply.startsWith('5'), reply.constData());
    }

    void wrongPasswordIsRefused()
    {
        LineClient client(m_lab.caCertificates());
        QVERIFY(openSubmission(client));
        QVERIFY(client.writeLine(authPlain(QStringLiteral("alice"), QStringLiteral("not-the-password"))));
        const QByteArray reply = client.readSmtpReply().value(0);
        QVERIFY2(reply.startsWith("535"), reply.constData());
    }

    void submitWithAuth()
    {
        LineClient client(m_lab.caCertificates());
        QVERIFY(openSubmission(client));
        QVERIFY(client.writeLine(authPlain(QStringLiteral("alice"), m_lab.password(QStringLiteral("alice")))));
        QVERIFY2(client.readSmtpReply().value(0).startsWith("235"), "AUTH PLAIN as alice");
        QVERIFY(client.writeLine("MAIL FROM:<" + address("alice") + '>'));
        QVERIFY(client.readSmtpReply().value(0).startsWith("250"));
        QVERIFY(client.writeLine("RCPT TO:<" + address("bob") + '>'));
        QVERIFY(client.readSmtpReply().value(0).startsWith("250"));
        QVERIFY(client.writeLine("DATA"));
        QVERIFY(client.readSmtpReply().value(0).startsWith("354"));
        const QByteArray message = "From: Alice <" + address("alice")
            + ">\r\n"
              "To: Bob <"
            + address("bob")
            + ">\r\n"
              "Subject: "
            + m_subject
            + "\r\n"
              "Message-ID: "
            + m_messageId
            + "\r\n"
              "Date: Tue, 01 Dec 2026 12:00:00 +0000\r\n"
              "\r\n"
              "Hello Bob,\r\n"
              "..this line starts with a dot (stuffed on the wire).\r\n"
              ".";
        QVERIFY(client.writeLine(message));
        const QByteArray accepted = client.readSmtpReply().value(0);
        QVERIFY2(accepted.startsWith("250"), accepted.constData());
        QVERIFY(client.writeLine("QUIT"));
    }

    void visibleOverImap()
    {
        LineClient client(m_lab.caCertificates());
        QVERIFY(client.connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps"))));
        QVERIFY(client.readLine().startsWith("* OK"));
        const auto login
            = client.imapCommand("a1", "LOGIN bob \"" + m_lab.password(QStringLiteral("bob")).toUtf8() + '"');
        QVERIFY2(login.value(login.size() - 1).startsWith("a1 OK"), login.join('\n').constData());
        QVERIFY(client.imapCommand("a2", "SELECT INBOX").last().startsWith("a2 OK"));

        // Delivery is asynchronous (Postfix queue -> LMTP): poll, bounded.
        QByteArray uid;
        QDeadlineTimer deadline(20000);
        int tag = 3;
        while (uid.isEmpty() && !deadline.hasExpired()) {
            const QByteArray t = 'a' + QByteArray::number(tag++);
            const auto lines = client.imapCommand(t, "UID SEARCH HEADER Message-ID \"" + m_messageId + '"');
            for (const QByteArray &line : lines) {
                if (line.startsWith("* SEARCH ")) {
                    uid = line.mid(9).trimmed();
                }
            }
            if (uid.isEmpty()) {
                QThread::msleep(200);
                client.imapCommand('a' + QByteArray::number(tag++), "NOOP");
            }
        }
        QVERIFY2(!uid.isEmpty(), "the message did not arrive in bob's INBOX within 20 s");
        const auto fetch = client.imapCommand("f1", "UID FETCH " + uid + " (BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
        QVERIFY2(fetch.join('\n').contains(m_subject), fetch.join('\n').constData());
        client.imapCommand("z", "LOGOUT");
    }

    void visibleOverPop3()
    {
        LineClient client(m_lab.caCertificates());
        QVERIFY(client.connectTls(m_lab.host, m_lab.port(QStringLiteral("pop3s"))));
        QVERIFY(client.readLine().startsWith("+OK"));
        QVERIFY(client.writeLine("USER bob"));
        QVERIFY(client.readLine().startsWith("+OK"));
        QVERIFY(client.writeLine("PASS " + m_lab.password(QStringLiteral("bob")).toUtf8()));
        QVERIFY(client.readLine().startsWith("+OK"));
        QVERIFY(client.writeLine("STAT"));
        const QList<QByteArray> stat = client.readLine().split(' ');
        QCOMPARE(stat.value(0), QByteArray("+OK"));
        const int count = stat.value(1).toInt();
        QVERIFY(count > 0);

        // The newest message is the last; look at the headers from the end.
        bool found = false;
        for (int n = count; n >= 1 && !found; --n) {
            QVERIFY(client.writeLine("TOP " + QByteArray::number(n) + " 0"));
            const auto lines = client.readUntil([](const QByteArray &line) { return line == "."; });
            QVERIFY(lines.value(0).startsWith("+OK"));
            found = lines.contains("Message-ID: " + m_messageId) || lines.contains("Message-Id: " + m_messageId);
            if (found) {
                QVERIFY(lines.contains("Subject: " + m_subject));
                QVERIFY(client.writeLine("RETR " + QByteArray::number(n)));
                const auto body = client.readUntil([](const QByteArray &line) { return line == "."; });
                // Dot-stuffed on the wire both ways: the line arrives with two dots.
                QVERIFY2(
                    body.contains("..this line starts with a dot (stuffed on the wire)."), body.join('\n').constData());
            }
        }
        QVERIFY2(found, "the submitted message is not visible over POP3");
        QVERIFY(client.writeLine("QUIT"));
    }
};

QTEST_GUILESS_MAIN(TestLabDelivery)
#include "tst_labdelivery.moc"
