#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Letterbox::Testing {

/**
 * @short Every way a parser test should feed its input (STYLE.md, "Test conventions"):
 * whole, byte by byte, split in two at every offset, then in seeded random chunks.
 *
 * A sans-I/O parser must give the same result however TCP cuts the stream; feeding the
 * same input all these ways finds the state a chunk boundary forgets (llhttp's scan mode,
 * h11's byte-by-byte tests). The random splits use a fixed seed, so a failure names a
 * split that happens again on the next run; description() says which one it was.
 */
class SplitFeeder
{
public:
    struct Split
    {
        QList<QByteArray> chunks;
        QString description; ///< "whole", "byte-by-byte", "split at 17", "random #3 (seed 4711)"
    };

    /// Every split of @p input: whole, byte by byte, at every offset 1..n-1, and
    /// @p randomRuns random chunkings from @p seed.
    [[nodiscard]] static QList<Split> splits(const QByteArray &input, int randomRuns = 32, quint32 seed = 4711);

    /// Calls @p callback for each split until it returns false (the test failed).
    static void forEachSplit(const QByteArray &input,
        const std::function<bool(const QList<QByteArray> &chunks, const QString &description)> &callback,
        int randomRuns = 32, quint32 seed = 4711);
};

} // namespace Letterbox::Testing
