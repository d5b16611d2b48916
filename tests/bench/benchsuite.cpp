#include "benchsuite.h"

#include "imapbench.h"
#include "modelbench.h"
#include "pop3bench.h"
#include "smtpbench.h"
#include "storebench.h"
#include "viewbench.h"
#include "windowbench.h"

namespace Letterbox::Bench {

QList<BenchSuite> allSuites()
{
    return {
        {QStringLiteral("store"), QStringLiteral("SQLite cache: inserts, full-text search, first page"), runStoreBench},
        {QStringLiteral("smtp"), QStringLiteral("SMTP submission of 1,000 messages over one connection"), runSmtpBench},
        {QStringLiteral("imap"), QStringLiteral("IMAP sync of 10,000 and 100,000 messages, and 10,000 bodies"),
            runImapBench},
        {QStringLiteral("pop3"), QStringLiteral("POP3 download of 10,000 messages"), runPop3Bench},
        {QStringLiteral("models"), QStringLiteral("message list and folder tree over 100,000-message folders"),
            runModelBench},
        {QStringLiteral("window"), QStringLiteral("the main window over two 100,000-message accounts (offscreen)"),
            runWindowBench},
        {QStringLiteral("view"), QStringLiteral("message view: a 200 KB HTML newsletter from asking to first paint"),
            runViewBench},
    };
}

} // namespace Letterbox::Bench
