#include "htmlfuzzentry.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays every file under tests/data/fuzz-regressions/html_sanitizer/ and the HTML
// corpus through the fuzz target's own code path (tests/fuzz/htmlfuzzentry.cpp).
class TestRenderFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &folder : {QStringLiteral("/fuzz-regressions/html_sanitizer"), QStringLiteral("/html")}) {
            const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA) + folder);
            for (const QString &file : directory.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
                if (file != QLatin1String("README.md")) {
                    QTest::newRow(qPrintable(file)) << directory.filePath(file);
                    ++count;
                }
            }
        }
        QVERIFY2(count > 0, "the regression folder must hold at least one input");
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString problem = Letterbox::Fuzz::runHtmlSanitizerFuzzInput(file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRenderFuzzRegressions)
#include "tst_renderfuzzregressions.moc"
