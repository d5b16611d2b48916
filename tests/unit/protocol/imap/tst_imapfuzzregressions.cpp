#include "imapfuzzentry.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays every file under tests/data/fuzz-regressions/imap_response/ through the fuzz
// target's own code path (tests/fuzz/imapfuzzentry.cpp), and the captured server fixtures of
// tests/data/imap with each control byte: every one must keep the fuzz invariants.
class TestImapFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA "/fuzz-regressions/imap_response"));
        int count = 0;
        for (const QString &file : directory.entryList(QDir::Files, QDir::Name)) {
            if (file == QLatin1String("README.md")) {
                continue;
            }
            QFile f(directory.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(file)) << f.readAll();
            ++count;
        }
        QVERIFY2(count > 0, "the regression folder must hold at least one input");
    }

    void replay()
    {
        QFETCH(QByteArray, input);
        const QString problem = Letterbox::Fuzz::runImapFuzzInput(input);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void fixturesKeepTheInvariants_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QDir directory(QStringLiteral(LETTERBOX_TEST_DATA "/imap"));
        const QStringList files = directory.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QFile f(directory.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (char control : {'\x00', '\x01', '\x02', '\x1c', '\xfd'}) {
                QTest::addRow("%s-control-%02x", qPrintable(file), static_cast<unsigned char>(control))
                    << QByteArray(control + bytes);
            }
        }
    }

    void fixturesKeepTheInvariants() { replay(); }
};

QTEST_GUILESS_MAIN(TestImapFuzzRegressions)
#include "tst_imapfuzzregressions.moc"
