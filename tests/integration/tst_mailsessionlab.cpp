// The window's MailSession against the lab's real Dovecot (user heidi): the first sync on
// the engine thread fills the GUI thread's cache, IDLE brings a flag set by a second
// session, an action is replayed to the server at once, and an action taken offline goes
// to the server when the session is online again.
#include "labenvironment.h"
#include "lineclient.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "services/session/mailsession.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

namespace {

const QString s_user = QStringLiteral("heidi");
constexpr int s_syncWaitMs = 60000;

} // namespace

class TestMailSessionLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSyncFillsTheWindowsCacheAndIdleStarts();
    void aFlagFromAnotherClientArrivesThroughIdle();
    void anActionReachesTheServerAtOnce();
    void searchOnServerBringsBackWhatTheCacheLacks();
    void anOfflineActionWaitsUntilOnline();

private:
    void openSession(bool offline);
    [[nodiscard]] std::optional<Store::MessageRecord> inboxMessage(int position);
    [[nodiscard]] QByteArray serverFlags(quint32 uid);
    QByteArray command(const QByteArray &command);

    LabEnvironment m_lab;
    QTemporaryDir m_directory;
    std::unique_ptr<Accounts::Profile> m_profile;
    std::unique_ptr<Services::MailSession> m_session;
    std::unique_ptr<LineClient> m_second;
    int m_tag = 0;
};

void TestMailSessionLab::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    m_profile = std::make_unique<Accounts::Profile>(Accounts::Profile::atDirectory(m_directory.path()));
    QVERIFY(m_profile->ensureExists(&error));

    Accounts::Account account;
    account.name = QStringLiteral("heidi");
    account.email = s_user + QLatin1Char('@') + m_lab.domain;
    account.protocol = Accounts::IncomingProtocol::Imap;
    account.incoming = {m_lab.host, m_lab.port(QStringLiteral("imaps")), Accounts::Security::Tls, s_user, {}};
    account.smtp = {m_lab.host, m_lab.port(QStringLiteral("submissions")), Accounts::Security::Tls, s_user, {}};
    account.passwordSource = Accounts::PasswordSource::Command;
    account.passwordCommand = QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(s_user));
    account.caFile = m_lab.caFile;
    const Accounts::AccountResult added = Accounts::AccountStore(*m_profile).add(account);
    QVERIFY2(added.ok(), qPrintable(added.message));

    m_second = std::make_unique<LineClient>(m_lab.caCertificates());
    QVERIFY(m_second->connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps"))));
    m_second->readLine();
    QVERIFY(command("LOGIN " + s_user.toUtf8() + " \"" + m_lab.password(s_user).toUtf8() + '"').contains(" OK"));
    command("SELECT INBOX");
    // A run may have left flags behind: start from a known state.
    command("UID STORE 1:* -FLAGS.SILENT (\\Flagged)");
}

void TestMailSessionLab::openSession(bool offline)
{
    m_session = std::make_unique<Services::MailSession>();
    m_session->setOffline(offline);
    Services::MailSessionOptions options;
    options.checkIntervalMs = 0;
    QStringList errors;
    m_session->open(*m_profile, options, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
    QCOMPARE(m_session->accountCount(), 1);
}

std::optional<Store::MessageRecord> TestMailSessionLab::inboxMessage(int position)
{
    Store::Database *database = m_session->database(0);
    const auto inbox = Store::FolderStore(*database).findByRole(Store::SpecialUse::Inbox);
    if (!inbox.ok() || !inbox.value()) {
        return {};
    }
    const auto ids
        = Store::MessageQuery(*database).orderedIds(inbox.value()->id, Store::SortKey::Date, Qt::AscendingOrder);
    if (!ids.ok() || ids.value().size() <= position) {
        return {};
    }
    const auto record = Store::MessageQuery(*database).record(ids.value().at(position));
    return record.ok() ? record.value() : std::nullopt;
}

QByteArray TestMailSessionLab::serverFlags(quint32 uid)
{
    return command("UID FETCH " + QByteArray::number(uid) + " (FLAGS)");
}

QByteArray TestMailSessionLab::command(const QByteArray &command)
{
    QByteArray all;
    for (const QByteArray &line : m_second->imapCommand('t' + QByteArray::number(++m_tag), command)) {
        all += line + '\n';
    }
    return all;
}

void TestMailSessionLab::firstSyncFillsTheWindowsCacheAndIdleStarts()
{
    openSession(false);
    QSignalSpy finished(m_session.get(), &Services::MailSession::syncFinished);
    QVERIFY(finished.wait(s_syncWaitMs));
    QCOMPARE(finished.first().at(1).toBool(), true);
    // The engine thread wrote; the GUI thread's Database reads it.
    QVERIFY(inboxMessage(0).has_value());
    QVERIFY(m_session->activity(0).lastSync.isValid());
    QVERIFY(m_session->activity(0).lastError.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->activity(0).pushActive, s_syncWaitMs);
}

void TestMailSessionLab::aFlagFromAnotherClientArrivesThroughIdle()
{
    const std::optional<Store::MessageRecord> second = inboxMessage(1);
    QVERIFY(second);
    QVERIFY(!second->flags.testFlag(Store::MessageFlag::Flagged));
    command("UID STORE " + QByteArray::number(second->uid.value_or(0)) + " +FLAGS.SILENT (\\Flagged)");
    // No sync was asked for: IDLE told the watcher, which resynced the Inbox.
    QTRY_VERIFY_WITH_TIMEOUT(inboxMessage(1)->flags.testFlag(Store::MessageFlag::Flagged), s_syncWaitMs);
}

void TestMailSessionLab::anActionReachesTheServerAtOnce()
{
    const std::optional<Store::MessageRecord> first = inboxMessage(0);
    QVERIFY(first);
    const auto done = m_session->setFlag(0, {first->id}, Store::MessageFlag::Flagged, true);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QVERIFY(inboxMessage(0)->flags.testFlag(Store::MessageFlag::Flagged)); // shown before the server knows
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(first->uid.value_or(0)).contains("\\Flagged"), s_syncWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->activity(0).pendingChanges, qint64(0), s_syncWaitMs);
}

