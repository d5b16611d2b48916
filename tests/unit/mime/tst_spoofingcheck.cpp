#include "mime/spoofingcheck.h"

#include <QTest>

using namespace Letterbox::Mime;

class TestSpoofingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayNameWithOtherAddress_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("warns");
        QTest::newRow("plain-name") << QStringLiteral("Bank Support") << QStringLiteral("support@bank.example")
                                    << false;
        QTest::newRow("name-is-the-same-address")
            << QStringLiteral("Support@Bank.example") << QStringLiteral("support@bank.example") << false;
        QTest::newRow("name-is-another-address")
            << QStringLiteral("support@bank.example") << QStringLiteral("attacker@evil.example") << true;
        QTest::newRow("address-inside-longer-name")
            << QStringLiteral("Bank (support@bank.example)") << QStringLiteral("attacker@evil.example") << true;
        QTest::newRow("fullwidth-at-sign")
            << QStringLiteral("service＠bank.example") << QStringLiteral("bulk@evil.example") << true;
        QTest::newRow("at-without-domain-dot")
            << QStringLiteral("Team @ home") << QStringLiteral("t@example.org") << false;
        QTest::newRow("empty-name") << QString() << QStringLiteral("a@example.org") << false;
    }

    void displayNameWithOtherAddress()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(bool, warns);
        const QStringList warnings = SpoofingCheck::checkAddress({name, email}, QStringLiteral("From"));
        QCOMPARE(!warnings.isEmpty(), warns);
        if (warns) {
            QVERIFY2(warnings.first().contains(email), qPrintable(warnings.first()));
        }
    }

    void encodedTextInAddress()
    {
        const QStringList warnings = SpoofingCheck::checkAddress(
            {QString(), QStringLiteral("=?utf-8?b?cG90dXM=?=@mailsploit.example")}, QStringLiteral("From"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("encoded text")));
    }

    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("addressField");
        QTest::addColumn<bool>("control");
        QTest::addColumn<bool>("structure");
        QTest::newRow("harmless") << QByteArray("=?utf-8?q?J=C3=BCrgen?= <j@example.de>") << true << false << false;
        QTest::newRow("nul-in-b-word") << QByteArray("=?utf-8?b?c3VwcG9ydEBiYW5rLmV4YW1wbGUA?= <a@evil.example>")
                                       << true << true << true;
        QTest::newRow("crlf-in-q-word") << QByteArray("=?utf-8?q?Bank=0D=0AReply-To:_x?= <a@evil.example>") << true
                                        << true << false;
        QTest::newRow("rlo-in-subject") << QByteArray("=?utf-8?b?VXJnZW504oCuZ25wLmV4ZQ==?=") << false << true << false;
        QTest::newRow("angle-brackets-in-name")
            << QByteArray("=?utf-8?q?a=3Cb=3E?= <a@evil.example>") << true << false << true;
        QTest::newRow("at-sign-in-subject-is-fine")
            << QByteArray("=?utf-8?q?mail_me_at_a=40b.example?=") << false << false << false;
        QTest::newRow("language-suffix") << QByteArray("=?utf-8*en?q?hi=00?=") << false << true << false;
        QTest::newRow("latin1-c1-control") << QByteArray("=?iso-8859-15?q?a=85b?=") << false << true << false;
        QTest::newRow("unterminated-word") << QByteArray("=?utf-8?b?AAAA") << true << false << false;
    }

    void encodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, addressField);
        QFETCH(bool, control);
        QFETCH(bool, structure);
        const QStringList warnings = SpoofingCheck::checkEncodedWords(QStringLiteral("From"), raw, addressField);
        bool sawControl = false;
        bool sawStructure = false;
        for (const QString &warning : warnings) {
            sawControl = sawControl || warning.contains(QLatin1String("control characters"));
            sawStructure = sawStructure || warning.contains(QLatin1String("address characters"));
        }
        QCOMPARE(sawControl, control);
        QCOMPARE(sawStructure, structure);
    }

    void rawCharacters_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("warns");
        QTest::newRow("folding-is-fine") << QByteArray(" a\r\n\tb") << false;
        QTest::newRow("utf8-is-fine") << QStringLiteral("Grüße").toUtf8() << false;
        QTest::newRow("bare-cr") << QByteArray("a\rb") << true;
        QTest::newRow("escape") << QByteArray("a\x1b[31mb") << true;
        QTest::newRow("raw-rlo") << QByteArray("invoice\xE2\x80\xAE"
                                               "fdp.exe")
                                 << true;
        QTest::newRow("raw-c1") << QByteArray("a\xC2\x85"
                                              "b")
                                << true;
        QTest::newRow("replaced-nul") << QByteArray("a\xEF\xBF\xBD"
                                                    "b")
                                      << true;
    }

    void rawCharacters()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, warns);
        QCOMPARE(!SpoofingCheck::checkRawCharacters(QStringLiteral("Subject"), raw).isEmpty(), warns);
    }

    void cleanDisplayString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Hello");
        QTest::newRow("newlines-become-spaces") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a  b c");
        QTest::newRow("nul-becomes-replacement")
            << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a\uFFFDb");
        QTest::newRow("escape-becomes-replacement") << QStringLiteral("a\x1b") << QStringLiteral("a\uFFFD");
        QTest::newRow("c1-becomes-replacement") << QStringLiteral("a\u0085") << QStringLiteral("a\uFFFD");
        QTest::newRow("overrides-removed") << QStringLiteral("a\u202Eb\u2066c\u2069") << QStringLiteral("abc");
        QTest::newRow("rtl-marks-kept") << QStringLiteral("\u05E9\u200F") << QStringLiteral("\u05E9\u200F");
        QTest::newRow("emoji-zwj-kept") << QStringLiteral("👩\u200D💻") << QStringLiteral("👩\u200D💻");
        QTest::newRow("line-separator") << QStringLiteral("a\u2028b") << QStringLiteral("a b");
    }

    void cleanDisplayString()
    {
        QFETCH(QString, text);
        QFETCH(QString, clean);
        QCOMPARE(SpoofingCheck::cleanDisplayString(text), clean);
    }

    void checkCombinesEverything()
    {
        ParsedMessage message;
        message.headers = {
            {QStringLiteral("From"), QStringLiteral("x"), "=?utf-8?b?c3VwcG9ydEBiYW5rLmV4YW1wbGUA?= <a@evil.example>"}};
        message.from = {{QStringLiteral("support@bank.example"), QStringLiteral("a@evil.example")}};
        message.replyTo = {{QStringLiteral("help@bank.example"), QStringLiteral("b@evil.example")}};
        QStringList warnings = SpoofingCheck::check(message);
        QVERIFY(warnings.size() >= 4);
        QCOMPARE(warnings.removeDuplicates(), 0);
        QVERIFY(warnings.filter(QLatin1String("Reply-To")).size() == 1);
    }

    void severalSendersWithoutSender()
    {
        ParsedMessage message;
        message.from = {{QString(), QStringLiteral("a@example.org")}, {QString(), QStringLiteral("b@example.org")}};
        QVERIFY(!SpoofingCheck::check(message).filter(QLatin1String("senders")).isEmpty());
        message.sender = {{QString(), QStringLiteral("a@example.org")}};
        QVERIFY(SpoofingCheck::check(message).filter(QLatin1String("senders")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpoofingCheck)
#include "tst_spoofingcheck.moc"
