// MailSession's sending block against the lab (alice sends, bob receives): a message put
// in the outbox goes through Postfix to bob's Inbox and its copy to alice's Sent; a
// message written offline waits and can be discarded; a refused one stays failed with
// the server's words; a draft replaces its previous copy in alice's IMAP Drafts and is
// found again in the cache; a POP3 account keeps its drafts in a local Drafts folder.
#include "labenvironment.h"
#include "labmailbox.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "mime/messagebuilder.h"
#include "mime/messageparser.h"
#include "services/session/mailsession.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Letterbox;

namespace {
const QString s_sender = QStringLiteral("alice");
const QString s_recipient = QStringLiteral("bob");
constexpr int s_waitMs = 60000;
} // namespace

class TestMailSessionSendingLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSentMessageReachesTheInboxAndSent();
    void offlineItWaitsAndCanBeDiscarded();
    void aRefusedMessageKeepsTheServersWords();
    void aDraftReplacesItsCopyInImapDrafts();
    void pop3DraftsStayInALocalFolder();
    void anUntrustedSubmissionCertificateIsAskedAboutThenSent();

private:
    void openSession(bool offline);
    [[nodiscard]] Mime::BuiltMessage message(const QString &to, const QString &subject, const QString &text) const;
    [[nodiscard]] Accounts::Account account(bool imap) const;

    LabEnvironment m_lab;
    QTemporaryDir m_directory;
    std::unique_ptr<Accounts::Profile> m_profile;
    std::unique_ptr<Services::MailSession> m_session;
    QString m_messageId; ///< the draft's, kept across saves as the composer does
};

Accounts::Account TestMailSessionSendingLab::account(bool imap) const
{
    Accounts::Account account;
    account.name = imap ? QStringLiteral("alice") : QStringLiteral("alice-pop");
    account.email = s_sender + QLatin1Char('@') + m_lab.domain;
    account.displayName = QStringLiteral("Alice");
    account.protocol = imap ? Accounts::IncomingProtocol::Imap : Accounts::IncomingProtocol::Pop3;
    account.incoming = imap ? Accounts::ServerSettings {m_lab.host, m_lab.port(QStringLiteral("imaps")),
                           Accounts::Security::Tls, s_sender, {}}
                            : Accounts::ServerSettings {
                                m_lab.host, m_lab.port(QStringLiteral("pop3s")), Accounts::Security::Tls, s_sender, {}};
    account.smtp = {m_lab.host, m_lab.port(QStringLiteral("submissions")), Accounts::Security::Tls, s_sender, {}};
    account.passwordSource = Accounts::PasswordSource::Command;
    account.passwordCommand = QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(s_sender));
    account.caFile = m_lab.caFile;
    return account;
}

void TestMailSessionSendingLab::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    m_profile = std::make_unique<Accounts::Profile>(Accounts::Profile::atDirectory(m_directory.path()));
    QVERIFY(m_profile->ensureExists(&error));
    for (const bool imap : {true, false}) {
        const Accounts::AccountResult added = Accounts::AccountStore(*m_profile).add(account(imap));
        QVERIFY2(added.ok(), qPrintable(added.message));
    }
}

