// The composer against the lab, driven as a person would (offscreen, synthetic key
// events): alice types a message in the real window and presses Ctrl+Return; it goes to
// the outbox, through the lab's Postfix into bob's Inbox, and its copy into alice's Sent,
// each checked over IMAP. A draft saved from the composer lands in alice's IMAP Drafts,
// comes back into the cache with a sync, reopens in a composer from the Drafts folder,
// and is gone from the server once that composer sends it.
#include "labenvironment.h"
#include "labmailbox.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "gui/composer/composerwindow.h"
#include "gui/composer/recipientedit.h"
#include "gui/mainwindow.h"
#include "gui/messagelistview.h"
#include "mime/messageparser.h"
#include "models/messagelistmodel.h"
#include "services/session/mailsession.h"
#include "store/folderstore.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

using namespace Letterbox;

namespace {
const QString s_sender = QStringLiteral("alice");
const QString s_recipient = QStringLiteral("bob");
constexpr int s_waitMs = 60000;
} // namespace

class TestComposerLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void typedAndCtrlReturnReachesInboxAndSent();
    void aDraftRoundTripsThroughImapDrafts();

private:
    Gui::ComposerWindow *newComposer();

    LabEnvironment m_lab;
    QTemporaryDir m_directory;
    std::unique_ptr<Accounts::Profile> m_profile;
    std::unique_ptr<Services::MailSession> m_session;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestComposerLab::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    m_profile = std::make_unique<Accounts::Profile>(Accounts::Profile::atDirectory(m_directory.path()));
    QVERIFY(m_profile->ensureExists(&error));
    Accounts::Account account;
    account.name = s_sender;
    account.email = s_sender + QLatin1Char('@') + m_lab.domain;
    account.displayName = QStringLiteral("Alice");
    account.protocol = Accounts::IncomingProtocol::Imap;
    account.incoming = {m_lab.host, m_lab.port(QStringLiteral("imaps")), Accounts::Security::Tls, s_sender, {}};
    account.smtp = {m_lab.host, m_lab.port(QStringLiteral("submission")), Accounts::Security::StartTls, s_sender, {}};
    account.passwordSource = Accounts::PasswordSource::Command;
    account.passwordCommand = QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(s_sender));
    account.caFile = m_lab.caFile;
    const Accounts::AccountResult added = Accounts::AccountStore(*m_profile).add(account);
    QVERIFY2(added.ok(), qPrintable(added.message));

    m_session = std::make_unique<Services::MailSession>();
    QStringList errors;
    m_session->open(*m_profile, Services::MailSessionOptions::manualOnly(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u' ')));
    m_window = std::make_unique<Gui::MainWindow>(m_session.get(), m_profile->configDirectory());
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The folders (Drafts among them) come from a first sync, as on a first start.
    QSignalSpy synced(m_session.get(), &Services::MailSession::syncFinished);
    m_session->sync(0);
    QVERIFY(synced.wait(s_waitMs));
    QVERIFY(synced.first().at(1).toBool());
}

void TestComposerLab::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

Gui::ComposerWindow *TestComposerLab::newComposer()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        return nullptr;
    }
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    const QList<Gui::ComposerWindow *> open = m_window->composers();
    if (open.isEmpty() || !QTest::qWaitForWindowActive(open.last())) {
        return nullptr;
    }
    open.last()->setPrompter([](Gui::ComposerQuestion question, const QString &text) {
        qWarning("unexpected question %d: %s", int(question), qPrintable(text));
        return false;
    });
    return open.last();
}

void TestComposerLab::typedAndCtrlReturnReachesInboxAndSent()
{
    QPointer<Gui::ComposerWindow> composer = newComposer();
    QVERIFY(composer);
    const QString subject = QStringLiteral("Typed %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTest::keyClicks(composer->toEdit(), s_recipient + QLatin1Char('@') + m_lab.domain);
    // Escape closes a completion popup, if one opened, as a person would.
    QTest::keyClick(composer->toEdit(), Qt::Key_Escape);
    QTest::keyClicks(composer->subjectEdit(), subject);
    QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Hello Bob,"));
    QTest::keyClick(composer->bodyEdit(), Qt::Key_Return);
    QTest::keyClicks(composer->bodyEdit(), QStringLiteral("this went through the lab."));
    composer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(composer));
    QSignalSpy reported(m_session.get(), &Services::MailSession::sendReported);
    QTest::keyClick(composer->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!composer); // closed at once; the outbox does the rest
    QVERIFY(reported.wait(s_waitMs));
    const auto notice = reported.first().at(1).value<Services::SendNotice>();
    QVERIFY2(notice.delivered, qPrintable(notice.text));

    QString error;
    LabMailbox bob;
    QVERIFY2(bob.login(m_lab, s_recipient, &error), qPrintable(error));
    const QList<quint32> arrived = bob.waitFor(QStringLiteral("INBOX"), notice.messageId, 1);
    QCOMPARE(arrived.size(), 1);
    const Mime::ParsedMessage received
        = Mime::MessageParser::parse(bob.fetch(QStringLiteral("INBOX"), arrived.first()));
    QCOMPARE(received.subject, subject);
    QCOMPARE(received.from.first().email, s_sender + QLatin1Char('@') + m_lab.domain);
    QVERIFY2(received.displayText.contains(QLatin1String("Hello Bob,\nthis went through the lab.")),
        qPrintable(received.displayText));
    LabMailbox alice;
    QVERIFY2(alice.login(m_lab, s_sender, &error), qPrintable(error));
    QCOMPARE(alice.waitFor(QStringLiteral("Sent"), notice.messageId, 1).size(), 1);
}

