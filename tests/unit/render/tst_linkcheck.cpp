#include "render/linkcheck.h"

#include <QTest>

using Letterbox::Render::LinkCheck;

class TestLinkCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::newRow("www") << QStringLiteral("www.paypal.com") << QStringLiteral("paypal.com");
        QTest::newRow("suffix-trick") << QStringLiteral("paypal.com.evil.co.uk") << QStringLiteral("evil.co.uk");
        QTest::newRow("ip") << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2.1");
    }

    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QCOMPARE(LinkCheck::registrableDomain(host), domain);
    }

    void displayHostIsAce()
    {
        // QUrl's decoded host would show the Cyrillic look-alike as "paypal.com".
        QCOMPARE(LinkCheck::displayHost(QUrl(QStringLiteral("https://xn--pypal-4ve.com/"))),
            QStringLiteral("xn--pypal-4ve.com"));
        QCOMPARE(LinkCheck::displayHost(QUrl(QStringLiteral("https://p\u0430ypal.com/"))),
            QStringLiteral("xn--pypal-4ve.com"));
    }

    void otherHostNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("named");
        QTest::newRow("same") << QStringLiteral("www.example.com") << QStringLiteral("https://example.com/")
                              << QString();
        QTest::newRow("other") << QStringLiteral("www.example.com") << QStringLiteral("https://evil.example.net/")
                               << QStringLiteral("www.example.com");
        QTest::newRow("url-text") << QStringLiteral("https://bank.example.org/login")
                                  << QStringLiteral("http://192.0.2.7/") << QStringLiteral("bank.example.org");
        QTest::newRow("words") << QStringLiteral("Click here") << QStringLiteral("https://evil.example.net/")
                               << QString();
        QTest::newRow("no-tld") << QStringLiteral("e.g. see readme.txt, v1.2")
                                << QStringLiteral("https://evil.example.net/") << QString();
        QTest::newRow("address") << QStringLiteral("bob@example.com") << QStringLiteral("https://evil.example.net/")
                                 << QString();
        QTest::newRow("punctuation") << QStringLiteral("(paypal.com).") << QStringLiteral("https://evil.example.net/")
                                     << QStringLiteral("paypal.com");
        QTest::newRow("idn-text") << QStringLiteral("bücher.de") << QStringLiteral("https://xn--bcher-kva.de/x")
                                  << QString();
    }

    void otherHostNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, named);
        QCOMPARE(LinkCheck::otherHostNamed(text, QUrl(target)), named);
    }
};

QTEST_GUILESS_MAIN(TestLinkCheck)
#include "tst_linkcheck.moc"
