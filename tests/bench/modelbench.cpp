#include "modelbench.h"

#include "benchsuite.h"
#include "benchtable.h"
#include "retrievalbench.h"
#include "syntheticmail.h"

#include "models/accountcaches.h"
#include "models/foldertreemodel.h"
#include "models/messagelistmodel.h"
#include "models/roles.h"
#include "store/database.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace Letterbox::Bench {

using Models::MessageListModel;

namespace {

constexpr int s_firstRows = 50; // what a message list shows in a window of ordinary height

void progress(const char *what)
{
    std::fprintf(stderr, "models: %s…\n", what);
}

/// VmRSS of this process in KiB; -1 when unreadable.
qint64 residentKib()
{
    return Retrieval::statusKib("VmRSS:");
}

/// What a view paints for rows [first, first + count): every column's text, font and icon.
int paintRows(const MessageListModel &model, int first, int count)
{
    int painted = 0;
    const int end = std::min(model.rowCount(), first + count);
    for (int row = first; row < end; ++row) {
        for (int column = 0; column < MessageListModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            painted += index.data(Qt::DisplayRole).isValid() ? 1 : 0;
            (void)index.data(Qt::FontRole);
            (void)index.data(Models::IconNameRole);
        }
    }
    return painted;
}

} // namespace

