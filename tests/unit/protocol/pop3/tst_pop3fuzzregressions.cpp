#include "pop3fuzzentry.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays every file under tests/data/fuzz-regressions/pop3_response/ through the fuzz
// target's own code path (tests/fuzz/pop3fuzzentry.cpp): each is a seed or once broke an
// invariant, and must never (again).
class TestPop3FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA "/fuzz-regressions/pop3_response"));
        int count = 0;
        for (const QString &file : directory.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
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
        const QString problem = Letterbox::Fuzz::runPop3FuzzInput(file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPop3FuzzRegressions)
#include "tst_pop3fuzzregressions.moc"
