#include "protocol/imap/imapmailboxname.h"

#include <QTest>

using namespace Letterbox::Imap;

class TestImapMailboxName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("ascii") << QStringLiteral("Lists/qt-dev") << QByteArray("Lists/qt-dev");
        QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry") << QByteArray("Tom &- Jerry");
        QTest::newRow("german-drafts") << QStringLiteral("Entw\u00fcrfe") << QByteArray("Entw&APw-rfe");
        QTest::newRow("rfc3501-example") << QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e")
                                         << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("emoji-surrogate-pair") << QStringLiteral("Fun \U0001F600") << QByteArray("Fun &2D3eAA-");
        QTest::newRow("only-non-ascii") << QStringLiteral("\u00e4\u00f6\u00fc") << QByteArray("&AOQA9gD8-");
        QTest::newRow("slash-in-base64") << QStringLiteral("\u00ff\u00fe") << QByteArray("&AP8A,g-");
        QTest::newRow("tab-is-encoded") << QStringLiteral("a\tb") << QByteArray("a&AAk-b");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, wire);
        QCOMPARE(ImapMailboxName::encodeModifiedUtf7(name), wire);
        const auto decoded = ImapMailboxName::decodeModifiedUtf7(wire);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, name);
    }

    void refusedEncodings_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("unterminated-run") << QByteArray("&APw");
        QTest::newRow("ascii-in-base64") << QByteArray("&AGE-"); // "a"
        QTest::newRow("stray-bits") << QByteArray("&APx-");
        QTest::newRow("invalid-base64-char") << QByteArray("&AP*-");
        QTest::newRow("lone-high-surrogate") << QByteArray("&2D0-");
        QTest::newRow("lone-low-surrogate") << QByteArray("&3gA-");
        QTest::newRow("adjacent-runs") << QByteArray("&AOQ-&AOQ-");
        QTest::newRow("eight-bit") << QByteArray("caf\xc3\xa9");
        QTest::newRow("control-byte") << QByteArray("a\x01");
        QTest::newRow("standard-base64-slash") << QByteArray("&AP8A/g-");
    }

    void refusedEncodings()
    {
        QFETCH(QByteArray, wire);
        QVERIFY(!ImapMailboxName::decodeModifiedUtf7(wire).has_value());
        // fromWire still shows something, and never crashes.
        QVERIFY(!ImapMailboxName::fromWire(wire, false).isEmpty());
    }

    void everyBmpCharacterRoundTrips()
    {
        QString all;
        for (char16_t c = 1; c < 0xd800; ++c) {
            all.append(QChar(c));
        }
        const auto back = ImapMailboxName::decodeModifiedUtf7(ImapMailboxName::encodeModifiedUtf7(all));
        QVERIFY(back.has_value());
        QCOMPARE(*back, all);
    }

    void wireFormDependsOnUtf8Accept()
    {
        const QString name = QStringLiteral("Entw\u00fcrfe");
        QCOMPARE(ImapMailboxName::toWire(name, false), QByteArray("Entw&APw-rfe"));
        QCOMPARE(ImapMailboxName::toWire(name, true), name.toUtf8());
        QCOMPARE(ImapMailboxName::fromWire(name.toUtf8(), true), name);
        QCOMPARE(ImapMailboxName::fromWire("Entw&APw-rfe", false), name);
        // Under UTF8=ACCEPT "&" is just "&" (RFC 6855 section 3).
        QCOMPARE(ImapMailboxName::fromWire("Tom &- Jerry", true), QStringLiteral("Tom &- Jerry"));
        // Raw 8-bit without UTF8=ACCEPT: shown as Latin-1 rather than lost.
        QCOMPARE(ImapMailboxName::fromWire("caf\xe9", false), QStringLiteral("caf\u00e9"));
    }

    void inboxIsCaseInsensitive()
    {
        QCOMPARE(ImapMailboxName::fromWire("inbox", false), QStringLiteral("INBOX"));
        QCOMPARE(ImapMailboxName::toWire(QStringLiteral("Inbox"), false), QByteArray("INBOX"));
        QVERIFY(!ImapMailboxName::isInbox("INBOX.Sub"));
    }
};

QTEST_GUILESS_MAIN(TestImapMailboxName)
#include "tst_imapmailboxname.moc"
