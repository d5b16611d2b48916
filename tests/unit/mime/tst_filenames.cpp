#include "mime/filenames.h"
#include "mime/mimelimits.h"

#include <QTest>

using namespace Letterbox::Mime;

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ordinary") << QStringLiteral("report.pdf") << QString() << QStringLiteral("report.pdf");
        QTest::newRow("non-ascii-kept") << QStringLiteral("€ rates 2025.pdf") << QString()
                                        << QStringLiteral("€ rates 2025.pdf");
        QTest::newRow("relative-traversal")
            << QStringLiteral("../../etc/passwd") << QString() << QStringLiteral("passwd");
        QTest::newRow("absolute-path") << QStringLiteral("/etc/shadow") << QString() << QStringLiteral("shadow");
        QTest::newRow("windows-path") << QStringLiteral("C:\\Windows\\System32\\evil.dll") << QString()
                                      << QStringLiteral("evil.dll");
        QTest::newRow("drive-relative") << QStringLiteral("C:evil.exe") << QString() << QStringLiteral("evil.exe");
        QTest::newRow("trailing-separator")
            << QStringLiteral("dir/") << QStringLiteral("text/plain") << QStringLiteral("attachment.txt");
        QTest::newRow("dot-dot") << QStringLiteral("..") << QStringLiteral("application/pdf")
                                 << QStringLiteral("attachment.pdf");
        QTest::newRow("hidden-file") << QStringLiteral(".bashrc") << QString() << QStringLiteral("bashrc");
        QTest::newRow("trailing-dots-and-blanks")
            << QStringLiteral("name.txt. . ") << QString() << QStringLiteral("name.txt");
        QTest::newRow("control-characters")
            << QStringLiteral("a\nb\tc\u0001.txt") << QString() << QStringLiteral("abc.txt");
        QTest::newRow("rtl-override-trick")
            << QStringLiteral("invoice\u202Efdp.exe") << QString() << QStringLiteral("invoicefdp.exe");
        QTest::newRow("windows-forbidden")
            << QStringLiteral("a:b*c?d\"e<f>g|h.txt") << QString() << QStringLiteral("b_c_d_e_f_g_h.txt");
        QTest::newRow("reserved-device") << QStringLiteral("CON.txt") << QString() << QStringLiteral("_CON.txt");
        QTest::newRow("reserved-com-port") << QStringLiteral("com1") << QString() << QStringLiteral("_com1");
        QTest::newRow("not-reserved") << QStringLiteral("CONSOLE.txt") << QString() << QStringLiteral("CONSOLE.txt");
        QTest::newRow("empty-pdf") << QString() << QStringLiteral("application/pdf")
                                   << QStringLiteral("attachment.pdf");
        QTest::newRow("empty-unknown") << QString() << QStringLiteral("application/x-whatever")
                                       << QStringLiteral("attachment.bin");
        QTest::newRow("empty-message") << QString() << QStringLiteral("message/rfc822")
                                       << QStringLiteral("attachment.eml");
        QTest::newRow("decomposed-to-nfc")
            << QStringLiteral("Cafe\u0301.txt") << QString() << QStringLiteral("Caf\u00E9.txt");
    }

    void sanitize()
    {
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        QFETCH(QString, expected);
        QCOMPARE(sanitizedFileName(name, mimeType), expected);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = QString(500, u'ä') + QStringLiteral(".tar.gz");
        const QString clean = sanitizedFileName(name);
        QVERIFY(clean.toUtf8().size() <= Limits::maxFileNameBytes);
        QVERIFY(clean.endsWith(QLatin1String(".gz")));
        QVERIFY(clean.startsWith(u'ä'));
    }

    void longNamesNeverSplitSurrogates()
    {
        const QString name = QStringLiteral("😀").repeated(300);
        const QString clean = sanitizedFileName(name);
        QVERIFY(clean.toUtf8().size() <= Limits::maxFileNameBytes);
        QCOMPARE(clean.size() % 2, 0);
        QVERIFY(!clean.back().isHighSurrogate());
    }

    void longExtensionIsNotAnExtension()
    {
        const QString clean = sanitizedFileName(QStringLiteral("a.") + QString(400, u'b'));
        QVERIFY(clean.toUtf8().size() <= Limits::maxFileNameBytes);
        QVERIFY(clean.startsWith(QLatin1String("a.b")));
    }

    void extensionTable_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("extension");
        QTest::newRow("pdf") << QStringLiteral("application/pdf") << QStringLiteral(".pdf");
        QTest::newRow("upper-case") << QStringLiteral("IMAGE/PNG") << QStringLiteral(".png");
        QTest::newRow("jpeg") << QStringLiteral("image/jpeg") << QStringLiteral(".jpg");
        QTest::newRow("other-text") << QStringLiteral("text/x-diff") << QStringLiteral(".txt");
        QTest::newRow("unknown") << QStringLiteral("application/x-unknown") << QStringLiteral(".bin");
        QTest::newRow("empty") << QString() << QStringLiteral(".bin");
    }

    void extensionTable()
    {
        QFETCH(QString, mimeType);
        QFETCH(QString, extension);
        QCOMPARE(extensionForMimeType(mimeType), extension);
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
