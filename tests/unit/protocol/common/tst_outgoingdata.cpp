#include "protocol/common/outgoingdata.h"

#include <QTest>

using Letterbox::Protocol::OutgoingData;
using Letterbox::Protocol::SecretRange;

class TestOutgoingData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacted_data();
    void redacted();
    void withSecretMasksOnlyTheSecret();
};

void TestOutgoingData::redacted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<SecretRange>>("secrets");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no-secret") << QByteArray("EHLO x\r\n") << QList<SecretRange> {} << QByteArray("EHLO x\r\n");
    QTest::newRow("middle") << QByteArray("AUTH PLAIN AGFsaWNlAHB3\r\n") << QList<SecretRange> {{11, 12}}
                            << QByteArray("AUTH PLAIN ***\r\n");
    QTest::newRow("whole-line") << QByteArray("cGFzcw==") << QList<SecretRange> {{0, 8}} << QByteArray("***");
    QTest::newRow("two-unsorted") << QByteArray("a SECRET b TOKEN c") << QList<SecretRange> {{11, 5}, {2, 6}}
                                  << QByteArray("a *** b *** c");
    QTest::newRow("overlapping") << QByteArray("0123456789") << QList<SecretRange> {{2, 4}, {4, 4}}
                                 << QByteArray("01***89");
    QTest::newRow("past-the-end-is-clamped")
        << QByteArray("LOGIN pw") << QList<SecretRange> {{6, 100}} << QByteArray("LOGIN ***");
    QTest::newRow("negative-start-is-clamped")
        << QByteArray("pw rest") << QList<SecretRange> {{-5, 7}} << QByteArray("*** rest");
}

void TestOutgoingData::redacted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<SecretRange>, secrets);
    QFETCH(QByteArray, expected);
    OutgoingData data {bytes, OutgoingData::Kind::Command, secrets};
    QCOMPARE(data.redacted(), expected);
    QCOMPARE(data.bytes, bytes); // the wire bytes are untouched
}

void TestOutgoingData::withSecretMasksOnlyTheSecret()
{
    const OutgoingData data = OutgoingData::withSecret("AUTH XOAUTH2 ", "dXNlcj1hbGljZQ==", "\r\n");
    QCOMPARE(data.bytes, QByteArray("AUTH XOAUTH2 dXNlcj1hbGljZQ==\r\n"));
    QCOMPARE(data.redacted(), QByteArray("AUTH XOAUTH2 ***\r\n"));
    QVERIFY(!data.redacted().contains("dXNlcj1hbGljZQ"));
}

QTEST_GUILESS_MAIN(TestOutgoingData)
#include "tst_outgoingdata.moc"