void TestMailSessionSendingLab::openSession(bool offline)
{
    m_session.reset();
    m_session = std::make_unique<Services::MailSession>();
    m_session->setOffline(offline);
    QStringList errors;
    m_session->open(*m_profile, Services::MailSessionOptions::manualOnly(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
    QCOMPARE(m_session->accountCount(), 2);
    QCOMPARE(m_session->accountName(0), QStringLiteral("alice"));
}

Mime::BuiltMessage TestMailSessionSendingLab::message(
    const QString &to, const QString &subject, const QString &text) const
{
    Mime::MessageBuilder builder;
    builder.setFrom({QStringLiteral("Alice"), s_sender + QLatin1Char('@') + m_lab.domain});
    builder.setTo({{QString(), to + QLatin1Char('@') + m_lab.domain}});
    builder.setSubject(subject);
    builder.setPlainText(text);
    if (!m_messageId.isEmpty()) {
        builder.setMessageId(m_messageId);
    }
    return builder.build();
}

void TestMailSessionSendingLab::aSentMessageReachesTheInboxAndSent()
{
    openSession(false);
    const QString subject = QStringLiteral("Outbox %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Mime::BuiltMessage built = message(s_recipient, subject, QStringLiteral("Through the outbox."));
    QSignalSpy reported(m_session.get(), &Services::MailSession::sendReported);
    QSignalSpy changed(m_session.get(), &Services::MailSession::outboxChanged);
    const Store::Result<qint64> queued = m_session->send(0, built);
    QVERIFY2(queued.ok(), qPrintable(queued.message()));
    QVERIFY(changed.count() >= 1); // listed before anything went out
    QVERIFY(reported.wait(s_waitMs));
    const auto notice = reported.first().at(1).value<Services::SendNotice>();
    QVERIFY2(notice.delivered, qPrintable(notice.text));
    QCOMPARE(notice.entryId, queued.value());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox(0).value().isEmpty(), s_waitMs);

    QString error;
    LabMailbox bob;
    QVERIFY2(bob.login(m_lab, s_recipient, &error), qPrintable(error));
    const QList<quint32> arrived = bob.waitFor(QStringLiteral("INBOX"), built.messageId, 1);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(Mime::MessageParser::parse(bob.fetch(QStringLiteral("INBOX"), arrived.first())).subject, subject);
    LabMailbox alice;
    QVERIFY2(alice.login(m_lab, s_sender, &error), qPrintable(error));
    QCOMPARE(alice.waitFor(QStringLiteral("Sent"), built.messageId, 1).size(), 1);
}

void TestMailSessionSendingLab::offlineItWaitsAndCanBeDiscarded()
{
    openSession(true);
    const Mime::BuiltMessage first = message(s_recipient, QStringLiteral("Never sent"), QStringLiteral("Discarded."));
    QVERIFY(m_session->send(0, first).ok());
    Store::Result<QList<Services::OutboxItem>> listed = m_session->outbox(0);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().state, Services::OutboxItem::State::Waiting);
    QCOMPARE(listed.value().first().subject, QStringLiteral("Never sent"));
    QCOMPARE(listed.value().first().recipients, first.recipients);
    QVERIFY(m_session->discardOutgoing(0, listed.value().first().id).ok());
    QVERIFY(m_session->outbox(0).value().isEmpty());

    // "Send later": written offline, it goes when the session is online.
    const Mime::BuiltMessage later = message(s_recipient, QStringLiteral("Sent later"), QStringLiteral("Later."));
    QVERIFY(m_session->send(0, later).ok());
    QTest::qWait(200);
    QCOMPARE(m_session->outbox(0).value().size(), 1);
    QSignalSpy reported(m_session.get(), &Services::MailSession::sendReported);
    m_session->setOffline(false);
    QVERIFY(reported.wait(s_waitMs));
    QVERIFY(reported.first().at(1).value<Services::SendNotice>().delivered);
    QString error;
    LabMailbox bob;
    QVERIFY2(bob.login(m_lab, s_recipient, &error), qPrintable(error));
    QCOMPARE(bob.waitFor(QStringLiteral("INBOX"), later.messageId, 1).size(), 1);
    QCOMPARE(bob.find(QStringLiteral("INBOX"), first.messageId).size(), 0);
}

void TestMailSessionSendingLab::aRefusedMessageKeepsTheServersWords()
{
    openSession(false);
    // An unknown user of the lab domain: Postfix refuses the recipient with a 5xx.
    const Mime::BuiltMessage built
        = message(QStringLiteral("nobody-here"), QStringLiteral("Refused"), QStringLiteral("x"));
    QSignalSpy reported(m_session.get(), &Services::MailSession::sendReported);
    QVERIFY(m_session->send(0, built).ok());
    QVERIFY(reported.wait(s_waitMs));
    QVERIFY(!reported.first().at(1).value<Services::SendNotice>().delivered);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->outbox(0).value().isEmpty()
            && m_session->outbox(0).value().first().state == Services::OutboxItem::State::Failed,
        s_waitMs);
    const Services::OutboxItem failed = m_session->outbox(0).value().first();
    QVERIFY2(failed.error.contains(QLatin1String("5")), qPrintable(failed.error));
    // "Send Again" asks the server again; it still refuses, and says so.
    reported.clear();
    QVERIFY(m_session->sendAgain(0, failed.id).ok());
    QVERIFY(reported.wait(s_waitMs));
    QCOMPARE(m_session->outbox(0).value().first().attempts, 2);
    QVERIFY(m_session->discardOutgoing(0, failed.id).ok());
    QVERIFY(m_session->outbox(0).value().isEmpty());
}

void TestMailSessionSendingLab::aDraftReplacesItsCopyInImapDrafts()
{
    openSession(false);
    m_messageId = Mime::MessageBuilder::generateMessageId(s_sender + QLatin1Char('@') + m_lab.domain);
    QString error;
    LabMailbox alice;
    QVERIFY2(alice.login(m_lab, s_sender, &error), qPrintable(error));

    QVERIFY(
        m_session->saveDraft(0, message(s_recipient, QStringLiteral("Draft"), QStringLiteral("First words.")), false)
            .ok());
    QList<quint32> copies = alice.waitFor(QStringLiteral("Drafts"), m_messageId, 1);
    QCOMPARE(copies.size(), 1);
    QVERIFY(alice.fetch(QStringLiteral("Drafts"), copies.first()).contains("First words."));
    QVERIFY(alice.command("UID FETCH " + QByteArray::number(copies.first()) + " (FLAGS)").first().contains("\\Draft"));

    const quint32 firstUid = copies.first();
    QVERIFY(
        m_session->saveDraft(0, message(s_recipient, QStringLiteral("Draft"), QStringLiteral("Second words.")), true)
            .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        (copies = alice.find(QStringLiteral("Drafts"), m_messageId)).size() == 1 && copies.first() != firstUid,
        s_waitMs);
    QVERIFY(alice.fetch(QStringLiteral("Drafts"), copies.first()).contains("Second words."));

    // Reopened from the cache after a sync: the Drafts folder's row with its body.
    QSignalSpy synced(m_session.get(), &Services::MailSession::syncFinished);
    m_session->sync(0);
    QVERIFY(synced.wait(s_waitMs));
    const Store::Result<QList<qint64>> rows = Store::MessageStore(*m_session->database(0)).idsForMessageId(m_messageId);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    QVERIFY(m_session->isInDrafts(0, rows.value().first()));
    // Headers only until the body is asked for (the IMAP sync's default).
    QSignalSpy fetched(m_session.get(), &Services::MailSession::bodyFetched);
    if (!m_session->messageBytes(0, rows.value().first()).ok()) {
        m_session->fetchBody(0, rows.value().first());
        QVERIFY(fetched.wait(s_waitMs));
    }
    const Store::Result<QByteArray> reopened = m_session->messageBytes(0, rows.value().first());
    QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
    QVERIFY(Mime::MessageParser::parse(reopened.value()).displayText.contains(QLatin1String("Second words.")));

    // Sent or discarded: no copy stays behind, on the server or in the cache.
    QVERIFY(m_session->discardDraft(0, m_messageId, true).ok());
    QCOMPARE(alice.waitFor(QStringLiteral("Drafts"), m_messageId, 0).size(), 0);
    QVERIFY(Store::MessageStore(*m_session->database(0)).idsForMessageId(m_messageId).value().isEmpty());
    m_messageId.clear();
}

