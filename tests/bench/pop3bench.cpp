#include "pop3bench.h"

#include "benchlab.h"
#include "benchsuite.h"
#include "benchtable.h"
#include "lineclient.h"
#include "retrievalbench.h"

#include "services/pop3/pop3retrieval.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace Letterbox::Bench {

namespace {

using Retrieval::Step;

constexpr int s_messages = 10000;
const QString s_user = QStringLiteral("dave");

std::optional<Step> floorStep(const LabEnvironment &env, int count)
{
    const std::optional<QList<double>> figures = Retrieval::runFigures(QStringLiteral("python3"),
        {Retrieval::floorScript(QStringLiteral("pop3_retr_floor.py")), env.host,
            QString::number(env.port(QStringLiteral("pop3s"))), env.caFile, s_user, env.password(s_user),
            QString::number(count)});
    if (!figures || figures->size() != 3) {
        return std::nullopt;
    }
    return Step {figures->at(0), qint64(figures->at(1)), qint64(figures->at(2))};
}

/**
 * fetchmail, every message (fetchall), kept on the server, written to a BSMTP file in a
 * directory of its own: local delivery without an MTA or a process per message. (getmail6
 * forks a child per Maildir delivery and, run as root, lost one child's exit in our runs.)
 */
std::optional<Step> fetchmail(const LabEnvironment &env, const QString &root, QString *note)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("fetchmail"));
    if (program.isEmpty()) {
        *note = QStringLiteral("fetchmail is not installed (packaging/install-deps bench): no reference figure.");
        return std::nullopt;
    }
    const QString directory = root + QLatin1String("/fetchmail");
    QDir().mkpath(directory);
    const QString config = directory + QLatin1String("/fetchmailrc");
    const QString output = directory + QLatin1String("/mail.bsmtp");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *note = QStringLiteral("cannot write %1").arg(config);
        return std::nullopt;
    }
    file.write(QStringLiteral("set no syslog\npoll %1 protocol pop3 port %2\n  user %3 there with password \"%4\" "
                              "is root here\n  ssl sslcertck sslcertfile %5\n  keep fetchall bsmtp %6\n")
                   .arg(env.host)
                   .arg(env.port(QStringLiteral("pop3s")))
                   .arg(s_user, env.password(s_user), env.caFile, output)
                   .toUtf8());
    file.close();
    // fetchmail refuses a run-control file others can read.
    QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::optional<QList<double>> figures = Retrieval::runFigures(QStringLiteral("python3"),
        {Retrieval::floorScript(QStringLiteral("rusage.py")), program, QStringLiteral("-f"), config,
            QStringLiteral("-i"), directory + QLatin1String("/ids"), QStringLiteral("--pidfile"),
            directory + QLatin1String("/pid")});
    if (!figures || figures->size() != 2) {
        *note = QStringLiteral("fetchmail failed (see its error above).");
        return std::nullopt;
    }
    QFile written(output);
    qint64 messages = 0;
    if (written.open(QIODevice::ReadOnly)) {
        while (!written.atEnd()) {
            messages += written.readLine().startsWith("MAIL FROM:") ? 1 : 0;
        }
    }
    *note = QStringLiteral("fetchmail %1 wrote %2 messages to a BSMTP file (no fsync).").arg(program).arg(messages);
    return Step {figures->at(0), -1, qint64(figures->at(1))};
}

} // namespace

