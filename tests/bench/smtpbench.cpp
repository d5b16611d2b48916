#include "smtpbench.h"

#include "benchlab.h"
#include "benchsuite.h"
#include "benchtable.h"

#include "services/submission/submissionservice.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace Letterbox::Bench {

namespace {

constexpr int s_messages = 1000;
constexpr int s_referenceMessages = 100; // a process each: 1,000 would take minutes
constexpr int s_messageSize = 4300; // PEERS.md's median message

QByteArray message(const QString &from, const QString &to, int i, const QByteArray &tag)
{
    const QByteArray line = QByteArray(70, 'x') + "\r\n";
    QByteArray body;
    while (body.size() < s_messageSize) {
        body += line;
    }
    return "From: " + from.toUtf8() + "\r\nTo: " + to.toUtf8() + "\r\nSubject: bench " + QByteArray::number(i)
        + "\r\nMessage-ID: <bench-" + tag + '-' + QByteArray::number(i) + "@letterbox.test>\r\n\r\n" + body;
}

QString rate(double perSecond)
{
    return QStringLiteral("%1 msg/s").arg(perSecond, 0, 'f', 1);
}

// Runs a program to its end (bounded); its stdout, or nothing when it failed.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments, int timeoutMs = 600000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "bench: %s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished(5000);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

bool runSmtpBench(const BenchOptions &options, BenchTable &table)
{
    BenchLab lab;
    QString error;
    if (!lab.start(&error)) {
        table.addNote(error);
        return false;
    }
    const LabEnvironment &env = lab.environment();
    const QString from = QStringLiteral("alice@") + env.domain;
    const QString to = QStringLiteral("bob@") + env.domain;
    const QString password = env.password(QStringLiteral("alice"));
    const quint16 port = env.port(QStringLiteral("submission"));
    QTemporaryDir temporary;
    const QString root = options.directory.isEmpty() ? temporary.path() : options.directory;

    // 1. Letterbox: the outbox first (durable, not timed with the sending), then one flush.
    std::fprintf(stderr, "smtp: Letterbox, %d messages…\n", s_messages);
    Store::Database database(root + QLatin1String("/letterbox-smtp"));
    if (const Store::Status opened = database.open(); !opened.ok()) {
        table.addNote(opened.message());
        return false;
    }
    Services::SubmissionService service(database);
    Services::SubmissionSettings settings;
    settings.accountName = QStringLiteral("bench");
    settings.endpoint = {env.host, port};
    settings.tls.addCaFile(env.caFile, &error);
    settings.session.security = Smtp::SmtpSecurity::StartTls;
    settings.session.credentials = Smtp::SmtpCredentials {QStringLiteral("alice"), password, {}};
    settings.imapAccount = false;
    if (const int window = qEnvironmentVariableIntValue("LETTERBOX_BENCH_SMTP_WINDOW"); window > 0) {
        settings.session.maxMessagesInFlight = window;
    }
    service.setSettings(settings);
    const QByteArray tag = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QElapsedTimer enqueueTimer;
    enqueueTimer.start();
    for (int i = 0; i < s_messages; ++i) {
        const Store::Result<qint64> id
            = service.enqueue({message(from, to, i, tag), from, {to}, QStringLiteral("bench-%1").arg(i)});
        if (!id.ok()) {
            table.addNote(id.message());
            return false;
        }
    }
    const double enqueueSeconds = double(enqueueTimer.nsecsElapsed()) / 1e9;
    Services::FlushSummary summary;
    QEventLoop loop;
    QObject::connect(
        &service, &Services::SubmissionService::flushFinished, &loop, [&](const Services::FlushSummary &result) {
            summary = result;
            loop.quit();
        });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QStringList trace;
    QObject::connect(&service, &Services::SubmissionService::connectionOpened, &loop, [&](Net::Connection *connection) {
        QObject::connect(
            &connection->transcript(), &Net::TranscriptTap::entryAdded, &loop, [&](const Net::TranscriptEntry &entry) {
                if (trace.size() < 400) {
                    trace.append(Net::TranscriptTap::formatEntry(entry));
                }
            });
    });
    QElapsedTimer sendTimer;
    sendTimer.start();
    service.flush();
    loop.exec();
    const double sendSeconds = double(sendTimer.nsecsElapsed()) / 1e9;
    if (!summary.allSent() || summary.reports.size() != s_messages) {
        table.addNote(
            QStringLiteral("Letterbox did not send every message: %1")
                .arg(summary.connectionError ? summary.connectionError->text : summary.reports.value(0).text));
        return false;
    }
    const double ours = s_messages / sendSeconds;
    if (qEnvironmentVariableIsSet("LETTERBOX_BENCH_TRACE")) {
        std::fprintf(stderr, "%s\n", qPrintable(trace.join(QLatin1Char('\n'))));
    }

    // 2. The floor, same lab, same run.
    std::fprintf(stderr, "smtp: floor, %d messages…\n", s_messages);
    const std::optional<QByteArray> floorOut = run(QStringLiteral("python3"),
        {BenchLab::sourceDirectory() + QLatin1String("/tests/bench/floors/smtp_submit_floor.py"), env.host,
            QString::number(port), env.caFile, QStringLiteral("alice"), password, from, to, QString::number(s_messages),
            QString::number(s_messageSize)});
    const double floorSeconds = floorOut ? floorOut->trimmed().toDouble() : 0;
    const double floor = floorSeconds > 0 ? s_messages / floorSeconds : 0;

    table.add(QStringLiteral("Letterbox: %1 messages, one connection (STARTTLS, AUTH)").arg(s_messages), rate(ours),
        QStringLiteral("≥ 150 msg/s"), ours >= 150);
    if (floor > 0) {
        table.addInfo(QStringLiteral("floor: one connection, a reply awaited per command (PEERS.md)"), rate(floor));
        table.add(QStringLiteral("Letterbox ÷ floor (same run)"), QStringLiteral("%1×").arg(ours / floor, 0, 'f', 2),
            QStringLiteral("> 1.4× (PEERS: 150 vs 106)"), ours / floor > 1.4);
    } else {
        table.addNote(QStringLiteral("The floor did not run (python3 and tests/bench/floors/smtp_submit_floor.py)."));
    }

    // 3. The reference client from Debian, as a script sends mail: a process per message.
    const QString swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    if (swaks.isEmpty()) {
        table.addNote(QStringLiteral("swaks is not installed (packaging/install-deps bench): no reference figure."));
    } else {
        std::fprintf(stderr, "smtp: swaks, %d messages…\n", s_referenceMessages);
        const QString file = root + QLatin1String("/swaks-message.eml");
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(message(from, to, 0, "swaks" + tag)) < 0) {
            table.addNote(QStringLiteral("cannot write %1").arg(file));
            return false;
        }
        out.close();
        QElapsedTimer timer;
        timer.start();
        int sent = 0;
        for (int i = 0; i < s_referenceMessages; ++i) {
            if (run(swaks,
                    {QStringLiteral("--silent"), QStringLiteral("2"), QStringLiteral("--server"), env.host,
                        QStringLiteral("--port"), QString::number(port), QStringLiteral("--tls"),
                        QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--auth-user"),
                        QStringLiteral("alice"), QStringLiteral("--auth-password"), password, QStringLiteral("--from"),
                        from, QStringLiteral("--to"), to, QStringLiteral("--data"), QLatin1Char('@') + file},
                    60000)) {
                ++sent;
            }
        }
        const double reference = sent / (double(timer.nsecsElapsed()) / 1e9);
        table.add(QStringLiteral("swaks: %1 messages, a process each").arg(s_referenceMessages), rate(reference),
            QStringLiteral("Letterbox faster"), sent == s_referenceMessages && ours > reference);
    }

    table.addInfo(QStringLiteral("Letterbox: round trips for %1 messages").arg(s_messages),
        QString::number(summary.counters.roundTrips));
    table.addInfo(QStringLiteral("Letterbox: bytes out / in"),
        QStringLiteral("%1 / %2").arg(summary.counters.bytesOut).arg(summary.counters.bytesIn));
    table.addInfo(QStringLiteral("Letterbox: committing %1 messages to the outbox").arg(s_messages),
        QStringLiteral("%1 s").arg(enqueueSeconds, 0, 'f', 2));
    table.addNote(QStringLiteral("Lab on %1:%2 (Postfix 3.7 + Dovecot 2.3 LMTP), %3-byte messages, TLS %4 %5.")
                      .arg(env.host)
                      .arg(port)
                      .arg(s_messageSize)
                      .arg(summary.counters.tlsProtocol, summary.counters.tlsCipher));
    table.addNote(QStringLiteral("Letterbox time: flush() to flushFinished, with connect, STARTTLS and AUTH; each "
                                 "Sent copy filed in the store. The floor's time excludes its login."));
    return true;
}

} // namespace Letterbox::Bench
