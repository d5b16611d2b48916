#include "imapbench.h"

#include "benchlab.h"
#include "benchsuite.h"
#include "benchtable.h"
#include "lineclient.h"
#include "retrievalbench.h"

#include "services/imap/imapretrieval.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace Letterbox::Bench {

namespace {

using Retrieval::Step;

constexpr int s_smallFolder = 10000;
constexpr int s_flagChanges = 100;
// What ImapFolderSync asks for new messages (imapfoldersync.cpp), as one command.
const QString s_headerFetch = QStringLiteral(
    "UID FETCH 1:* (UID FLAGS MODSEQ INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS "
    "(REFERENCES)])");
const QString s_bodyFetch = QStringLiteral("UID FETCH 1:* BODY.PEEK[]");

Services::ImapServerSettings settingsFor(const LabEnvironment &env, const QString &user)
{
    Services::ImapServerSettings settings;
    settings.accountName = user;
    settings.endpoint = {env.host, env.port(QStringLiteral("imaps"))};
    QString error;
    settings.tls.addCaFile(env.caFile, &error);
    settings.session.security = Imap::ImapSecurity::ImplicitTls;
    settings.session.credentials = Imap::ImapCredentials {user, env.password(user), {}};
    return settings;
}

/// One Letterbox step: a new engine on @p database, as a new run of the CLI would be.
std::optional<Services::SyncReport> letterbox(
    Store::Database &database, const LabEnvironment &env, const QString &user, bool bodies, Step *step)
{
    Services::ImapRetrieval engine(database);
    engine.setSettings(settingsFor(env, user));
    Services::SyncRequest request;
    request.folder = QStringLiteral("INBOX");
    request.bodies = bodies;
    std::optional<Services::SyncReport> report = Retrieval::run(engine, request, step);
    if (report && !report->ok()) {
        std::fprintf(stderr, "imap: Letterbox failed: %s\n", qPrintable(report->error->text));
        return std::nullopt;
    }
    return report;
}

std::optional<Step> floorStep(const LabEnvironment &env, const QString &user, const QString &command)
{
    const std::optional<QList<double>> figures = Retrieval::runFigures(QStringLiteral("python3"),
        {Retrieval::floorScript(QStringLiteral("imap_fetch_floor.py")), env.host,
            QString::number(env.port(QStringLiteral("imaps"))), env.caFile, user, env.password(user),
            QStringLiteral("INBOX"), command});
    if (!figures || figures->size() != 3) {
        return std::nullopt;
    }
    return Step {figures->at(0), qint64(figures->at(1)), qint64(figures->at(2))};
}

QString letterboxCell(const Step &step, const Services::SyncReport &report)
{
    return Retrieval::cell(step) + QStringLiteral(", %1 round trips").arg(report.roundTrips);
}

/// mbsync (isync) pulling INBOX into a Maildir of its own, with its own state directory.
std::optional<Step> mbsync(const LabEnvironment &env, const QString &user, const QString &root, QString *note)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("mbsync"));
    if (program.isEmpty()) {
        *note = QStringLiteral("mbsync is not installed (packaging/install-deps bench): no reference figure.");
        return std::nullopt;
    }
    const QString directory = root + QLatin1String("/mbsync");
    QDir().mkpath(directory + QLatin1String("/mail"));
    QDir().mkpath(directory + QLatin1String("/state"));
    const QString config = directory + QLatin1String("/mbsyncrc");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *note = QStringLiteral("cannot write %1").arg(config);
        return std::nullopt;
    }
    file.write(QStringLiteral("IMAPAccount lab\nHost %1\nPort %2\nUser %3\nPass \"%4\"\nSSLType IMAPS\n"
                              "CertificateFile %5\n\nIMAPStore lab-far\nAccount lab\n\n"
                              "MaildirStore lab-near\nPath %6/mail/\nInbox %6/mail/INBOX\n\n"
                              "Channel bench\nFar :lab-far:\nNear :lab-near:\nPatterns INBOX\nSync Pull\n"
                              "Create Near\nSyncState %6/state/\n")
                   .arg(env.host)
                   .arg(env.port(QStringLiteral("imaps")))
                   .arg(user, env.password(user), env.caFile, directory)
                   .toUtf8());
    file.close();
    const std::optional<QList<double>> figures = Retrieval::runFigures(QStringLiteral("python3"),
        {Retrieval::floorScript(QStringLiteral("rusage.py")), program, QStringLiteral("-q"), QStringLiteral("-c"),
            config, QStringLiteral("bench")});
    if (!figures || figures->size() != 2) {
        *note = QStringLiteral("mbsync failed (see its error above).");
        return std::nullopt;
    }
    const qint64 files = QDir(directory + QLatin1String("/mail/INBOX/cur")).count()
        + QDir(directory + QLatin1String("/mail/INBOX/new")).count() - 4;
    *note = QStringLiteral("mbsync %1 stored %2 messages (Maildir, fsync on, its default).").arg(program).arg(files);
    return Step {figures->at(0), -1, qint64(figures->at(1))};
}

