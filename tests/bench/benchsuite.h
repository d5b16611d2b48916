#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Letterbox::Bench {

class BenchTable;

/// The options every suite receives from the command line.
struct BenchOptions
{
    QString directory; ///< where to put caches and data; a temporary directory when empty
    int scale = 100000; ///< messages in the large folder
    int repeats = 9; ///< runs behind each median
    quint32 seed = 20240101;
};

/// One suite: a name for the command line and a function that fills a table.
struct BenchSuite
{
    QString name;
    QString summary;
    std::function<bool(const BenchOptions &options, BenchTable &table)> run;
};

/// Every suite the runner knows (store today; the engine and window issues add theirs).
QList<BenchSuite> allSuites();

} // namespace Letterbox::Bench