void TestComposerLab::aDraftRoundTripsThroughImapDrafts()
{
    QPointer<Gui::ComposerWindow> composer = newComposer();
    QVERIFY(composer);
    const QString subject = QStringLiteral("Draft %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTest::keyClicks(composer->toEdit(), s_recipient + QLatin1Char('@') + m_lab.domain);
    QTest::keyClick(composer->toEdit(), Qt::Key_Escape);
    QTest::keyClicks(composer->subjectEdit(), subject);
    QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Not finished yet"));
    composer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(composer));
    QTest::keyClick(composer->bodyEdit(), Qt::Key_S, Qt::ControlModifier); // Save as Draft
    QVERIFY(composer->isDraftSaved());
    const QString messageId = composer->messageId();
    QTest::keyClicks(composer->bodyEdit(), QStringLiteral(", but nearly"));
    composer->close(); // saved again on close, replacing the first copy
    QTRY_VERIFY(!composer);

    QString error;
    LabMailbox alice;
    QVERIFY2(alice.login(m_lab, s_sender, &error), qPrintable(error));
    QList<quint32> copies;
    QTRY_VERIFY_WITH_TIMEOUT((copies = alice.find(QStringLiteral("Drafts"), messageId)).size() == 1
            && alice.fetch(QStringLiteral("Drafts"), copies.first()).contains("Not finished yet, but nearly"),
        s_waitMs);

    // Back from the server: a sync brings it into the cache's Drafts, Enter reopens it.
    QSignalSpy synced(m_session.get(), &Services::MailSession::syncFinished);
    m_session->sync(0);
    QVERIFY(synced.wait(s_waitMs));
    const auto drafts = Store::FolderStore(*m_session->database(0)).findByRole(Store::SpecialUse::Drafts);
    QVERIFY(drafts.ok() && drafts.value());
    QVERIFY(m_window->selectFolder(0, drafts.value()->id));
    Models::MessageListModel *list = m_window->messageListModel();
    int row = -1;
    QTRY_VERIFY((row = [&] {
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->index(i, Models::MessageListModel::SubjectColumn).data().toString() == subject) {
                return i;
            }
        }
        return -1;
    }()) >= 0);
    QSignalSpy opened(m_session.get(), &Services::MailSession::bodyFetched);
    Q_EMIT m_window->messageListView()->activated(list->index(row, Models::MessageListModel::SubjectColumn));
    if (m_window->composers().isEmpty()) {
        QVERIFY(opened.wait(s_waitMs)); // headers only in the cache: the body comes first
    }
    QTRY_COMPARE(m_window->composers().size(), 1);
    composer = m_window->composers().first();
    QCOMPARE(composer->subjectEdit()->text(), subject);
    QVERIFY(composer->bodyEdit()->toPlainText().startsWith(QLatin1String("Not finished yet, but nearly")));
    QCOMPARE(composer->messageId(), messageId);

    // Sent from there: delivered, and the draft leaves the server's Drafts.
    composer->setPrompter([](Gui::ComposerQuestion, const QString &) { return false; });
    QSignalSpy reported(m_session.get(), &Services::MailSession::sendReported);
    QVERIFY(composer->send());
    QVERIFY(reported.wait(s_waitMs));
    QVERIFY(reported.first().at(1).value<Services::SendNotice>().delivered);
    QCOMPARE(alice.waitFor(QStringLiteral("Drafts"), messageId, 0).size(), 0);
    LabMailbox bob;
    QVERIFY2(bob.login(m_lab, s_recipient, &error), qPrintable(error));
    QCOMPARE(bob.waitFor(QStringLiteral("INBOX"), messageId, 1).size(), 1);
}

QTEST_MAIN(TestComposerLab)
#include "tst_composerlab.moc"
