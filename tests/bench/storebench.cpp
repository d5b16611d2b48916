#include "storebench.h"

#include "benchsuite.h"
#include "benchtable.h"
#include "syntheticmail.h"

#include "store/database.h"
#include "store/folderstore.h"
#include "store/integritycheck.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace Letterbox::Bench {

using namespace Letterbox::Store;

namespace {

constexpr int s_batchSize = 5000; // headers an engine commits at a time

void progress(const char *what)
{
    std::fprintf(stderr, "store: %s…\n", what);
}

} // namespace

bool runStoreBench(const BenchOptions &options, BenchTable &table)
{
    QTemporaryDir temporary;
    const QString root = options.directory.isEmpty() ? temporary.path() : options.directory;
    const QString suffix = QStringLiteral("-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const int count = options.scale;
    const QString scale = QLocale::c().toString(count);

    // 1. Inserts as a header sync makes them: envelope, flags, snippet, threading, no body.
    progress("inserting headers");
    Database headers(root + QLatin1String("/headers") + suffix);
    if (const Status status = headers.open(); !status.ok()) {
        table.addNote(status.message());
        return false;
    }
    const Result<FilledInbox> headerRun = fillInbox(headers, options.seed, count, false);
    headers.close();
    QDir(headers.directory()).removeRecursively();
    if (!headerRun.ok()) {
        table.addNote(headerRun.message());
        return false;
    }
    const double headerRate = count / headerRun.value().seconds;
    table.add(QStringLiteral("insert %1 message rows (batches of %2)").arg(scale).arg(s_batchSize),
        QStringLiteral("%1 rows/s").arg(QLocale::c().toString(qint64(headerRate))), QStringLiteral("≥ 50,000 rows/s"),
        headerRate >= 50000);

    // 1b. The same in smaller transactions: each commit rewrites every index page it
    //     touched, so the rate falls with the batch.
    progress("inserting headers in smaller batches");
    {
        Database small(root + QLatin1String("/small") + suffix);
        if (const Status status = small.open(); !status.ok()) {
            table.addNote(status.message());
            return false;
        }
        const Result<FilledInbox> smallRun = fillInbox(small, options.seed, count, false, 1000);
        if (!smallRun.ok()) {
            table.addNote(smallRun.message());
            return false;
        }
        table.addInfo(QStringLiteral("insert %1 message rows (batches of 1000)").arg(scale),
            QStringLiteral("%1 rows/s").arg(QLocale::c().toString(qint64(count / smallRun.value().seconds))));
        small.close();
        QDir(small.directory()).removeRecursively();
    }

    // 2. The same with body text in the full-text index (a "keep everything offline"
    //    download), which also makes the cache for the queries below.
    progress("inserting messages with body text");
    Database full(root + QLatin1String("/bodies") + suffix);
    if (const Status status = full.open(); !status.ok()) {
        table.addNote(status.message());
        return false;
    }
    const Result<FilledInbox> bodyRun = fillInbox(full, options.seed + 1, count, true);
    if (!bodyRun.ok()) {
        table.addNote(bodyRun.message());
        return false;
    }
    const qint64 folderId = bodyRun.value().folderId;
    table.addInfo(QStringLiteral("insert %1 rows with body text (~40–400 words each)").arg(scale),
        QStringLiteral("%1 rows/s").arg(QLocale::c().toString(qint64(count / bodyRun.value().seconds))));

    // 3. Full-text queries of every kind a person types, each run `repeats` times.
    progress("searching");
    SyntheticMail words(options.seed + 1);
    const QStringList queries {
        words.word(27), // "meeting": one of the commonest words
        words.word(60), // a common word
        words.word(400), // an uncommon word
        words.word(5000), // a rare word
        words.word(28) + QLatin1Char(' ') + words.word(44), // two common words, both required
        words.word(150).left(4), // a prefix, as typed
        QStringLiteral("from:") + words.surname(3),
        QLatin1Char('"') + words.word(0) + QLatin1Char(' ') + words.word(3) + QLatin1Char('"'), // a phrase
        QStringLiteral("subject:") + words.word(41),
    };
    MessageQuery query(full);
    QList<double> allRuns;
    double worstQuery = 0;
    QString worstText;
    for (const QString &text : queries) {
        QList<double> runs;
        for (int r = 0; r < options.repeats; ++r) {
            QElapsedTimer timer;
            timer.start();
            const Result<QList<SearchHit>> hits = query.search(text, 50);
            runs.append(milliseconds(timer));
            if (!hits.ok()) {
                table.addNote(hits.message());
                return false;
            }
        }
        allRuns += runs;
        if (median(runs) > worstQuery) {
            worstQuery = median(runs);
            worstText = text;
        }
    }
    const double searchMedian = median(allRuns);
    table.add(QStringLiteral("full-text query over %1 messages, median (%2 queries × %3)")
                  .arg(scale)
                  .arg(queries.size())
                  .arg(options.repeats),
        ms(searchMedian), QStringLiteral("< 50 ms"), searchMedian < 50);
    table.addInfo(QStringLiteral("slowest query's median (“%1”)").arg(worstText), ms(worstQuery));

    // 4. The message list: first page, a deep page, the id list of a windowed model.
    progress("paging");
    QList<double> firstPage;
    for (int r = 0; r < std::max(options.repeats, 20); ++r) {
        QElapsedTimer timer;
        timer.start();
        const Result<MessagePage> page = query.page({folderId, SortKey::Date, Qt::DescendingOrder, {}, 100});
        firstPage.append(milliseconds(timer));
        if (!page.ok() || page.value().rows.size() != 100) {
            table.addNote(page.message());
            return false;
        }
    }
    const double firstPageMedian = median(firstPage);
    table.add(QStringLiteral("first 100 rows of a %1-message folder, date order, median").arg(scale),
        ms(firstPageMedian), QStringLiteral("< 20 ms"), firstPageMedian < 20);

    QList<double> otherSorts;
    for (SortKey sort : {SortKey::From, SortKey::Subject, SortKey::Size, SortKey::Unread}) {
        QElapsedTimer timer;
        timer.start();
        (void)query.page({folderId, sort, Qt::DescendingOrder, {}, 100});
        otherSorts.append(milliseconds(timer));
    }
    table.addInfo(QStringLiteral("first 100 rows, from/subject/size/unread order, slowest"),
        ms(*std::max_element(otherSorts.cbegin(), otherSorts.cend())));

    PageCursor cursor;
    for (int p = 0; p < count / 200; ++p) { // half-way down the folder
        const Result<MessagePage> page = query.page({folderId, SortKey::Date, Qt::DescendingOrder, cursor, 100});
        cursor = page.value().next;
    }
    QList<double> deepPage;
    for (int r = 0; r < options.repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        (void)query.page({folderId, SortKey::Date, Qt::DescendingOrder, cursor, 100});
        deepPage.append(milliseconds(timer));
    }
    table.addInfo(QStringLiteral("100 rows half-way down (keyset cursor), median"), ms(median(deepPage)));

    QList<double> idList;
    for (int r = 0; r < std::min(options.repeats, 5); ++r) {
        QElapsedTimer timer;
        timer.start();
        (void)query.orderedIds(folderId, SortKey::Date);
        idList.append(milliseconds(timer));
    }
    table.addInfo(QStringLiteral("ordered id list of %1 messages, median").arg(scale), ms(median(idList)));

    {
        QElapsedTimer timer;
        timer.start();
        Database reopened(full.directory());
        (void)reopened.open();
        (void)MessageQuery(reopened).page({folderId, SortKey::Date, Qt::DescendingOrder, {}, 100});
        table.addInfo(QStringLiteral("open the cache + first page (new connection)"), ms(milliseconds(timer)));
    }
    {
        QElapsedTimer timer;
        timer.start();
        (void)MessageQuery(full).threadedList(folderId);
        table.addInfo(QStringLiteral("threaded list of %1 messages").arg(scale), ms(milliseconds(timer)));
    }
    for (IntegrityCheck::Depth depth : {IntegrityCheck::Depth::Quick, IntegrityCheck::Depth::Thorough}) {
        QElapsedTimer timer;
        timer.start();
        IntegrityCheck check(full);
        check.setDepth(depth);
        const Result<IntegrityReport> report = check.run();
        table.addInfo(QStringLiteral("integrity check, %1 (%2 messages with bodies)")
                          .arg(depth == IntegrityCheck::Depth::Quick ? QStringLiteral("quick, at start")
                                                                     : QStringLiteral("thorough"))
                          .arg(scale),
            report.ok() && report.value().databaseHealthy ? ms(milliseconds(timer)) : QStringLiteral("failed"));
    }
    table.addInfo(QStringLiteral("cache.sqlite size with bodies indexed (after checkpoint)"), [&] {
        (void)full.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return QStringLiteral("%1 MB").arg(double(QFileInfo(full.filePath()).size()) / 1e6, 0, 'f', 1);
    }());

    table.addNote(
        QStringLiteral("Data: %1 synthetic messages per cache (seed %2), Zipf-distributed words, ~35% replies; "
                       "caches under %3.")
            .arg(scale)
            .arg(options.seed)
            .arg(root));
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    if (loadAverage.open(QIODevice::ReadOnly)) {
        table.addNote(
            QStringLiteral("Load average at the end (1, 5, 15 min): %1 on %2 cores — other work on the machine "
                           "slows every figure.")
                .arg(QString::fromLatin1(loadAverage.readAll()).section(QLatin1Char(' '), 0, 2))
                .arg(QThread::idealThreadCount()));
    }
    table.addNote(QStringLiteral("Insert time counts MessageStore::insert only (threading, FTS, counts, commits), not "
                                 "making the data. Medians over %1 runs; warm page cache.")
                      .arg(options.repeats));
    full.close();
    QDir(full.directory()).removeRecursively();
    return true;
}

} // namespace Letterbox::Bench