bool runPop3Bench(const BenchOptions &options, BenchTable &table)
{
    BenchLab lab;
    QString error;
    if (!lab.start(&error)) {
        table.addNote(error);
        return false;
    }
    const LabEnvironment &env = lab.environment();
    QTemporaryDir temporary;
    const QString root = options.directory.isEmpty() ? temporary.path() : options.directory;
    std::unique_ptr<LineClient> other = Retrieval::login(lab, s_user, &error);
    const int messages = other ? Retrieval::ensureMessages(lab, *other, s_user, s_messages, &error) : -1;
    other.reset();
    if (messages < 0) {
        table.addNote(error);
        return false;
    }
    const QString size = QLocale(QLocale::English).toString(messages);

    // Dovecot works out each message's POP3 size at the first login to a maildrop: an
    // untimed session first, so no measured client pays for it.
    std::fprintf(stderr, "pop3: %s messages, warming Dovecot, then the floor…\n", qPrintable(size));
    floorStep(env, 1);
    const std::optional<Step> floor = floorStep(env, messages);

    std::fprintf(stderr, "pop3: %s messages, Letterbox…\n", qPrintable(size));
    Store::Database database(root + QLatin1String("/letterbox-pop3"));
    if (const Store::Status opened = database.open(); !opened.ok()) {
        table.addNote(opened.message());
        return false;
    }
    Services::Pop3Retrieval engine(database);
    Services::Pop3ServerSettings settings;
    settings.accountName = QStringLiteral("bench-pop3");
    settings.endpoint = {env.host, env.port(QStringLiteral("pop3s"))};
    settings.tls.addCaFile(env.caFile, &error);
    settings.session.security = Pop3::Pop3Security::ImplicitTls;
    settings.session.credentials = {s_user, env.password(s_user), {}};
    settings.retention = Accounts::Pop3Retention::Keep;
    engine.setSettings(settings);
    Step ours;
    const std::optional<Services::SyncReport> report = Retrieval::run(engine, {}, &ours);
    if (!report || !report->ok()) {
        table.addNote(QStringLiteral("Letterbox's download did not complete: %1")
                          .arg(report && report->error ? report->error->text : QStringLiteral("no finished()")));
        return false;
    }
    const int stored = report->folders.isEmpty() ? 0 : report->folders.first().newMessages;

    std::fprintf(stderr, "pop3: %s messages, fetchmail…\n", qPrintable(size));
    QString note;
    const std::optional<Step> reference = fetchmail(env, root, &note);

    const QString cell = Retrieval::cell(ours) + QStringLiteral(", %1 round trips").arg(report->roundTrips);
    const QString row
        = QStringLiteral("Letterbox: %1 messages (%2 stored), empty cache, kept on server").arg(size).arg(stored);
    if (reference) {
        table.add(row, cell, QStringLiteral("faster than fetchmail (%1)").arg(Retrieval::seconds(reference->seconds)),
            ours.seconds < reference->seconds);
        table.addInfo(QStringLiteral("fetchmail: %1 messages to a BSMTP file, kept on server").arg(size),
            Retrieval::cell(*reference));
    } else {
        table.add(row, cell, QStringLiteral("faster than fetchmail"), false);
    }
    if (floor) {
        table.add(QStringLiteral("Letterbox ÷ floor (same run)"),
            QStringLiteral("%1×").arg(ours.seconds / floor->seconds, 0, 'f', 2), QStringLiteral("≤ 1.3×"),
            ours.seconds <= 1.3 * floor->seconds);
        table.addInfo(QStringLiteral("floor: RETR 1..%1 in a loop, one socket, data thrown away").arg(size),
            Retrieval::cell(*floor));
    } else {
        table.addNote(QStringLiteral("The floor did not run (python3 and tests/bench/floors/pop3_retr_floor.py)."));
    }
    table.addNote(note);
    table.addNote(QStringLiteral("Lab on %1:%2 (POP3S, Dovecot 2.3, mailgen.py bulk mail in %3's maildrop).")
                      .arg(env.host)
                      .arg(env.port(QStringLiteral("pop3s")))
                      .arg(s_user));
    table.addNote(QStringLiteral("Cells: wall seconds, protocol bytes both ways on the TLS stream (Letterbox: whole "
                                 "run with login, UIDL and LIST; floor: its RETRs), peak memory (Letterbox: VmHWM "
                                 "of this process, reset by /proc/self/clear_refs; others: ru_maxrss)."));
    table.addNote(QStringLiteral("Letterbox stores each message durably (blob + row, Durability::Full per batch); "
                                 "the floor stores nothing."));
    return true;
}

} // namespace Letterbox::Bench
