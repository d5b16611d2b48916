#include "benchsuite.h"

#include "smtpbench.h"
#include "storebench.h"

namespace Letterbox::Bench {

QList<BenchSuite> allSuites()
{
    return {
        {QStringLiteral("store"), QStringLiteral("SQLite cache: inserts, full-text search, first page"), runStoreBench},
        {QStringLiteral("smtp"), QStringLiteral("SMTP submission of 1,000 messages over one connection"), runSmtpBench},
    };
}

} // namespace Letterbox::Bench