void TestMailSessionLab::searchOnServerBringsBackWhatTheCacheLacks()
{
    // A row the cache lacks (as a sync window leaves out): the server still has it.
    const std::optional<Store::MessageRecord> last = inboxMessage(3);
    QVERIFY(last && last->uid);
    Store::Database *database = m_session->database(0);
    QVERIFY(Store::MessageStore(*database).remove({last->id}).ok());
    const QString word = last->subject.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
    QVERIFY(!word.isEmpty());

    QSignalSpy found(m_session.get(), &Services::MailSession::serverSearchFinished);
    const quint64 request = m_session->searchOnServer(0, last->folderId, word);
    QVERIFY(request != 0);
    QVERIFY(found.wait(s_syncWaitMs));
    const QList<QVariant> answer = found.first();
    QCOMPARE(answer.at(1).toULongLong(), request);
    QVERIFY2(answer.at(4).toString().isEmpty(), qPrintable(answer.at(4).toString()));
    QCOMPARE(answer.at(3).toInt(), 0); // every hit is a row
    const QList<qint64> ids = answer.at(2).value<QList<qint64>>();
    const auto rows = Store::MessageQuery(*database).records(ids);
    QVERIFY(rows.ok());
    QVERIFY(std::any_of(rows.value().cbegin(), rows.value().cend(),
        [&](const Store::MessageRecord &row) { return row.uid == last->uid && row.subject == last->subject; }));
}

void TestMailSessionLab::anOfflineActionWaitsUntilOnline()
{
    m_session.reset();
    openSession(true);
    {
        // Offline, the server is not asked, and the window is told so.
        QSignalSpy found(m_session.get(), &Services::MailSession::serverSearchFinished);
        const auto inbox = Store::FolderStore(*m_session->database(0)).findByRole(Store::SpecialUse::Inbox);
        QVERIFY(inbox.ok() && inbox.value());
        QVERIFY(m_session->searchOnServer(0, inbox.value()->id, QStringLiteral("anything")) != 0);
        QVERIFY(found.wait(10000));
        QVERIFY(found.first().at(4).toString().contains(QStringLiteral("offline")));
    }
    const std::optional<Store::MessageRecord> third = inboxMessage(2);
    QVERIFY(third);
    QVERIFY(m_session->setFlag(0, {third->id}, Store::MessageFlag::Flagged, true).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->activity(0).pendingChanges, qint64(1), 10000);
    QTest::qWait(500);
    QVERIFY(!serverFlags(third->uid.value_or(0)).contains("\\Flagged"));

    QSignalSpy finished(m_session.get(), &Services::MailSession::syncFinished);
    m_session->setOffline(false);
    QVERIFY(finished.wait(s_syncWaitMs));
    QVERIFY(serverFlags(third->uid.value_or(0)).contains("\\Flagged"));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->activity(0).pendingChanges, qint64(0), 10000);
    m_session.reset(); // stops the engine thread and logs out
    command("UID STORE 1:* -FLAGS.SILENT (\\Flagged)");
    command("LOGOUT");
}

QTEST_GUILESS_MAIN(TestMailSessionLab)
#include "tst_mailsessionlab.moc"