void TestMailSessionSendingLab::pop3DraftsStayInALocalFolder()
{
    openSession(true); // nothing of this needs the network
    m_messageId = Mime::MessageBuilder::generateMessageId(s_sender + QLatin1Char('@') + m_lab.domain);
    QVERIFY(m_session->saveDraft(1, message(s_recipient, QStringLiteral("Local"), QStringLiteral("One.")), false).ok());
    QVERIFY(m_session->saveDraft(1, message(s_recipient, QStringLiteral("Local"), QStringLiteral("Two.")), true).ok());
    Store::Database *database = m_session->database(1);
    const Store::Result<QList<qint64>> rows = Store::MessageStore(*database).idsForMessageId(m_messageId);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    QVERIFY(m_session->isInDrafts(1, rows.value().first()));
    const Store::Result<QByteArray> bytes = m_session->messageBytes(1, rows.value().first());
    QVERIFY(bytes.ok());
    QVERIFY(Mime::MessageParser::parse(bytes.value()).displayText.contains(QLatin1String("Two.")));
    const auto drafts = Store::FolderStore(*database).findByRole(Store::SpecialUse::Drafts);
    QVERIFY(drafts.ok() && drafts.value() && drafts.value()->localOnly);
    QVERIFY(m_session->discardDraft(1, m_messageId, true).ok());
    QVERIFY(Store::MessageStore(*database).idsForMessageId(m_messageId).value().isEmpty());
    m_messageId.clear();
}

QTEST_GUILESS_MAIN(TestMailSessionSendingLab)
void TestMailSessionSendingLab::anUntrustedSubmissionCertificateIsAskedAboutThenSent()
{
    // An account without the lab's CA: its submission server's certificate is untrusted.
    QTemporaryDir directory;
    const Accounts::Profile profile = Accounts::Profile::atDirectory(directory.path());
    QString error;
    QVERIFY(profile.ensureExists(&error));
    Accounts::Account untrusting = account(true);
    untrusting.caFile.clear();
    QVERIFY(Accounts::AccountStore(profile).add(untrusting).ok());
    Services::MailSession session;
    QStringList errors;
    session.open(profile, Services::MailSessionOptions::manualOnly(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));

    QSignalSpy refused(&session, &Services::MailSession::certificateRefused);
    QSignalSpy reported(&session, &Services::MailSession::sendReported);
    const QString subject = QStringLiteral("Pinned %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Mime::BuiltMessage built = message(s_recipient, subject, QStringLiteral("After the certificate."));
    QVERIFY(session.send(0, built).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), s_waitMs);
    const auto refusal = refused.first().at(1).value<Services::CertificateRefusal>();
    QCOMPARE(refusal.server, Services::AccountServer::Outgoing);
    QCOMPARE(refusal.port, untrusting.smtp.port);
    QCOMPARE(refusal.certificate.sha256.size(), 32);
    QVERIFY(session.outbox(0).ok() && !session.outbox(0).value().isEmpty()); // nothing lost

    QVERIFY2(session.acceptCertificate(0, refusal.certificate.sha256, Services::CertificateTrust::Always, &error),
        qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session.outbox(0).value().isEmpty(), s_waitMs);
    Accounts::Account stored;
    QVERIFY(Accounts::AccountStore(profile).load(untrusting.name, &stored).ok());
    QCOMPARE(stored.smtp.pinnedCertificate, refusal.certificate.sha256);
    LabMailbox bob;
    QVERIFY2(bob.login(m_lab, s_recipient, &error), qPrintable(error));
    QCOMPARE(bob.waitFor(QStringLiteral("INBOX"), built.messageId, 1).size(), 1);
}

#include "tst_mailsessionsendinglab.moc"
