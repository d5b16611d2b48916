#pragma once
// Runs the real letterbox-cli binary for the tests of its commands. Header-only, as the
// binary's path comes from the test target: LETTERBOX_CLI_PATH (see tests/*/CMakeLists.txt).
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace CliTest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runCli(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LETTERBOX_CLI_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// runCli() in the profile @p profile (`--profile DIR` first), as every command takes it.
inline Run runCliIn(const QString &profile, const QStringList &arguments, int timeoutMs = 120000)
{
    return runCli(QStringList {QStringLiteral("--profile"), profile} + arguments, {},
        QProcessEnvironment::systemEnvironment(), timeoutMs);
}

/// The element of a `sync --json` document's "folders" about @p folder; empty when absent.
inline QJsonObject folderReport(const QJsonObject &sync, const QString &folder)
{
    for (const QJsonValue &value : sync.value(QStringLiteral("folders")).toArray()) {
        if (value.toObject().value(QStringLiteral("folder")).toString() == folder) {
            return value.toObject();
        }
    }
    return {};
}

} // namespace CliTest
