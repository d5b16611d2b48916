// letterbox-cli's conventions from ../shared/CLI.md, checked on the real binary.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "letterboxversion.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QString &locale = {})
{
    QProcess process;
    if (!locale.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(LETTERBOX_CLI_PATH), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesProgramAndVersion()
    {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("letterbox-cli " LETTERBOX_VERSION));
    }

    void helpListsOptionsCommandsAndExitCodes()
    {
        const Run run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--profile DIR")));
        QVERIFY(run.out.contains(QLatin1String("--version")));
        QVERIFY(run.out.contains(QLatin1String("  profile ")));
        QVERIFY(run.out.contains(QLatin1String("3 a security refusal")));
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-command") << QStringList() << QStringLiteral("No command given.");
        QTest::newRow("unknown-command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("'frobnicate' is not a command");
        QTest::newRow("unknown-global-option")
            << QStringList {QStringLiteral("--frob")} << QStringLiteral("Unknown option 'frob'");
        QTest::newRow("unknown-command-option") << QStringList {QStringLiteral("profile"), QStringLiteral("--frob")}
                                                << QStringLiteral("Unknown option 'frob'");
        QTest::newRow("profile-without-dir")
            << QStringList {QStringLiteral("--profile")} << QStringLiteral("Missing value after '--profile'");
    }

    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void commandHelpListsItsOptions()
    {
        const Run run = runCli({QStringLiteral("profile"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("letterbox-cli profile")));
        QVERIFY(run.out.contains(QLatin1String("--json")));
        QVERIFY(run.out.contains(QLatin1String("--profile")));
    }

    void profileOptionBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<bool>("before");
        QTest::newRow("before-command") << true;
        QTest::newRow("after-command") << false;
    }

    void profileOptionBeforeOrAfterTheCommand()
    {
        QFETCH(bool, before);
        QTemporaryDir temporary;
        const QString dir = temporary.filePath(QStringLiteral("profile"));
        const QStringList arguments = before
            ? QStringList {QStringLiteral("--profile"), dir, QStringLiteral("profile"), QStringLiteral("--json")}
            : QStringList {QStringLiteral("profile"), QStringLiteral("--json"), QStringLiteral("--profile"), dir};
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("custom")).toBool(), true);
        QVERIFY(json.value(QLatin1String("config")).toString().startsWith(dir + QLatin1Char('/')));
        QVERIFY(json.value(QLatin1String("data")).toString().startsWith(dir + QLatin1Char('/')));
        QVERIFY(QFileInfo(json.value(QLatin1String("data")).toString()).isDir());
    }

    void defaultProfileIsXdg()
    {
        const Run run = runCli({QStringLiteral("profile"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("custom")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("data")).toString(),
            qEnvironmentVariable("XDG_DATA_HOME") + QLatin1String("/letterbox"));
    }

    void unusableProfileFailsWithOneSentence()
    {
        const Run run
            = runCli({QStringLiteral("--profile"), QStringLiteral("/proc/letterbox"), QStringLiteral("profile")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("letterbox-cli: Cannot create the directory /proc/letterbox")),
            qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void messageJsonHasTheContractFields()
    {
        const Run run = runCli({QStringLiteral("message"),
            QStringLiteral(LETTERBOX_TEST_DATA_DIR "/mime/mixed-attachments.eml"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *key :
            {"headers", "from", "to", "cc", "subject", "date", "message_id", "parts", "text", "warnings"}) {
            QVERIFY2(json.contains(QLatin1String(key)), key);
        }
        QCOMPARE(json.value(QLatin1String("subject")).toString(), QStringLiteral("Two files"));
        QCOMPARE(json.value(QLatin1String("has_attachments")).toBool(), true);
        QVERIFY(json.value(QLatin1String("parts")).toArray().size() >= 3);
    }

    void messageWarnsOfASpoofedDisplayName()
    {
        const Run run = runCli(
            {QStringLiteral("message"), QStringLiteral(LETTERBOX_TEST_DATA_DIR "/mime/display-name-spoof.eml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QLatin1String("Warning: The From name \"support@bank.example\"")), qPrintable(run.out));
    }

    void messageOfAMissingFileIsBadInput()
    {
        const Run run = runCli({QStringLiteral("message"), QStringLiteral("/nonexistent/x.eml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.startsWith(QLatin1String("letterbox-cli: cannot read /nonexistent/x.eml")), qPrintable(run.err));
    }

    // The catalogue's contexts must be the ones the code asks for at run time:
    // a string lupdate files under another context is silently never shown.
    void outputFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Betreff: Two files");
        QTest::newRow("french") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("Sujet\u00a0:   Two files");
    }

    void outputFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const Run run = runCli(
            {QStringLiteral("message"), QStringLiteral(LETTERBOX_TEST_DATA_DIR "/mime/mixed-attachments.eml")}, locale);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        const Run help = runCli({QStringLiteral("profile"), QStringLiteral("--help")}, locale);
        QVERIFY2(!help.out.contains(QLatin1String("Show this help.")), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
