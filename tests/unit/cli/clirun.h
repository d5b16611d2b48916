#pragma once
// Runs the real letterbox-cli binary for the account tests; header-only on purpose so
// each test stays one executable.
#include <QProcess>
#include <QStringList>

namespace AccountCliTest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runCli(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LETTERBOX_CLI_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace AccountCliTest
