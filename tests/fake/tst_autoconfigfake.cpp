// The autoconfig look-ups against servers that misbehave in ways no real server does on
// request: silence, an oversized document, a greeting in the wrong protocol, an
// endless capability listing. Each must end in bounded time with a plain reason and
// never count as an answer.
#include "fakeserver.h"
#include "testcertificates.h"

#include "services/autoconfig/configfetcher.h"
#include "services/autoconfig/serverprobe.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Letterbox;
using Accounts::AutoconfigServerType;
using Accounts::Security;
using Services::AutoconfigOptions;
using Services::ConfigFetcher;
using Services::ServerProbe;

namespace {

constexpr int s_waitMs = 15'000;

// A server that stays silent is given up on quickly. One that answers gets its time:
// under a sanitizer build in a parallel CI run a TLS handshake and a 300 KiB document
// have taken more than a second.
constexpr int s_silenceMs = 1000;
constexpr int s_answerMs = 8000;

AutoconfigOptions quickOptions(int timeoutMs = s_answerMs)
{
    AutoconfigOptions options;
    options.extraCaCertificates = {TestCertificates::ca()};
    options.sourceTimeoutMs = timeoutMs;
    options.probeTimeoutMs = timeoutMs;
    return options;
}

QUrl documentUrl(quint16 port)
{
    return QUrl(QStringLiteral("https://localhost:%1/mail/config-v1.1.xml").arg(port));
}

} // namespace

class TestAutoconfigFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchOfASilentServerTimesOut()
    {
        FakeServer server;
        server.setImplicitTls(true);
        server.expectMatch(QRegularExpression(QStringLiteral("^GET ")), s_waitMs).sleep(s_waitMs);
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        ConfigFetcher fetcher(&manager, quickOptions(s_silenceMs));
        QSignalSpy finished(&fetcher, &ConfigFetcher::finished);
        QElapsedTimer clock;
        clock.start();
        fetcher.fetch(documentUrl(server.port()));
        QVERIFY(finished.wait(s_waitMs));
        QVERIFY(!fetcher.succeeded());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(fetcher.body().isEmpty());
    }

    void fetchRefusesAnOversizedDocument()
    {
        FakeServer server;
        server.setImplicitTls(true);
        const QByteArray body(300 * 1024, 'x');
        server.expectMatch(QRegularExpression(QStringLiteral("^GET ")))
            .send("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n" + body)
            .close();
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        ConfigFetcher fetcher(&manager, quickOptions());
        QSignalSpy finished(&fetcher, &ConfigFetcher::finished);
        fetcher.fetch(documentUrl(server.port()));
        QVERIFY(finished.wait(s_waitMs));
        QVERIFY(!fetcher.succeeded());
        QVERIFY2(fetcher.errorString().contains(QStringLiteral("KiB")), qPrintable(fetcher.errorString()));
        QVERIFY(fetcher.body().isEmpty());
    }

    void fetchRefusesPlainHttp()
    {
        QNetworkAccessManager manager;
        ConfigFetcher fetcher(&manager, quickOptions());
        QSignalSpy finished(&fetcher, &ConfigFetcher::finished);
        fetcher.fetch(QUrl(QStringLiteral("http://localhost/mail/config-v1.1.xml")));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!fetcher.succeeded());
    }

    void fetchRefusesAnUntrustedCertificate()
    {
        FakeServer server;
        server.setImplicitTls(true);
        server.setIdentity(TestCertificates::stranger());
        server.expectMatch(QRegularExpression(QStringLiteral("^GET ")))
            .send("HTTP/1.0 200 OK\r\n\r\n<clientConfig/>")
            .close();
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        ConfigFetcher fetcher(&manager, quickOptions());
        QSignalSpy finished(&fetcher, &ConfigFetcher::finished);
        fetcher.fetch(documentUrl(server.port()));
        QVERIFY(finished.wait(s_waitMs));
        QVERIFY(!fetcher.succeeded());
        QVERIFY(server.received().isEmpty()); // the request never left
    }

    void probe_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QString>("reason");
        QTest::newRow("silent-imap") << int(AutoconfigServerType::Imap) << QByteArray() << QStringLiteral("within");
        QTest::newRow("http-as-imap") << int(AutoconfigServerType::Imap) << QByteArray("HTTP/1.0 400 Bad\r\n\r\n")
                                      << QStringLiteral("does not speak IMAP");
        QTest::newRow("imap-bye") << int(AutoconfigServerType::Imap) << QByteArray("* BYE go away\r\n")
                                  << QStringLiteral("refusal");
        QTest::newRow("smtp-as-pop3") << int(AutoconfigServerType::Pop3) << QByteArray("220 smtp ready\r\n")
                                      << QStringLiteral("does not speak POP3");
        QTest::newRow("smtp-554") << int(AutoconfigServerType::Smtp) << QByteArray("554 no service\r\n")
                                  << QStringLiteral("554");
        QTest::newRow("endless-ehlo")
            << int(AutoconfigServerType::Smtp) << QByteArray("220 hi\r\n") + QByteArray("250-X\r\n").repeated(20000)
            << QStringLiteral("more than|does not speak SMTP"); // bytes or lines: whichever limit comes first
    }

    void probe()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, greeting);
        QFETCH(QString, reason);
        FakeServer server;
        if (!greeting.isEmpty()) {
            server.send(greeting);
        }
        server.sleep(s_waitMs);
        QVERIFY(server.start());
        ServerProbe probe(AutoconfigServerType(type), QStringLiteral("localhost"), server.port(), Security::None,
            quickOptions(greeting.isEmpty() ? s_silenceMs : s_answerMs));
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start();
        QVERIFY(finished.wait(s_waitMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!probe.result().answered);
        QVERIFY2(probe.result().error.contains(QRegularExpression(reason)), qPrintable(probe.result().error));
        // Nothing but the capability question may have been sent: no login, no secret.
        QVERIFY2(!server.received().contains("LOGIN") && !server.received().contains("AUTH")
                && !server.received().contains("USER"),
            server.received().constData());
    }

    void probeSeesStartTlsAndSendsNoSecret()
    {
        FakeServer server;
        server.send("* OK IMAP ready\r\n")
            .expect("A1 CAPABILITY")
            .send("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\nA1 OK done\r\n")
            .expect("A2 LOGOUT")
            .send("* BYE\r\nA2 OK bye\r\n")
            .close();
        QVERIFY(server.start());
        ServerProbe probe(
            AutoconfigServerType::Imap, QStringLiteral("localhost"), server.port(), Security::None, quickOptions());
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start();
        QVERIFY(finished.wait(s_waitMs));
        QVERIFY2(probe.result().answered, qPrintable(probe.result().error));
        QVERIFY(probe.result().offered == Security::StartTls);
        QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), s_waitMs);
        QCOMPARE(server.failure(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigFake)
#include "tst_autoconfigfake.moc"
