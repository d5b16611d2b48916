#include "mime/headerdecoding.h"
#include "mime/mimelimits.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Letterbox::Mime;

Q_DECLARE_METATYPE(Letterbox::Mime::AddressList)

namespace {

// A hang guard, not a benchmark: quadratic behaviour on these inputs takes minutes.
constexpr qint64 s_hangGuardMs = 10000;

} // namespace

class TestHeaderDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unfold()
    {
        QCOMPARE(unfoldHeader(" a\r\n b\n\tc \r\n"), QByteArray("a b\tc"));
        QCOMPARE(unfoldHeader(""), QByteArray());
    }

    void decodeText_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray(" Hello world") << QStringLiteral("Hello world");
        QTest::newRow("folded") << QByteArray(" Hello\r\n world") << QStringLiteral("Hello world");
        QTest::newRow("q-latin1") << QByteArray("=?ISO-8859-1?Q?Caf=E9_cr=E8me?=") << QStringLiteral("Café crème");
        QTest::newRow("b-utf8-emoji") << QByteArray("=?UTF-8?B?8J+OiSBQYXJ0eQ==?=") << QStringLiteral("🎉 Party");
        QTest::newRow("adjacent-words-join") << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << QStringLiteral("ab");
        QTest::newRow("word-then-text") << QByteArray("=?utf-8?q?Gr=C3=BC=C3=9Fe?= aus Bonn")
                                        << QStringLiteral("Grüße aus Bonn");
        QTest::newRow("japanese-iso-2022-jp")
            << QByteArray("=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=") << QStringLiteral("日本");
        QTest::newRow("raw-utf8") << QStringLiteral("Grüße").toUtf8() << QStringLiteral("Grüße");
        QTest::newRow("raw-latin1-falls-back") << QStringLiteral("Grüße").toLatin1() << QStringLiteral("Grüße");
        QTest::newRow("crlf-inside-word-is-removed") << QByteArray("=?utf-8?b?YQ1iCmM=?=") << QStringLiteral("a b c");
        QTest::newRow("bidi-override-removed") << QByteArray("=?utf-8?b?YeKArmI=?=") << QStringLiteral("ab");
        QTest::newRow("nul-byte-visible") << QByteArray("a\0b", 3) << QStringLiteral("a\uFFFDb");
        QTest::newRow("malformed-word-kept") << QByteArray("=?utf-8?x?abc?=") << QStringLiteral("=?utf-8?x?abc?=");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void decodeText()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, text);
        QCOMPARE(decodeHeaderText(raw), text);
    }

    void decodeAddresses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<AddressList>("addresses");
        QTest::newRow("name-and-address")
            << QByteArray("Alice <alice@example.org>")
            << AddressList {{QStringLiteral("Alice"), QStringLiteral("alice@example.org")}};
        QTest::newRow("quoted-name-with-comma")
            << QByteArray("\"Doe, John\" <john@example.org>, bob@example.net")
            << AddressList {{QStringLiteral("Doe, John"), QStringLiteral("john@example.org")},
                   {QString(), QStringLiteral("bob@example.net")}};
        QTest::newRow("encoded-name") << QByteArray("=?utf-8?q?J=C3=BCrgen?= <j@example.de>")
                                      << AddressList {{QStringLiteral("Jürgen"), QStringLiteral("j@example.de")}};
        QTest::newRow("empty-group") << QByteArray("Undisclosed recipients:;") << AddressList();
        QTest::newRow("group-flattened") << QByteArray("Team: a@example.org, \"B\" <b@example.org>;, c@example.org")
                                         << AddressList {{QString(), QStringLiteral("a@example.org")},
                                                {QStringLiteral("B"), QStringLiteral("b@example.org")},
                                                {QString(), QStringLiteral("c@example.org")}};
        QTest::newRow("comment-as-name") << QByteArray("plain@example.org (Plain Person)")
                                         << AddressList {
                                                {QStringLiteral("Plain Person"), QStringLiteral("plain@example.org")}};
        QTest::newRow("folded") << QByteArray("Alice\r\n <alice@example.org>")
                                << AddressList {{QStringLiteral("Alice"), QStringLiteral("alice@example.org")}};
        QTest::newRow("raw-latin1-name") << QByteArray("Ren\xE9 <rene@example.fr>")
                                         << AddressList {{QStringLiteral("René"), QStringLiteral("rene@example.fr")}};
        QTest::newRow("name-with-newline-cleaned")
            << QByteArray("=?utf-8?b?QQ0KQg==?= <a@example.org>")
            << AddressList {{QStringLiteral("A  B"), QStringLiteral("a@example.org")}};
        QTest::newRow("garbage") << QByteArray("<<<>>>") << AddressList();
        QTest::newRow("empty") << QByteArray() << AddressList();
    }

    void decodeAddresses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(AddressList, addresses);
        QCOMPARE(decodeAddressList(raw), addresses);
    }

    void parseTypedAddresses()
    {
        const AddressList list = parseAddressList(QStringLiteral("Jürgen Müller <j@example.de>, bob@example.net"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, QStringLiteral("Jürgen Müller"));
        QCOMPARE(list.at(1).email, QStringLiteral("bob@example.net"));
    }

    void date_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QDateTime>("date");
        QTest::newRow("rfc5322") << QByteArray("Tue, 01 Jul 2025 10:00:00 +0200")
                                 << QDateTime(QDate(2025, 7, 1), QTime(10, 0), Qt::OffsetFromUTC, 7200);
        QTest::newRow("no-day-name") << QByteArray("1 Jul 2025 08:00:00 +0000")
                                     << QDateTime(QDate(2025, 7, 1), QTime(8, 0), Qt::UTC);
        QTest::newRow("obsolete-zone") << QByteArray("Tue, 1 Jul 2025 10:00:00 EST")
                                       << QDateTime(QDate(2025, 7, 1), QTime(15, 0), Qt::UTC);
        QTest::newRow("garbage") << QByteArray("not a date") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }

    void date()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QDateTime, date);
        const QDateTime decoded = decodeDate(raw);
        QCOMPARE(decoded.isValid(), date.isValid());
        if (date.isValid()) {
            QCOMPARE(decoded.toUTC(), date.toUTC());
        }
    }

    void offsetIsKept() { QCOMPARE(decodeDate("Tue, 01 Jul 2025 10:00:00 +0530").offsetFromUtc(), 5 * 3600 + 30 * 60); }

    void hostileValuesStayLinear_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("unterminated-encoded-words") << QByteArray("=?x?q?a ").repeated(100000);
        QTest::newRow("domainless-addresses") << QByteArray("a, ").repeated(300000);
        QTest::newRow("nested-groups") << QByteArray("g:").repeated(300000);
        QTest::newRow("one-megabyte-word") << QByteArray(1024 * 1024, 'x');
        QTest::newRow("nested-comments") << (QByteArray(100000, '(') + QByteArray(100000, ')'));
    }

    void hostileValuesStayLinear()
    {
        QFETCH(QByteArray, raw);
        QElapsedTimer timer;
        timer.start();
        const AddressList addresses = decodeAddressList(raw);
        QVERIFY(addresses.size() <= Limits::maxAddressesPerField);
        QVERIFY(decodeHeaderText(raw).size() <= Limits::maxHeaderFieldBytes);
        (void)decodeDate(raw);
        QVERIFY2(timer.elapsed() < s_hangGuardMs, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHeaderDecoding)
#include "tst_headerdecoding.moc"
