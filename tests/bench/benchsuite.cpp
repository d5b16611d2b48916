#include "benchsuite.h"

#include "storebench.h"

namespace Letterbox::Bench {

QList<BenchSuite> allSuites()
{
    return {
        {QStringLiteral("store"), QStringLiteral("SQLite cache: inserts, full-text search, first page"), runStoreBench},
    };
}

} // namespace Letterbox::Bench
