#include "accounts/autoconfigproposal.h"
#include "accounts/autoconfigxml.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Letterbox::Accounts;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA_DIR "/autoconfig/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll();
}

const QString s_alice = QStringLiteral("Alice.Smith@Example.org");

} // namespace

class TestAutoconfigXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryServerWithPlaceholdersFilled()
    {
        const AutoconfigParseResult result = AutoconfigXml::parse(fixture("provider-full.xml"), s_alice);
        QVERIFY2(result.document, qPrintable(result.error));
        const AutoconfigDocument &document = *result.document;
        QCOMPARE(document.providerId, QStringLiteral("example.org"));
        QCOMPARE(document.displayName, QStringLiteral("Example Mail"));
        QCOMPARE(document.domains, (QStringList {QStringLiteral("example.org"), QStringLiteral("example.net")}));
        QCOMPARE(document.incoming.size(), 3);
        QCOMPARE(document.outgoing.size(), 2);
        const AutoconfigServer &first = document.incoming.at(0);
        QVERIFY(first.type == AutoconfigServerType::Imap);
        QCOMPARE(first.host, QStringLiteral("imap.example.org")); // %EMAILDOMAIN%, lower-cased
        QCOMPARE(first.port, quint16(143));
        QVERIFY(first.security == Security::StartTls);
        QCOMPARE(first.user, s_alice); // %EMAILADDRESS% as typed
        const AutoconfigServer &second = document.incoming.at(1);
        QCOMPARE(second.host, QStringLiteral("imap.example.org"));
        QVERIFY(second.security == Security::Tls);
        QCOMPARE(second.user, QStringLiteral("Alice.Smith")); // %EMAILLOCALPART%
        QCOMPARE(second.authentication,
            (QStringList {QStringLiteral("password-encrypted"), QStringLiteral("password-cleartext")}));
        QVERIFY(document.incoming.at(2).type == AutoconfigServerType::Pop3);
        QCOMPARE(document.outgoing.at(1).port, quint16(465));
        QVERIFY(document.outgoing.at(1).type == AutoconfigServerType::Smtp);
    }

    // The never-weaker rule on a document: the SSL entries win though STARTTLS is listed first.
    void proposalTakesTheStrongestSecurity()
    {
        const AutoconfigParseResult result = AutoconfigXml::parse(fixture("provider-full.xml"), s_alice);
        QVERIFY(result.document);
        const std::optional<AutoconfigProposal> proposal = AutoconfigProposal::fromDocument(
            *result.document, s_alice, AutoconfigSource::ConfigServer, QStringLiteral("https://x"));
        QVERIFY(proposal);
        QVERIFY(proposal->incoming.type == AutoconfigServerType::Imap);
        QCOMPARE(proposal->incoming.port, quint16(993));
        QVERIFY(proposal->incoming.security == Security::Tls);
        QVERIFY(proposal->smtp);
        QCOMPARE(proposal->smtp->port, quint16(465));
        QVERIFY(proposal->smtp->security == Security::Tls);
        QVERIFY(!proposal->needsPlaintextConsent());
        QVERIFY(!proposal->accountAddArguments(QStringLiteral("work")).contains(QStringLiteral("--allow-plaintext")));
    }

    void securityBeatsProtocolOrder()
    {
        AutoconfigServer imapPlain {AutoconfigServerType::Imap, QStringLiteral("a"), 143, Security::None, {}, {}};
        AutoconfigServer popStartTls {AutoconfigServerType::Pop3, QStringLiteral("b"), 110, Security::StartTls, {}, {}};
        AutoconfigServer popTls {AutoconfigServerType::Pop3, QStringLiteral("c"), 995, Security::Tls, {}, {}};
        AutoconfigServer imapTls {AutoconfigServerType::Imap, QStringLiteral("d"), 993, Security::Tls, {}, {}};
        QCOMPARE(AutoconfigProposal::strongest({imapPlain, popStartTls})->host, QStringLiteral("b"));
        QCOMPARE(AutoconfigProposal::strongest({imapPlain, popTls, imapTls})->host, QStringLiteral("c"));
        QCOMPARE(AutoconfigProposal::strongest({imapTls, popTls})->host, QStringLiteral("d")); // ties: listed first
        QVERIFY(!AutoconfigProposal::strongest({}));
    }

    void plaintextNeedsConsent()
    {
        const AutoconfigParseResult result = AutoconfigXml::parse(fixture("plain-only.xml"), s_alice);
        QVERIFY2(result.document, qPrintable(result.error));
        std::optional<AutoconfigProposal> proposal = AutoconfigProposal::fromDocument(
            *result.document, s_alice, AutoconfigSource::WellKnown, QStringLiteral("https://x"));
        QVERIFY(proposal);
        QVERIFY(proposal->incoming.security == Security::None);
        QVERIFY(proposal->needsPlaintextConsent());
        proposal->addPlaintextWarnings();
        QCOMPARE(proposal->warnings.size(), 2);
        QVERIFY(proposal->warnings.first().contains(QStringLiteral("mail.old.example:110")));
        QVERIFY(proposal->accountAddArguments(QStringLiteral("old")).contains(QStringLiteral("--allow-plaintext")));
        QCOMPARE(proposal->toJson().value(QStringLiteral("plaintext")).toBool(), true);
    }

    void skipsWhatItCannotUse()
    {
        const AutoconfigParseResult result = AutoconfigXml::parse(fixture("unusable-servers.xml"), s_alice);
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(QStringLiteral("no IMAP or POP3")), qPrintable(result.error));
    }

    void refusesHostileDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        QTest::newRow("billion-laughs") << fixture("billion-laughs.xml") << QStringLiteral("DOCTYPE");
        QTest::newRow("external-entity") << fixture("external-entity.xml") << QStringLiteral("DOCTYPE");
        QTest::newRow("deep-nesting") << fixture("deep-nesting.xml") << QStringLiteral("nested");
        QTest::newRow("truncated") << fixture("truncated.xml") << QString();
        QTest::newRow("html-page") << fixture("not-autoconfig.html") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe<\x01", 5) << QString();
        QByteArray huge = fixture("provider-full.xml");
        huge.insert(huge.indexOf("<clientConfig"), QByteArray(AutoconfigXml::MaxDocumentSize, ' '));
        QTest::newRow("too-large") << huge << QStringLiteral("KiB");
        QByteArray manyServers = "<clientConfig><emailProvider id=\"m\">";
        for (int i = 0; i <= AutoconfigXml::MaxServers; ++i) {
            manyServers += "<incomingServer type=\"imap\"><hostname>h</hostname><port>993</port>"
                           "<socketType>SSL</socketType></incomingServer>";
        }
        manyServers += "</emailProvider></clientConfig>";
        QTest::newRow("too-many-servers") << manyServers << QStringLiteral("more than");
        QByteArray longText = "<clientConfig><emailProvider id=\"m\"><displayName>";
        longText += QByteArray(AutoconfigXml::MaxTextLength + 1, 'x');
        longText += "</displayName></emailProvider></clientConfig>";
        QTest::newRow("long-text") << longText << QStringLiteral("longer");
    }

    void refusesHostileDocuments()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        const AutoconfigParseResult result = AutoconfigXml::parse(xml, s_alice);
        QVERIFY(!result.document);
        QVERIFY(!result.error.isEmpty());
        if (!reason.isEmpty()) {
            QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        }
        // Nothing of an entity may leak into the message.
        QVERIFY(!result.error.contains(QStringLiteral("root:")));
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("plain");
        QTest::newRow("simple") << QStringLiteral("imap.example.org") << true;
        QTest::newRow("ace") << QStringLiteral("xn--bcher-kva.example") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("empty-label") << QStringLiteral("imap..example") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("leading-hyphen") << QStringLiteral("-a.example") << false;
        QTest::newRow("long-label") << (QString(64, QLatin1Char('a')) + QStringLiteral(".example")) << false;
        QTest::newRow("ip-literal-is-a-name") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("non-ascii") << QStringLiteral("b\u00fccher.example") << false;
    }

    void hostNames()
    {
        QFETCH(QString, host);
        QFETCH(bool, plain);
        QCOMPARE(AutoconfigXml::isPlainHostName(host), plain);
    }

    void jsonShape()
    {
        const AutoconfigParseResult result = AutoconfigXml::parse(fixture("provider-full.xml"), s_alice);
        QVERIFY(result.document);
        std::optional<AutoconfigProposal> proposal = AutoconfigProposal::fromDocument(*result.document, s_alice,
            AutoconfigSource::ConfigServer, QStringLiteral("https://autoconfig.example.org/mail/config-v1.1.xml"));
        QVERIFY(proposal);
        proposal->attempts.append({AutoconfigSource::ConfigServer, proposal->sourceDetail, true, QStringLiteral("ok")});
        const QJsonObject json = proposal->toJson();
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("autoconfig"));
        QCOMPARE(json.value(QStringLiteral("email")).toString(), s_alice);
        const QJsonObject incoming = json.value(QStringLiteral("incoming")).toObject();
        QCOMPARE(incoming.value(QStringLiteral("type")).toString(), QStringLiteral("imap"));
        QCOMPARE(incoming.value(QStringLiteral("port")).toInt(), 993);
        QCOMPARE(incoming.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(json.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(json.value(QStringLiteral("tried")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("plaintext")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigXml)
#include "tst_autoconfigxml.moc"
