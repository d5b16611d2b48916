#include "retrievalbench.h"

#include "benchlab.h"
#include "lineclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

namespace Letterbox::Bench::Retrieval {

namespace {
constexpr int s_runTimeoutMs = 30 * 60 * 1000; // 100,000 messages on a slow disk

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
} // namespace

bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

qint64 peakKib()
{
    return statusKib("VmHWM:");
}

qint64 statusKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

std::optional<Services::SyncReport> run(
    Services::RetrievalEngine &engine, const Services::SyncRequest &request, Step *step)
{
    std::optional<Services::SyncReport> report;
    QEventLoop loop;
    const QMetaObject::Connection finished = QObject::connect(
        &engine, &Services::RetrievalEngine::finished, &loop, [&](const Services::SyncReport &result) {
            report = result;
            loop.quit();
        });
    QTimer::singleShot(s_runTimeoutMs, &loop, &QEventLoop::quit);
    resetPeakMemory();
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    if (engine.sync(request) && !report) {
        loop.exec();
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    QObject::disconnect(finished);
    if (!report) {
        engine.cancel();
        return std::nullopt;
    }
    if (step) {
        step->seconds = elapsed;
        step->bytes = report->bytesIn + report->bytesOut;
        step->peakKib = peakKib();
        step->cpuSeconds = cpuSeconds() - cpu0;
    }
    return report;
}

std::optional<QList<double>> runFigures(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(s_runTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "bench: %s %s failed: %s\n", qPrintable(program), qPrintable(arguments.value(0)),
            process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished(5000);
        return std::nullopt;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QList<double> figures;
    for (const QByteArray &figure : lines.last().split(' ')) {
        bool ok = false;
        figures.append(figure.toDouble(&ok));
        if (!ok) {
            return std::nullopt;
        }
    }
    return figures;
}

QString floorScript(const QString &script)
{
    return BenchLab::sourceDirectory() + QLatin1String("/tests/bench/floors/") + script;
}

std::unique_ptr<LineClient> login(const BenchLab &lab, const QString &user, QString *error)
{
    const LabEnvironment &env = lab.environment();
    auto client = std::make_unique<LineClient>(QSslCertificate::fromPath(env.caFile), 600000);
    if (!client->connectTls(env.host, env.port(QStringLiteral("imaps")))) {
        *error = client->errorString();
        return nullptr;
    }
    client->readLine();
    const QList<QByteArray> reply
        = client->imapCommand("b1", "LOGIN " + user.toUtf8() + " \"" + env.password(user).toUtf8() + '"');
    if (reply.isEmpty() || !reply.last().startsWith("b1 OK")) {
        *error = QStringLiteral("the lab refused the login of %1").arg(user);
        return nullptr;
    }
    return client;
}

int ensureMessages(const BenchLab &lab, LineClient &client, const QString &user, int count, QString *error)
{
    // STATUS also makes Dovecot index new Maildir files, so no measured step pays for it.
    const auto messages = [&]() {
        static const QRegularExpression pattern(QStringLiteral("MESSAGES (\\d+)"));
        for (const QByteArray &line : client.imapCommand("b2", "STATUS INBOX (MESSAGES)")) {
            const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(line));
            if (match.hasMatch()) {
                return match.captured(1).toInt();
            }
        }
        return -1;
    };
    const int existing = messages();
    if (existing < 0) {
        *error = QStringLiteral("STATUS INBOX failed for %1").arg(user);
        return -1;
    }
    if (existing < count) {
        std::fprintf(stderr, "bench: filling %s's INBOX with %d messages…\n", qPrintable(user), count - existing);
        if (!lab.runScript(QStringLiteral("fill"), {user, QString::number(count - existing)}, error)) {
            return -1;
        }
    }
    return messages();
}

QString seconds(double value)
{
    return value < 0 ? QStringLiteral("–") : QStringLiteral("%1 s").arg(value, 0, 'f', value < 10 ? 3 : 1);
}

QString bytes(qint64 value)
{
    if (value < 0) {
        return QStringLiteral("–");
    }
    if (value < 10 * 1024) {
        return QStringLiteral("%1 B").arg(value);
    }
    if (value < 10 * 1024 * 1024) {
        return QStringLiteral("%1 KB").arg(double(value) / 1024, 0, 'f', 1);
    }
    return QStringLiteral("%1 MB").arg(double(value) / (1024 * 1024), 0, 'f', 1);
}

QString kib(qint64 value)
{
    return value < 0 ? QStringLiteral("–") : QStringLiteral("%1 MiB").arg(double(value) / 1024, 0, 'f', 1);
}

QString cell(const Step &step)
{
    const QString figures
        = QStringLiteral("%1, %2, %3 peak").arg(seconds(step.seconds), bytes(step.bytes), kib(step.peakKib));
    return step.cpuSeconds < 0 ? figures : figures + QStringLiteral(", %1 CPU").arg(seconds(step.cpuSeconds));
}

} // namespace Letterbox::Bench::Retrieval
