// The certificate dialog and what its answers do, against a scripted TLS server
// (FakeServer, implicit TLS on 127.0.0.1): the window shows a refused certificate with
// subject, issuer, fingerprint, validity and the problems in plain words; "Always"
// pins it in the account's settings and the next connection gets through; a pinned
// certificate that changes is refused with the loud warning and stays refused (Cancel,
// and again on the next try) until the person decides; "Once" lets it through without
// writing it down.
#include "fakeserver.h"
#include "testcertificates.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "gui/certificatedialog.h"
#include "gui/mainwindow.h"
#include "services/session/mailsession.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Gui::CertificateDialog;

namespace {

constexpr int s_waitMs = 20'000;

QByteArray sha256Of(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QString formatted(const QByteArray &sha256)
{
    QStringList pairs;
    for (const char byte : sha256) {
        pairs.append(QStringLiteral("%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper());
    }
    return pairs.join(QLatin1Char(':'));
}

} // namespace

class TestCertificateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheCertificateInPlainWords();
    void aChangedPinIsLoudAndCancelIsTheDefault();
    void alwaysPinsAndAChangedCertificateStaysRefused();

private:
    /// The dialog the window shows for the certificate @p sha256, once it is there.
    CertificateDialog *dialogFor(Gui::MainWindow &window, const QByteArray &sha256);
    QByteArray storedPin(const Accounts::Profile &profile);
};

void TestCertificateDialog::initTestCase()
{
    QVERIFY(!TestCertificates::stranger().isNull());
    QVERIFY(!TestCertificates::server().isNull());
}

CertificateDialog *TestCertificateDialog::dialogFor(Gui::MainWindow &window, const QByteArray &sha256)
{
    CertificateDialog *found = nullptr;
    const auto look = [&] {
        for (CertificateDialog *dialog : window.findChildren<CertificateDialog *>()) {
            if (dialog->isVisible() && dialog->refusal().certificate.sha256 == sha256) {
                found = dialog;
            }
        }
        return found != nullptr;
    };
    (void)QTest::qWaitFor(look, s_waitMs); // a null answer is the failure the caller checks
    return found;
}

QByteArray TestCertificateDialog::storedPin(const Accounts::Profile &profile)
{
    Accounts::Account account;
    if (!Accounts::AccountStore(profile).load(QStringLiteral("ann"), &account).ok()) {
        return "unreadable";
    }
    return account.incoming.pinnedCertificate;
}

void TestCertificateDialog::showsTheCertificateInPlainWords()
{
    const QSslCertificate stranger = TestCertificates::stranger().certificate;
    Services::CertificateRefusal refusal;
    refusal.account = QStringLiteral("ann");
    refusal.host = QStringLiteral("mail.example.org");
    refusal.port = 993;
    refusal.certificate.subject = stranger.subjectDisplayName();
    refusal.certificate.issuer = QStringLiteral("O=Somebody Else, CN=localhost");
    refusal.certificate.sha256 = sha256Of(stranger);
    refusal.certificate.fingerprint = formatted(refusal.certificate.sha256);
    refusal.certificate.notBefore = stranger.effectiveDate();
    refusal.certificate.notAfter = stranger.expiryDate();
    refusal.certificate.plainErrors = Services::CertificateWords::plainProblems(
        {QSslError::SelfSignedCertificate, QSslError::HostNameMismatch, QSslError::CertificateExpired}, {});
    CertificateDialog dialog(refusal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString text = dialog.detailsText();
    QVERIFY2(text.contains(QLatin1String("mail.example.org:993")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Somebody Else")));
    QVERIFY(text.contains(refusal.certificate.fingerprint));
    QVERIFY(text.contains(QLocale().toString(stranger.expiryDate().toLocalTime(), QLocale::LongFormat)));
    QVERIFY(text.contains(QLatin1String("self-signed")));
    QVERIFY(text.contains(QLatin1String("another server name")));
    QVERIFY(text.contains(QLatin1String("expired")));
    QVERIFY(!dialog.changedWarning()->isVisible());
    dialog.acceptOnceButton()->click();
    QCOMPARE(int(dialog.decision()), int(CertificateDialog::Decision::AcceptOnce));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestCertificateDialog::aChangedPinIsLoudAndCancelIsTheDefault()
{
    Services::CertificateRefusal refusal;
    refusal.account = QStringLiteral("ann");
    refusal.host = QStringLiteral("mail.example.org");
    refusal.port = 993;
    refusal.certificate.sha256 = QByteArray(32, '\x02');
    refusal.certificate.fingerprint = formatted(refusal.certificate.sha256);
    refusal.pinnedSha256 = QByteArray(32, '\x01');
    CertificateDialog dialog(refusal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.changedWarning()->isVisible());
    QVERIFY(dialog.changedWarning()->text().contains(QLatin1String("CHANGED")));
    QVERIFY(dialog.changedWarning()->text().contains(formatted(refusal.pinnedSha256)));
    QVERIFY(dialog.cancelButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(int(dialog.decision()), int(CertificateDialog::Decision::Cancel));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestCertificateDialog::alwaysPinsAndAChangedCertificateStaysRefused()
{
    FakeServer server;
    server.setImplicitTls(true);
    server.setIdentity(TestCertificates::stranger());
    server.send("* OK fake IMAP\r\n").close();
    QVERIFY(server.start());

    QTemporaryDir directory;
    const Accounts::Profile profile = Accounts::Profile::atDirectory(directory.path());
    QString error;
    QVERIFY(profile.ensureExists(&error));
    Accounts::Account account;
    account.name = QStringLiteral("ann");
    account.email = QStringLiteral("ann@example.org");
    account.incoming = {QStringLiteral("127.0.0.1"), server.port(), Accounts::Security::Tls, QStringLiteral("ann"), {}};
    account.smtp = account.incoming;
    account.passwordSource = Accounts::PasswordSource::Command;
    account.passwordCommand = QStringLiteral("echo secret");
    QVERIFY(Accounts::AccountStore(profile).add(account).ok());

    Services::MailSession session;
    QStringList errors;
    session.open(profile, Services::MailSessionOptions::manualOnly(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
    Gui::MainWindow window(&session, profile.configDirectory());
    window.show();
    QSignalSpy refused(&session, &Services::MailSession::certificateRefused);

    // 1. Untrusted: shown, nothing passes the handshake, "Always" pins it.
    const QByteArray strangerSha = sha256Of(TestCertificates::stranger().certificate);
    session.sync(0);
    CertificateDialog *first = dialogFor(window, strangerSha);
    QVERIFY(first);
    QVERIFY(!first->refusal().pinChanged());
    QVERIFY(!first->changedWarning()->isVisible());
    QVERIFY(first->detailsText().contains(formatted(strangerSha)));
    QVERIFY(!server.isHandshakeDone());
    QCOMPARE(storedPin(profile), QByteArray());
    first->acceptAlwaysButton()->click();
    QCOMPARE(storedPin(profile), strangerSha);
    // The session tries again at once, with the pin: through TLS, to the greeting.
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 2 && server.isHandshakeDone(), s_waitMs);

    // 2. The server now shows another certificate: refused, loudly, and the pin holds.
    server.setIdentity(TestCertificates::server());
    const QByteArray otherSha = sha256Of(TestCertificates::server().certificate);
    const int before = server.connectionCount();
    session.sync(0);
    CertificateDialog *changed = dialogFor(window, otherSha);
    QVERIFY(changed);
    QVERIFY(changed->refusal().pinChanged());
    QCOMPARE(changed->refusal().pinnedSha256, strangerSha);
    QVERIFY(changed->changedWarning()->isVisible());
    QVERIFY(changed->changedWarning()->text().contains(QLatin1String("CHANGED")));
    QVERIFY(server.connectionCount() > before);
    QVERIFY(!server.isHandshakeDone());
    changed->cancelButton()->click();
    QCOMPARE(storedPin(profile), strangerSha);

    // 3. Still refused on the next try, and asked again, until the person decides.
    const int afterCancel = server.connectionCount();
    session.sync(0);
    CertificateDialog *again = dialogFor(window, otherSha);
    QVERIFY(again);
    QVERIFY(again->changedWarning()->isVisible());
    QVERIFY(server.connectionCount() > afterCancel);
    QVERIFY(!server.isHandshakeDone());

    // 4. "Once": through for this run, never written down.
    const int beforeOnce = server.connectionCount();
    again->acceptOnceButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() > beforeOnce && server.isHandshakeDone(), s_waitMs);
    QCOMPARE(storedPin(profile), strangerSha);
    QVERIFY(refused.size() >= 3);
}

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
