#include "protocol/net/endpoint.h"
#include "protocol/net/neterror.h"
#include "protocol/net/tlspolicy.h"
#include "testcertificates.h"

#include <QTemporaryDir>
#include <QTest>

using Letterbox::Net::Endpoint;
using Letterbox::Net::NetError;
using Letterbox::Net::TlsPolicy;

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFingerprint_data();
    void parseFingerprint();
    void fingerprintRoundTrip();
    void addCaFileReadsTheTestCa();
    void addCaFileErrors_data();
    void addCaFileErrors();
    void endpointToString_data();
    void endpointToString();
    void securityRefusals_data();
    void securityRefusals();
};

void TestTlsPolicy::parseFingerprint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString plain = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
    QString colons;
    for (int i = 0; i < plain.size(); i += 2) {
        colons += (i ? QStringLiteral(":") : QString()) + plain.mid(i, 2);
    }
    QTest::newRow("plain-hex") << plain << true;
    QTest::newRow("with-colons") << colons << true;
    QTest::newRow("with-spaces") << QString(colons).replace(QLatin1Char(':'), QLatin1Char(' ')) << true;
    QTest::newRow("too-short") << plain.left(62) << false;
    QTest::newRow("too-long") << plain + QStringLiteral("00") << false;
    QTest::newRow("odd-digit-count") << plain.left(63) << false;
    QTest::newRow("not-hex") << QString(plain).replace(0, 1, QLatin1Char('g')) << false;
    QTest::newRow("non-ascii") << QString(plain).replace(0, 1, QChar(0x0660)) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTlsPolicy::parseFingerprint()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray digest = TlsPolicy::parseFingerprint(text);
    QCOMPARE(digest.size(), valid ? 32 : 0);
    TlsPolicy policy;
    QCOMPARE(policy.setPinnedFingerprint(text), valid);
    QCOMPARE(policy.pinnedSha256, digest);
}

void TestTlsPolicy::fingerprintRoundTrip()
{
    const QSslCertificate ca = TestCertificates::ca();
    QVERIFY(!ca.isNull());
    const QByteArray digest = TlsPolicy::fingerprintOf(ca);
    QCOMPARE(digest, ca.digest(QCryptographicHash::Sha256));
    const QString shown = TlsPolicy::formatFingerprint(digest);
    QCOMPARE(shown.size(), 95);
    QCOMPARE(shown, shown.toUpper());
    QCOMPARE(TlsPolicy::parseFingerprint(shown), digest);
    QVERIFY(TlsPolicy::fingerprintOf(QSslCertificate()).isEmpty());
}

void TestTlsPolicy::addCaFileReadsTheTestCa()
{
    TlsPolicy policy;
    QString error;
    QVERIFY2(policy.addCaFile(TestCertificates::caFile(), &error), qPrintable(error));
    QCOMPARE(policy.extraCaCertificates.size(), 1);
    QCOMPARE(policy.extraCaCertificates.constFirst(), TestCertificates::ca());
}

void TestTlsPolicy::addCaFileErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot be read");
    QTest::newRow("not-pem") << QByteArray("just some text\n") << QStringLiteral("no PEM certificate");
    QTest::newRow("pem-key-only") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                  << QStringLiteral("no PEM certificate");
}

void TestTlsPolicy::addCaFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedWords);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("extra-ca.pem"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    TlsPolicy policy;
    QString error;
    QVERIFY(!policy.addCaFile(path, &error));
    QVERIFY2(error.contains(expectedWords), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(policy.extraCaCertificates.isEmpty());
}

void TestTlsPolicy::endpointToString_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << QStringLiteral("mail.example.org") << 993 << QStringLiteral("mail.example.org:993");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1") << 25 << QStringLiteral("127.0.0.1:25");
    QTest::newRow("ipv6-bracketed") << QStringLiteral("::1") << 465 << QStringLiteral("[::1]:465");
}

void TestTlsPolicy::endpointToString()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QCOMPARE((Endpoint {host, quint16(port)}.toString()), expected);
}

void TestTlsPolicy::securityRefusals_data()
{
    QTest::addColumn<NetError>("error");
    QTest::addColumn<bool>("refusal");
    const Endpoint e {QStringLiteral("mail.example.org"), 587};
    QTest::newRow("host-not-found") << NetError::hostNotFound(e, QStringLiteral("Host not found")) << false;
    QTest::newRow("refused") << NetError::connectionRefused(e) << false;
    QTest::newRow("timeout") << NetError::timeout(e, QStringLiteral("connecting"), 30000) << false;
    QTest::newRow("certificate") << NetError::certificateRejected(e, {}) << true;
    QTest::newRow("tls") << NetError::tls(e, QStringLiteral("alert")) << true;
    QTest::newRow("security") << NetError::security(e, QStringLiteral("injection")) << true;
    QTest::newRow("remote-closed") << NetError::remoteClosed(e) << false;
    QTest::newRow("network") << NetError::network(e, QStringLiteral("Network unreachable.")) << false;
    QTest::newRow("cancelled") << NetError::cancelled(e) << false;
}

void TestTlsPolicy::securityRefusals()
{
    QFETCH(NetError, error);
    QFETCH(bool, refusal);
    QCOMPARE(error.isSecurityRefusal(), refusal);
    QVERIFY2(error.message.contains(QLatin1String("mail.example.org:587")), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("..")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
