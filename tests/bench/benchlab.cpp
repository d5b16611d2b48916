#include "benchlab.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

namespace Letterbox::Bench {

namespace {
constexpr int s_scriptTimeoutMs = 10 * 60 * 1000;

// LETTERBOX_BENCH_LAB_PORT_BASE moves the private lab, so two benchmark runs (or a run
// beside another engineer's lab) do not share ports.
QString portBase()
{
    const int base = qEnvironmentVariableIntValue("LETTERBOX_BENCH_LAB_PORT_BASE");
    return base > 0 ? QString::number(base) : QStringLiteral("42000");
}
} // namespace

QString BenchLab::sourceDirectory()
{
    return QStringLiteral(LETTERBOX_SOURCE_DIR);
}

bool BenchLab::runScript(const QString &script, const QStringList &arguments, QString *error) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_ownLab) {
        environment.insert(QStringLiteral("LETTERBOX_LAB_PORT_BASE"), portBase());
        environment.insert(QStringLiteral("LETTERBOX_LAB_DIR"), m_directory);
    } else if (m_environment) {
        environment.insert(QStringLiteral("LETTERBOX_LAB_DIR"), m_environment->directory);
    }
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("bash"),
        QStringList {sourceDirectory() + QLatin1String("/tests/mailstack/") + script} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(s_scriptTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(5000);
        if (error) {
            *error = QStringLiteral("tests/mailstack/%1 failed").arg(script);
        }
        return false;
    }
    return true;
}

bool BenchLab::start(QString *error)
{
    if (!qEnvironmentVariableIsSet("LETTERBOX_LAB_ENV")) {
        m_ownLab = true;
        m_directory = QStringLiteral("/tmp/letterbox-lab-bench-") + portBase();
        std::fprintf(stderr, "bench: starting a private mail lab on port base %s…\n", qPrintable(portBase()));
        if (!runScript(QStringLiteral("start"), {QStringLiteral("--fresh"), QStringLiteral("--empty")}, error)) {
            return false;
        }
        qputenv("LETTERBOX_LAB_ENV", (m_directory + QLatin1String("/lab.env")).toLocal8Bit());
    }
    m_environment = LabEnvironment::load(error);
    return m_environment.has_value();
}

BenchLab::~BenchLab()
{
    if (m_ownLab) {
        runScript(QStringLiteral("stop"), {}, nullptr);
        qunsetenv("LETTERBOX_LAB_ENV");
    }
}

} // namespace Letterbox::Bench
