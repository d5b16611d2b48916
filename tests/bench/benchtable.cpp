#include "benchtable.h"

#include <QStringList>

#include <algorithm>

namespace Letterbox::Bench {

BenchTable::BenchTable(QString title)
    : m_title(std::move(title))
{ }

void BenchTable::add(const QString &benchmark, const QString &result, const QString &target, bool met)
{
    m_rows.append({benchmark, result, target, met ? Verdict::Pass : Verdict::Miss});
}

void BenchTable::addInfo(const QString &benchmark, const QString &result)
{
    m_rows.append({benchmark, result, QString(), Verdict::None});
}

void BenchTable::addNote(const QString &note)
{
    m_notes.append(note);
}

bool BenchTable::allMet() const
{
    return std::none_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.verdict == Verdict::Miss; });
}

QString BenchTable::render() const
{
    const QStringList headers {
        QStringLiteral("benchmark"), QStringLiteral("result"), QStringLiteral("target"), QStringLiteral("status")};
    QList<QStringList> cells;
    for (const Row &row : m_rows) {
        const QString verdict = row.verdict == Verdict::Pass ? QStringLiteral("PASS")
            : row.verdict == Verdict::Miss                   ? QStringLiteral("MISS")
                                                             : QString();
        cells.append({row.benchmark, row.result, row.target, verdict});
    }
    QList<qsizetype> widths;
    for (int c = 0; c < headers.size(); ++c) {
        qsizetype width = headers.at(c).size();
        for (const QStringList &line : cells) {
            width = std::max(width, line.at(c).size());
        }
        widths.append(width);
    }
    auto line = [&](const QStringList &values) -> QString {
        QStringList padded;
        for (int c = 0; c < values.size(); ++c) {
            // Figures read best right-aligned, words left-aligned.
            padded.append(
                c == 1 ? values.at(c).rightJustified(widths.at(c)) : values.at(c).leftJustified(widths.at(c)));
        }
        return QLatin1String("| ") + padded.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    };
    QString out = QLatin1String("\n") + m_title + QLatin1Char('\n');
    out += line(headers);
    QStringList rule;
    for (qsizetype width : widths) {
        rule.append(QString(width, QLatin1Char('-')));
    }
    out += QLatin1String("| ") + rule.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    for (const QStringList &values : cells) {
        out += line(values);
    }
    for (const QString &note : m_notes) {
        out += QLatin1String("  ") + note + QLatin1Char('\n');
    }
    return out;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

QString megabytes(qint64 kib)
{
    return kib < 0 ? QStringLiteral("n/a") : QStringLiteral("%1 MB").arg(double(kib) * 1024 / 1e6, 0, 'f', 1);
}

} // namespace Letterbox::Bench
