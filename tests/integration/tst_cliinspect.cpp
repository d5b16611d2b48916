// `letterbox-cli inspect NAME -- sync|send` end to end on the lab: the real binary, the
// lab's Dovecot and Postfix, and the transcripts it prints checked for the commands each
// run must send and for the lab's password, which must appear nowhere (also not in
// base64, as AUTH PLAIN or AUTH LOGIN would carry it).
#include "clirun.h"
#include "labenvironment.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using CliTest::Run;

const QString s_user = QStringLiteral("alice");

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imapSyncTranscript();
    void pop3SyncTranscript();
    void sendTranscript();
    void fullShowsFoldedLines();
    void badUsage();

private:
    Run cli(const QStringList &arguments) const { return CliTest::runCliIn(m_profile.path(), arguments); }
    void addAccount(const QString &name, const QString &protocol, const QString &portName, const QStringList &extra);
    /// Every form the password could leak in: as it is, and in the base64 of the SASL
    /// mechanisms the lab offers.
    void verifyNoSecret(const QString &text) const;
    /// The lab's servers take CRAM-MD5, the strongest mechanism, so the password itself never
    /// goes on the wire; what must not show is the login answer (user name and digest, in
    /// base64): every client line of the SASL exchange is "***".
    static void verifyLoginHidden(const QString &text);

    LabEnvironment m_lab;
    QTemporaryDir m_profile;
};

void TestCliInspect::addAccount(
    const QString &name, const QString &protocol, const QString &portName, const QStringList &extra)
{
    const Run added = cli(
        QStringList {QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"),
            s_user + QLatin1Char('@') + m_lab.domain, QStringLiteral("--incoming"), protocol, QStringLiteral("--host"),
            m_lab.host, QStringLiteral("--port"), QString::number(m_lab.port(portName)), QStringLiteral("--user"),
            s_user, QStringLiteral("--ca-file"), m_lab.caFile, QStringLiteral("--password-command"),
            QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(s_user))}
        + extra);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliInspect::verifyNoSecret(const QString &text) const
{
    const QByteArray password = m_lab.password(s_user).toUtf8();
    const QByteArray plain = QByteArray('\0' + s_user.toUtf8() + '\0' + password);
    const QByteArray plainWithDomain
        = QByteArray('\0' + (s_user + QLatin1Char('@') + m_lab.domain).toUtf8() + '\0' + password);
    for (const QByteArray &secret : {password, password.toBase64(), plain.toBase64(), plainWithDomain.toBase64()}) {
        QVERIFY2(!text.contains(QString::fromLatin1(secret)),
            qPrintable(QStringLiteral("leaked: ") + QString::fromLatin1(secret)));
    }
}

void TestCliInspect::verifyLoginHidden(const QString &text)
{
    const QRegularExpression start(
        QStringLiteral("C: +\\d+  (\\S+ AUTHENTICATE|AUTH) \\S+.*\\n(.*\\n)*?.* C: +\\d+  (.*)\\n"));
    const QRegularExpressionMatch match = start.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text.left(3000)));
    QCOMPARE(match.captured(3), QStringLiteral("***  \u2014 the login answer (hidden)"));
}

void TestCliInspect::initTestCase()
{
    QVERIFY(m_profile.isValid());
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    addAccount(QStringLiteral("imap"), QStringLiteral("imap"), QStringLiteral("imaps"),
        {QStringLiteral("--smtp-host"), m_lab.host, QStringLiteral("--smtp-port"),
            QString::number(m_lab.port(QStringLiteral("submission"))), QStringLiteral("--smtp-security"),
            QStringLiteral("starttls")});
    addAccount(QStringLiteral("pop"), QStringLiteral("pop3"), QStringLiteral("pop3s"), {QStringLiteral("--pop3-keep")});
}

void TestCliInspect::imapSyncTranscript()
{
    const Run run = cli({QStringLiteral("inspect"), QStringLiteral("imap"), QStringLiteral("--"),
        QStringLiteral("sync"), QStringLiteral("--folder"), QStringLiteral("INBOX")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    verifyNoSecret(run.out);
    verifyNoSecret(run.err);
    verifyLoginHidden(run.out);
    // The figures of the connection, then its lines: client and server told apart.
    QVERIFY2(
        run.out.contains(QRegularExpression(
            QStringLiteral("^Connection \\d+: IMAP for imap to [^,]+:%1, TLS").arg(m_lab.port(QStringLiteral("imaps"))),
            QRegularExpression::MultilineOption)),
        qPrintable(run.out.left(2000)));
    QVERIFY(
        run.out.contains(QRegularExpression(QStringLiteral("\\d+ round trips, [\\d,]+ bytes in, [\\d,]+ bytes out"))));
    QVERIFY(run.out.contains(
        QRegularExpression(QStringLiteral("^ +\\d+\\.\\d{3} S: +\\d+  \\* OK"), QRegularExpression::MultilineOption)));
    // The login is shown as such, its secret as ***.
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral(
                 " C: +\\d+  \\S+ (LOGIN alice \\*\\*\\*|AUTHENTICATE \\S+( \\*\\*\\*)?)  \u2014 log in"))),
        qPrintable(run.out.left(3000)));
    QVERIFY(run.out.contains(
        QRegularExpression(QStringLiteral(" C: +\\d+  \\S+ SELECT INBOX.*\u2014 open the folder INBOX"))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral(" C: +\\d+  \\S+ UID FETCH .*\u2014 "))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral(" C: +\\d+  \\S+ LOGOUT  \u2014 say goodbye"))));
}