bool runModelBench(const BenchOptions &options, BenchTable &table)
{
    QTemporaryDir temporary;
    const QString root = options.directory.isEmpty() ? temporary.path() : options.directory;
    const QString suffix = QStringLiteral("-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const int count = options.scale;
    const QString scale = QLocale(QLocale::English).toString(count);

    // Two accounts with a 100,000-message Inbox each, as a header sync leaves them.
    progress("filling two caches");
    Store::Database first(root + QLatin1String("/models-a") + suffix);
    Store::Database second(root + QLatin1String("/models-b") + suffix);
    qint64 inboxes[2] = {0, 0};
    Store::Database *databases[2] = {&first, &second};
    for (int account = 0; account < 2; ++account) {
        if (const Store::Status opened = databases[account]->open(); !opened.ok()) {
            table.addNote(opened.message());
            return false;
        }
        const Store::Result<FilledInbox> filled
            = fillInbox(*databases[account], options.seed + quint32(account), count, false);
        if (!filled.ok()) {
            table.addNote(filled.message());
            return false;
        }
        inboxes[account] = filled.value().folderId;
    }
    Models::AccountCaches caches;
    caches.addAccount(QStringLiteral("a"), &first);
    caches.addAccount(QStringLiteral("b"), &second);

    // 1. Memory first, before other models have come and gone (their freed heap would hide
    //    this one's): a new model opened on one folder and scrolled over every row.
    progress("scrolling every row");
    const bool peakReset = Retrieval::resetPeakMemory();
    const qint64 before = residentKib();
    const qint64 peakBefore = Retrieval::peakKib();
    double scrollMs = 0;
    {
        MessageListModel scrolled(caches);
        scrolled.showFolder(0, inboxes[0]);
        QElapsedTimer scroll;
        scroll.start();
        for (int row = 0; row < scrolled.rowCount(); row += s_firstRows) {
            paintRows(scrolled, row, s_firstRows);
        }
        scrollMs = milliseconds(scroll);
        table.addInfo(QStringLiteral("records held after the scroll (bound: %1); ids: 8 bytes a row")
                          .arg(scrolled.cachedRecordLimit()),
            QString::number(scrolled.cachedRecordCount()));
    }
    const qint64 peakGrowth = Retrieval::peakKib() - (peakReset ? before : peakBefore);
    table.add(QStringLiteral("peak RSS growth: new model, open, scrolled over all %1 rows").arg(scale),
        megabytes(peakGrowth), QStringLiteral("< 20 MB"), peakGrowth >= 0 && peakGrowth * 1024 < 20LL * 1000 * 1000);
    table.addInfo(QStringLiteral("scroll over all %1 rows, %2 at a time, every column").arg(scale).arg(s_firstRows),
        ms(scrollMs));

    // 2. First paint: a new model on the folder, then what a view asks for its first rows.
    progress("first paint");
    QList<double> firstPaint;
    for (int r = 0; r < std::max(options.repeats, 9); ++r) {
        QElapsedTimer timer;
        timer.start();
        MessageListModel model(caches);
        model.showFolder(0, inboxes[0]);
        if (paintRows(model, 0, s_firstRows) == 0) {
            table.addNote(QStringLiteral("the first rows painted nothing"));
            return false;
        }
        firstPaint.append(milliseconds(timer));
    }
    const double firstPaintMedian = median(firstPaint);
    table.add(QStringLiteral("new model on a %1-message folder → data() of the first %2 rows, median")
                  .arg(scale)
                  .arg(s_firstRows),
        ms(firstPaintMedian), QStringLiteral("< 150 ms"), firstPaintMedian < 150);

    // 3. Switching folders in one model (the click in the folder tree).
    progress("switching folders");
    MessageListModel model(caches);
    model.showFolder(0, inboxes[0]);
    paintRows(model, 0, s_firstRows);
    QList<double> switches;
    for (int r = 0; r < std::max(options.repeats, 10); ++r) {
        const int account = (r + 1) % 2;
        QElapsedTimer timer;
        timer.start();
        model.showFolder(account, inboxes[account]);
        paintRows(model, 0, s_firstRows);
        switches.append(milliseconds(timer));
    }
    const double switchMedian = median(switches);
    table.add(
        QStringLiteral("switch between two %1-message folders → first %2 rows, median").arg(scale).arg(s_firstRows),
        ms(switchMedian), QStringLiteral("< 150 ms"), switchMedian < 150);

    paintRows(model, 0, s_firstRows);
    const qint64 resident = residentKib();
    table.add(QStringLiteral("RSS of this process, both caches and a model open (no widgets)"), megabytes(resident),
        QStringLiteral("< 200 MB"), resident >= 0 && resident * 1024 < 200LL * 1000 * 1000);

    // 4. Figures without targets.
    progress("sorting, new mail, unified Inbox, threads");
    {
        QElapsedTimer timer;
        timer.start();
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        paintRows(model, 0, s_firstRows);
        table.addInfo(QStringLiteral("re-sort %1 rows by subject (a layout change) → first rows").arg(scale),
            ms(milliseconds(timer)));
        model.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    }
    {
        SyntheticMail mail(options.seed + 7);
        QList<Store::NewMessage> arrivals;
        for (int i = 1; i <= 100; ++i) {
            arrivals.append(mail.next(quint32(count + i), false));
        }
        QElapsedTimer timer;
        timer.start();
        (void)Store::MessageStore(first).insert(inboxes[0], arrivals); // the model follows on the signal
        paintRows(model, 0, s_firstRows);
        table.addInfo(QStringLiteral("100 new messages into the open folder: insert + model update + repaint"),
            ms(milliseconds(timer)));
    }
    {
        QElapsedTimer timer;
        timer.start();
        model.showUnifiedInbox();
        paintRows(model, 0, s_firstRows);
        table.addInfo(QStringLiteral("unified Inbox over both (%1 rows) → first rows")
                          .arg(QLocale(QLocale::English).toString(model.rowCount())),
            ms(milliseconds(timer)));
    }
    {
        QElapsedTimer timer;
        timer.start();
        model.showFolder(0, inboxes[0]);
        model.setThreaded(true);
        paintRows(model, 0, s_firstRows);
        table.addInfo(QStringLiteral("threaded view of %1 messages → first rows").arg(scale), ms(milliseconds(timer)));
        model.setThreaded(false);
    }
    {
        // Search as you type: a word typed letter by letter (from the second), each
        // keystroke a search over both caches (subjects and addresses: no bodies here).
        const QString word = SyntheticMail(options.seed).word(41);
        QList<double> keystrokes;
        int hits = 0;
        for (qsizetype length = 2; length <= word.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            model.showSearch(word.left(length));
            paintRows(model, 0, s_firstRows);
            keystrokes.append(milliseconds(timer));
            hits = model.rowCount();
        }
        table.addInfo(QStringLiteral("search as you type “%1” over both caches → first rows, median (worst)").arg(word),
            QStringLiteral("%1 (%2)").arg(
                ms(median(keystrokes)), ms(*std::max_element(keystrokes.cbegin(), keystrokes.cend()))));
        table.addInfo(QStringLiteral("hits shown for “%1” (best 500)").arg(word), QString::number(hits));
    }
    {
        QElapsedTimer timer;
        timer.start();
        Models::FolderTreeModel tree(caches);
        (void)tree.index(0, 0).data();
        table.addInfo(QStringLiteral("folder tree of both accounts"), ms(milliseconds(timer)));
    }

    table.addNote(
        QStringLiteral("Data: two caches of %1 synthetic messages each (headers, no bodies; seed %2) under %3. "
                       "Times are the model's part only: no widget, no layout, no painting.")
            .arg(scale)
            .arg(options.seed)
            .arg(root));
    table.addNote(QStringLiteral(
        "Peak growth is VmHWM after the scroll minus VmRSS before the model was made (VmHWM reset through "
        "/proc/self/clear_refs%1).")
                      .arg(peakReset ? QString() : QStringLiteral(", which the kernel refused: peak since start")));
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    if (loadAverage.open(QIODevice::ReadOnly)) {
        table.addNote(QStringLiteral("Load average at the end (1, 5, 15 min): %1 on %2 cores.")
                          .arg(QString::fromLatin1(loadAverage.readAll()).section(QLatin1Char(' '), 0, 2))
                          .arg(QThread::idealThreadCount()));
    }
    first.close();
    second.close();
    QDir(first.directory()).removeRecursively();
    QDir(second.directory()).removeRecursively();
    return true;
}

} // namespace Letterbox::Bench
