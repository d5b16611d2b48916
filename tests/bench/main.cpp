// letterbox-bench: the benchmark runner (tests/bench). Not a CTest test: benchmarks never
// run in CI and never fail a build; they print a table of figures beside their targets.
//
//     letterbox-bench [--dir DIR] [--scale N] [--repeats N] [--seed N] [SUITE...]
//     letterbox-bench --list

#include "benchsuite.h"
#include "benchtable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>

#include <cstdio>

using namespace Letterbox::Bench;

int main(int argc, char **argv)
{
    // The view suite lays out and paints a real MessageView; without a display it uses the
    // offscreen platform, so every suite runs on a headless machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("letterbox-bench"));
    // The store logs at info level when it migrates; a benchmark's output is its table.
    QLoggingCategory::setFilterRules(QStringLiteral("letterbox.*.info=false\nletterbox.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Letterbox benchmarks, printed as tables with their targets."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the suites."));
    const QCommandLineOption directory(QStringLiteral("dir"),
        QStringLiteral("Work in DIR (on the disk to measure) instead of a temporary directory."),
        QStringLiteral("DIR"));
    const QCommandLineOption scale(
        QStringLiteral("scale"), QStringLiteral("Messages in the large folder (100000)."), QStringLiteral("N"));
    const QCommandLineOption repeats(
        QStringLiteral("repeats"), QStringLiteral("Runs behind each median (9)."), QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data."), QStringLiteral("N"));
    parser.addOptions({list, directory, scale, repeats, seed});
    parser.addPositionalArgument(QStringLiteral("suite"), QStringLiteral("Suites to run (all by default)."));
    parser.process(application);

    const QList<BenchSuite> suites = allSuites();
    if (parser.isSet(list)) {
        for (const BenchSuite &suite : suites) {
            std::printf("%-10s %s\n", qPrintable(suite.name), qPrintable(suite.summary));
        }
        return 0;
    }
    BenchOptions options;
    options.directory = parser.value(directory);
    if (parser.isSet(scale)) {
        options.scale = std::max(1000, parser.value(scale).toInt());
    }
    if (parser.isSet(repeats)) {
        options.repeats = std::max(1, parser.value(repeats).toInt());
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toUInt();
    }
    const QStringList wanted = parser.positionalArguments();
    for (const QString &name : wanted) {
        if (std::none_of(suites.cbegin(), suites.cend(), [&](const BenchSuite &suite) { return suite.name == name; })) {
            std::fprintf(stderr, "letterbox-bench: no suite named %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }
    bool ran = true;
    for (const BenchSuite &suite : suites) {
        if (!wanted.isEmpty() && !wanted.contains(suite.name)) {
            continue;
        }
        BenchTable table(QStringLiteral("%1 — %2").arg(suite.name, suite.summary));
        const bool completed = suite.run(options, table);
        std::printf("%s", qPrintable(table.render()));
        std::fflush(stdout);
        ran = ran && completed;
    }
    // A MISS is a figure, not a failure; only a benchmark that could not run fails.
    return ran ? 0 : 1;
}