void TestCliInspect::pop3SyncTranscript()
{
    const Run run
        = cli({QStringLiteral("inspect"), QStringLiteral("pop"), QStringLiteral("--"), QStringLiteral("sync")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    verifyNoSecret(run.out);
    verifyLoginHidden(run.out);
    QVERIFY(run.out.contains(
        QRegularExpression(QStringLiteral("^Connection \\d+: POP3 for pop"), QRegularExpression::MultilineOption)));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral(
                 " C: +\\d+  (PASS \\*\\*\\*  \u2014 send the password|AUTH \\S+( \\*\\*\\*)?  \u2014 log in with)"))),
        qPrintable(run.out.left(3000)));
    QVERIFY(
        run.out.contains(QRegularExpression(QStringLiteral(" C: +\\d+  UIDL  \u2014 list every message's unique id"))));
    // The demo mail is in the Inbox: a first sync downloads it, each body folded to one line.
    QVERIFY2(run.out.contains(
                 QRegularExpression(QStringLiteral(" C: +\\d+  RETR \\d+  \u2014 download message \\d+ in full"))),
        qPrintable(run.out.left(3000)));
    QVERIFY(run.out.contains(
        QRegularExpression(QStringLiteral(" S: +\\d+  \\[message: [\\d,]+ bytes in [\\d,]+ lines\\]"))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral(" C: +\\d+  QUIT  \u2014 end the session"))));
    QVERIFY(!run.out.contains(QRegularExpression(QStringLiteral(" C: +\\d+  DELE ")))); // --pop3-keep
}

void TestCliInspect::sendTranscript()
{
    const QString subject = QStringLiteral("Inspect %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const Run run = cli({QStringLiteral("inspect"), QStringLiteral("imap"), QStringLiteral("--"),
        QStringLiteral("send"), QStringLiteral("--to"), s_user + QLatin1Char('@') + m_lab.domain,
        QStringLiteral("--subject"), subject, QStringLiteral("--body"), QStringLiteral("Seen on the wire.")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    verifyNoSecret(run.out);
    verifyNoSecret(run.err);
    verifyLoginHidden(run.out);
    QVERIFY(run.err.contains(QLatin1String("Sent to"))); // the inner command's own output
    QVERIFY(run.out.contains(QRegularExpression(
        QStringLiteral("^Connection \\d+: SMTP for imap to [^,]+:%1").arg(m_lab.port(QStringLiteral("submission"))),
        QRegularExpression::MultilineOption)));
    QVERIFY(run.out.contains(
        QRegularExpression(QStringLiteral(" C: +\\d+  STARTTLS  \u2014 switch the connection to encryption"))));
    QVERIFY2(
        run.out.contains(QRegularExpression(QStringLiteral(" C: +\\d+  AUTH \\S+( \\*\\*\\*)?  \u2014 log in with"))),
        qPrintable(run.out.left(3000)));
    QVERIFY(run.out.contains(QRegularExpression(
        QStringLiteral(" C: +\\d+  MAIL FROM:<alice@%1>.*\u2014 start a message from alice@%1").arg(m_lab.domain))));
    QVERIFY(run.out.contains(QStringLiteral("RCPT TO:<alice@%1>").arg(m_lab.domain)));
    // The message itself is only its size: the subject never shows.
    QVERIFY(run.out.contains(QRegularExpression(
        QStringLiteral(" C: +\\d+  \\[[\\d,]+ bytes of message data\\]  \u2014 the message itself"))));
    QVERIFY(!run.out.contains(subject));
}

void TestCliInspect::fullShowsFoldedLines()
{
    const Run folded = cli({QStringLiteral("inspect"), QStringLiteral("imap"), QStringLiteral("--"),
        QStringLiteral("sync"), QStringLiteral("--folder"), QStringLiteral("INBOX"), QStringLiteral("--bodies")});
    QVERIFY2(folded.exitCode == 0, qPrintable(folded.err));
    verifyNoSecret(folded.out);
    // Whole messages fetched as literals: each one line with its size, unless expanded.
    QVERIFY2(folded.out.contains(
                 QRegularExpression(QStringLiteral(" S: +\\d+  \\[literal: [\\d,]+ bytes in [\\d,]+ lines\\]"))),
        qPrintable(folded.out.left(3000)));
    // An account of its own, so its first sync downloads every message again.
    addAccount(
        QStringLiteral("pop-full"), QStringLiteral("pop3"), QStringLiteral("pop3s"), {QStringLiteral("--pop3-keep")});
    const Run full = cli({QStringLiteral("inspect"), QStringLiteral("--full"), QStringLiteral("pop-full"),
        QStringLiteral("--"), QStringLiteral("sync")});
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    verifyNoSecret(full.out);
    // Expanded: the header lines of the folded messages, under their summary line.
    QVERIFY2(full.out.contains(QRegularExpression(
                 QStringLiteral("^ {17}\\| (Subject|From|Received): "), QRegularExpression::MultilineOption)),
        qPrintable(full.out.left(3000)));
}

void TestCliInspect::badUsage()
{
    QCOMPARE(cli({QStringLiteral("inspect"), QStringLiteral("imap")}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("inspect"), QStringLiteral("imap"), QStringLiteral("--"), QStringLiteral("list")}).exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("inspect"), QStringLiteral("imap"), QStringLiteral("--"), QStringLiteral("sync"),
                     QStringLiteral("--no-such-option")})
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cliinspect.moc"
