#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace Letterbox::Bench {

/**
 * @short The table every benchmark suite prints: what was measured, the figure, the goal.
 *
 * Benchmarks never assert (DESIGN.md "Tests"); they print PASS or MISS beside a target so
 * a person reads the figure, and a row without a target is information only.
 */
class BenchTable
{
public:
    enum class Verdict { None, Pass, Miss };

    explicit BenchTable(QString title);

    /// A figure with a target; @p met decides PASS or MISS.
    void add(const QString &benchmark, const QString &result, const QString &target, bool met);
    /// A figure without a target.
    void addInfo(const QString &benchmark, const QString &result);
    /// A line under the table (conditions, seeds, caveats).
    void addNote(const QString &note);

    [[nodiscard]] bool allMet() const;
    [[nodiscard]] QString render() const;

private:
    struct Row
    {
        QString benchmark;
        QString result;
        QString target;
        Verdict verdict;
    };

    QString m_title;
    QList<Row> m_rows;
    QStringList m_notes;
};

/// The median of @p values (0 for none).
double median(QList<double> values);
/// The time on @p timer in milliseconds.
double milliseconds(const QElapsedTimer &timer);
/// "12.3 ms" (two decimals below 10 ms).
QString ms(double value);
/// @p kib (as /proc reports it) in MB, or "n/a" for a negative value (unreadable).
QString megabytes(qint64 kib);

} // namespace Letterbox::Bench