/// Flags 100 unflagged messages spread over the folder, over the raw second connection;
/// false when the folder has too few or the server refused.
bool changeFlags(LineClient &client)
{
    if (!client.imapCommand("c1", "SELECT INBOX").last().startsWith("c1 OK")) {
        return false;
    }
    QByteArrayList unflagged;
    for (const QByteArray &line : client.imapCommand("c2", "UID SEARCH UNFLAGGED")) {
        if (line.startsWith("* SEARCH ")) {
            unflagged = line.mid(9).trimmed().split(' ');
        }
    }
    if (unflagged.size() < s_flagChanges) {
        return false;
    }
    QByteArrayList uids;
    for (int i = 0; i < s_flagChanges; ++i) {
        uids.append(unflagged.at(qsizetype(i) * unflagged.size() / s_flagChanges));
    }
    const QList<QByteArray> reply
        = client.imapCommand("c3", "UID STORE " + uids.join(',') + " +FLAGS.SILENT (\\Flagged)");
    client.imapCommand("c4", "UNSELECT");
    return !reply.isEmpty() && reply.last().startsWith("c3 OK");
}

/// Steps (a)-(c), and (d) when @p bodies, on @p user's INBOX of @p count messages.
bool measureFolder(
    const BenchLab &lab, const QString &user, int count, bool bodies, const QString &root, BenchTable &table)
{
    const LabEnvironment &env = lab.environment();
    QString error;
    std::unique_ptr<LineClient> other = Retrieval::login(lab, user, &error);
    const int messages = other ? Retrieval::ensureMessages(lab, *other, user, count, &error) : -1;
    if (messages < 0) {
        table.addNote(error);
        return false;
    }
    const QString size = QLocale(QLocale::English).toString(messages);
    const bool large = messages >= 100000;

    // Dovecot parses ENVELOPE and BODYSTRUCTURE on their first FETCH and keeps them in its
    // index cache: an untimed first pass, so neither the floor nor Letterbox pays for it.
    std::fprintf(stderr, "imap: %s messages, warming Dovecot's cache, then floor (a)…\n", qPrintable(size));
    floorStep(env, user, s_headerFetch);
    const std::optional<Step> floorA = floorStep(env, user, s_headerFetch);
    std::fprintf(stderr, "imap: %s messages, Letterbox (a)-(c)…\n", qPrintable(size));
    Store::Database database(root + QLatin1String("/letterbox-") + user);
    if (const Store::Status opened = database.open(); !opened.ok()) {
        table.addNote(opened.message());
        return false;
    }
    Step a, b, c;
    const std::optional<Services::SyncReport> first = letterbox(database, env, user, false, &a);
    const std::optional<Services::SyncReport> again = first ? letterbox(database, env, user, false, &b) : std::nullopt;
    const bool changed = again && changeFlags(*other);
    const std::optional<Services::SyncReport> flags
        = changed ? letterbox(database, env, user, false, &c) : std::nullopt;
    if (!first || !again || !flags) {
        table.addNote(QStringLiteral("Letterbox's sync of %1's INBOX did not complete.").arg(user));
        return false;
    }
    if (floorA) {
        table.add(QStringLiteral("(a) %1: first header sync, Letterbox").arg(size), letterboxCell(a, *first),
            QStringLiteral("≤ 1.5× floor (%1)").arg(Retrieval::seconds(1.5 * floorA->seconds)),
            a.seconds <= 1.5 * floorA->seconds);
        table.addInfo(QStringLiteral("(a) %1: floor, one %2").arg(size, s_headerFetch.section(QLatin1Char(' '), 0, 2)),
            Retrieval::cell(*floorA));
    } else {
        table.addNote(QStringLiteral("The floor (a) did not run for %1 messages.").arg(size));
    }
    const QString resync = QStringLiteral("(b) %1: resync, no change").arg(size);
    if (large) {
        table.add(
            resync, letterboxCell(b, *again), QStringLiteral("< 0.2 s and < 4 KB"), b.seconds < 0.2 && b.bytes < 4096);
    } else {
        table.addInfo(resync, letterboxCell(b, *again));
    }
    const int flagged = flags->folders.isEmpty() ? 0 : flags->folders.first().changed;
    table.addInfo(QStringLiteral("(c) %1: resync after %2 flag changes (%3 rows changed)")
                      .arg(size)
                      .arg(s_flagChanges)
                      .arg(flagged),
        letterboxCell(c, *flags));
    if (!bodies) {
        return true;
    }

    std::fprintf(stderr, "imap: %s messages, floor (d)…\n", qPrintable(size));
    const std::optional<Step> floorD = floorStep(env, user, s_bodyFetch);
    std::fprintf(stderr, "imap: %s messages, Letterbox (d)…\n", qPrintable(size));
    Store::Database bodyCache(root + QLatin1String("/letterbox-bodies-") + user);
    if (const Store::Status opened = bodyCache.open(); !opened.ok()) {
        table.addNote(opened.message());
        return false;
    }
    Step d;
    const std::optional<Services::SyncReport> download = letterbox(bodyCache, env, user, true, &d);
    if (!download) {
        table.addNote(QStringLiteral("Letterbox's body download did not complete."));
        return false;
    }
    std::fprintf(stderr, "imap: %s messages, mbsync (d)…\n", qPrintable(size));
    QString note;
    const std::optional<Step> reference = mbsync(env, user, root, &note);
    const int fetched = download->folders.isEmpty() ? 0 : download->folders.first().bodiesFetched;
    const QString row
        = QStringLiteral("(d) %1: every body (%2 fetched), from an empty cache, Letterbox").arg(size).arg(fetched);
    if (reference) {
        table.add(row, letterboxCell(d, *download),
            QStringLiteral("faster than mbsync (%1)").arg(Retrieval::seconds(reference->seconds)),
            d.seconds < reference->seconds);
        table.addInfo(
            QStringLiteral("(d) %1: mbsync -q, from an empty Maildir").arg(size), Retrieval::cell(*reference));
    } else {
        table.add(row, letterboxCell(d, *download), QStringLiteral("faster than mbsync"), false);
    }
    table.addNote(note);
    if (floorD) {
        table.addInfo(QStringLiteral("(d) %1: floor, one %2").arg(size, s_bodyFetch), Retrieval::cell(*floorD));
    }
    return true;
}

} // namespace

