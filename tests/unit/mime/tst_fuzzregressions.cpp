#include "mimefuzzentry.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays every file under tests/data/fuzz-regressions/mime/ through the fuzz target's
// own code path (tests/fuzz/mimefuzzentry.cpp): each one once crashed, hung or broke
// an invariant, and must never again.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA "/fuzz-regressions/mime"));
        const QStringList files = directory.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        int count = 0;
        for (const QString &file : files) {
            if (file == QLatin1String("README.md")) {
                continue;
            }
            QTest::newRow(qPrintable(file)) << directory.filePath(file);
            ++count;
        }
        QVERIFY2(count > 0, "the regression folder must hold at least one input");
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString problem = Letterbox::Fuzz::runMimeFuzzInput(file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void corpusPassesTheFuzzInvariants_data()
    {
        QTest::addColumn<QString>("path");
        const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA "/mime"));
        for (const QString &file : directory.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(file)) << directory.filePath(file);
        }
    }

    void corpusPassesTheFuzzInvariants() { replay(); }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
