// A test-only child for tst_pop3kill: runs one Pop3Retrieval (leave on server) for a lab
// user into a cache directory, and reports on stderr, one line each, as it goes:
// "progress DONE TOTAL" and at the end "finished ok" or "finished error TEXT". The parent
// kills it with SIGKILL at a point of its choosing. With STOP_AT the child freezes once
// STOP_AT messages are done, so the kill lands exactly there however fast the download.
//
// Usage: pop3syncchild CACHE_DIR USER [STOP_AT]   (LETTERBOX_LAB_ENV names the lab)
#include "pop3labmailbox.h"

#include "services/pop3/pop3retrieval.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Letterbox;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString error;
    const std::optional<LabEnvironment> lab = LabEnvironment::load(&error);
    if ((args.size() != 3 && args.size() != 4) || !lab) {
        std::fprintf(stderr, "usage: pop3syncchild CACHE_DIR USER (%s)\n", qPrintable(error));
        return 2;
    }
    Store::Database database(args.at(1));
    if (Store::Status status = database.open(); !status.ok()) {
        std::fprintf(stderr, "finished error %s\n", qPrintable(status.message()));
        return 1;
    }
    Services::Pop3Retrieval engine(database);
    engine.setSettings(Pop3LabMailbox(*lab, args.at(2)).settings(true, Accounts::Pop3Retention::Keep));
    const qint64 stopAt = args.size() == 4 ? args.at(3).toLongLong() : -1;
    QObject::connect(&engine, &Services::Pop3Retrieval::progress, [stopAt](const QString &, qint64 done, qint64 total) {
        std::fprintf(stderr, "progress %lld %lld\n", static_cast<long long>(done), static_cast<long long>(total));
        std::fflush(stderr);
        while (stopAt >= 0 && done >= stopAt) {
            ::pause(); // until the parent's SIGKILL
        }
    });
    int code = 1;
    QObject::connect(&engine, &Services::Pop3Retrieval::finished, [&](const Services::SyncReport &report) {
        if (report.ok()) {
            std::fprintf(stderr, "finished ok\n");
            code = 0;
        } else {
            std::fprintf(stderr, "finished error %s\n", qPrintable(report.error->text));
        }
        app.quit();
    });
    if (!engine.sync({})) {
        return 1;
    }
    app.exec();
    return code;
}