bool runImapBench(const BenchOptions &options, BenchTable &table)
{
    BenchLab lab;
    QString error;
    if (!lab.start(&error)) {
        table.addNote(error);
        return false;
    }
    QTemporaryDir temporary;
    const QString root = options.directory.isEmpty() ? temporary.path() : options.directory;
    const bool small = measureFolder(lab, QStringLiteral("carol"), s_smallFolder, true, root, table);
    const bool large = measureFolder(lab, QStringLiteral("alice"), options.scale, false, root, table);
    const LabEnvironment &env = lab.environment();
    table.addNote(QStringLiteral("Lab on %1:%2 (IMAPS, Dovecot 2.3, mailgen.py bulk mail); carol's and alice's "
                                 "INBOX, filled to size by tests/mailstack/fill.")
                      .arg(env.host)
                      .arg(env.port(QStringLiteral("imaps"))));
    table.addNote(QStringLiteral("Cells: wall seconds, protocol bytes both ways on the TLS stream (Letterbox: "
                                 "whole run with login; floor: its one command), peak memory."));
    table.addNote(QStringLiteral("Peak memory: Letterbox, VmHWM of this process per step (reset by writing 5 to "
                                 "/proc/self/clear_refs, so it includes the runner's own few MiB); floor and "
                                 "mbsync, ru_maxrss of their process (the floor is a Python interpreter)."));
    table.addNote(QStringLiteral("Letterbox (a)-(c) is a new ImapRetrieval per step on one cache; (d) a cache of "
                                 "its own, headers and bodies in one run (Durability::Full per batch)."));
    return small && large;
}

} // namespace Letterbox::Bench
