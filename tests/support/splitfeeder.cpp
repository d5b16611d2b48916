#include "splitfeeder.h"

#include <QRandomGenerator>

namespace Letterbox::Testing {

QList<SplitFeeder::Split> SplitFeeder::splits(const QByteArray &input, int randomRuns, quint32 seed)
{
    QList<Split> result;
    result.append({{input}, QStringLiteral("whole")});
    if (input.size() > 1) {
        QList<QByteArray> bytes;
        bytes.reserve(input.size());
        for (qsizetype i = 0; i < input.size(); ++i) {
            bytes.append(input.mid(i, 1));
        }
        result.append({bytes, QStringLiteral("byte-by-byte")});
    }
    for (qsizetype at = 1; at < input.size(); ++at) {
        result.append({{input.left(at), input.mid(at)}, QStringLiteral("split at %1").arg(at)});
    }
    QRandomGenerator random(seed);
    for (int run = 0; run < randomRuns && input.size() > 2; ++run) {
        QList<QByteArray> chunks;
        qsizetype position = 0;
        // Mostly small chunks, sometimes a large one, so both kinds of boundary occur.
        while (position < input.size()) {
            const qsizetype limit = random.bounded(4) == 0 ? 64 : 8;
            const qsizetype length = std::min<qsizetype>(1 + random.bounded(int(limit)), input.size() - position);
            chunks.append(input.mid(position, length));
            position += length;
        }
        result.append({chunks, QStringLiteral("random #%1 (seed %2)").arg(run).arg(seed)});
    }
    return result;
}

void SplitFeeder::forEachSplit(const QByteArray &input,
    const std::function<bool(const QList<QByteArray> &, const QString &)> &callback, int randomRuns, quint32 seed)
{
    for (const Split &split : splits(input, randomRuns, seed)) {
        if (!callback(split.chunks, split.description)) {
            return;
        }
    }
}

} // namespace Letterbox::Testing
