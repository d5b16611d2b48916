#include "models/transcriptmodel.h"

#include "models/roles.h"
#include "services/inspect/connectionregistry.h"
#include "services/inspect/transcriptformat.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace Letterbox::Models {

using Services::TranscriptFormat;
using Services::TranscriptRow;

namespace {

/// Rows at the end that refresh() reads again: a folded body may still be growing, and
/// with pipelining client rows can follow it while it does.
constexpr int s_rereadRows = 64;

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor directionColour(TranscriptRow::Direction direction)
{
    const bool dark = darkPalette();
    switch (direction) {
    case TranscriptRow::Direction::Client:
        return dark ? QColor(0x99, 0xc1, 0xf1) : QColor(0x1a, 0x5f, 0xb4);
    case TranscriptRow::Direction::Server:
        return dark ? QColor(0x8f, 0xf0, 0xa4) : QColor(0x26, 0x73, 0x3a);
    case TranscriptRow::Direction::Info:
        break;
    }
    return dark ? QColor(0x9a, 0x99, 0x96) : QColor(0x77, 0x76, 0x7b);
}

QColor annotationColour()
{
    return darkPalette() ? QColor(0xc0, 0xbf, 0xbc) : QColor(0x5e, 0x5c, 0x64);
}

bool sameRow(const TranscriptRow &a, const TranscriptRow &b)
{
    return a.bytes == b.bytes && a.foldedLines == b.foldedLines && a.detail.size() == b.detail.size()
        && a.detailCut == b.detailCut && a.text == b.text && a.annotation == b.annotation;
}

} // namespace

TranscriptModel::TranscriptModel(Services::ConnectionRegistry *registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_registry(registry)
{
    connect(&m_timer, &QTimer::timeout, this, &TranscriptModel::refresh);
}

void TranscriptModel::setConnection(quint64 id)
{
    beginResetModel();
    m_connection = id;
    m_revision = m_registry->revision();
    m_rows.clear();
    if (m_connection != 0) {
        m_rows = m_registry->transcript(m_connection, 0, m_fetchSize);
        if (m_rows.size() > m_maximumRows) {
            m_rows.remove(0, m_rows.size() - m_maximumRows);
        }
    }
    noteFollowing();
    endResetModel();
}

void TranscriptModel::noteFollowing()
{
    m_following = m_connection == 0 || nextSequence() >= m_registry->transcriptSize(m_connection);
}

void TranscriptModel::setRefreshInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

qint64 TranscriptModel::nextSequence() const
{
    return m_rows.isEmpty() ? 0 : m_rows.constLast().sequence + 1;
}

QModelIndex TranscriptModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size()) {
        return {};
    }
    const TranscriptRow &folded = m_rows.at(parent.row());
    if (row >= childCount(folded)) {
        return {};
    }
    // A child names its parent by sequence, which stays true when older rows are trimmed.
    return createIndex(row, column, quintptr(folded.sequence + 1));
}

QModelIndex TranscriptModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    const qint64 sequence = qint64(child.internalId()) - 1;
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequence,
        [](const TranscriptRow &row, qint64 value) { return row.sequence < value; });
    if (found == m_rows.cend() || found->sequence != sequence) {
        return {};
    }
    return createIndex(int(found - m_rows.cbegin()), 0, quintptr(0));
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_rows.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size()) {
        return 0;
    }
    return childCount(m_rows.at(parent.row()));
}

int TranscriptModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int TranscriptModel::childCount(const TranscriptRow &row) const
{
    return row.folded ? int(row.detail.size()) + (row.detailCut ? 1 : 0) : 0;
}

QString TranscriptModel::childText(const TranscriptRow &row, int child) const
{
    if (child < row.detail.size()) {
        return row.detail.at(child);
    }
    return tr("… %1 more lines not kept").arg(QLocale().toString(row.foldedLines - qint64(row.detail.size())));
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        return rowData(m_rows.at(index.row()), index.column(), role);
    }
    const QModelIndex parentIndex = parent(index);
    if (!parentIndex.isValid()) {
        return {};
    }
    return childData(m_rows.at(parentIndex.row()), index.row(), index.column(), role);
}

QVariant TranscriptModel::rowData(const TranscriptRow &row, int column, int role) const
{
    switch (role) {
    case TranscriptDirectionRole:
        return int(row.direction);
    case IsFoldedRole:
        return row.folded;
    case SequenceRole:
        return row.sequence;
    case Qt::ForegroundRole:
        return column == AnnotationColumn ? annotationColour() : directionColour(row.direction);
    case Qt::FontRole:
        if (column == TextColumn) {
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        if (column == AnnotationColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == TimeColumn || column == BytesColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DirectionColumn) {
            switch (row.direction) {
            case TranscriptRow::Direction::Client:
                return tr("Sent by Letterbox");
            case TranscriptRow::Direction::Server:
                return tr("Sent by the server");
            case TranscriptRow::Direction::Info:
                return tr("What the connection did");
            }
        }
        if (column == TextColumn && row.folded) {
            return tr("Expand to read the lines it folds");
        }
        return column == TextColumn || column == AnnotationColumn ? rowData(row, column, Qt::DisplayRole) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case TimeColumn:
        return QLocale().toString(row.elapsedMs / 1000.0, 'f', 3);
    case DirectionColumn:
        return TranscriptFormat::directionMarker(row.direction).trimmed();
    case BytesColumn:
        return row.direction == TranscriptRow::Direction::Info ? QString() : QLocale().toString(row.bytes);
    case TextColumn:
        return row.text;
    case AnnotationColumn:
        return row.annotation;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TranscriptModel::childData(const TranscriptRow &row, int child, int column, int role) const
{
    switch (role) {
    case TranscriptDirectionRole:
        return -1;
    case IsFoldedRole:
        return false;
    case Qt::ForegroundRole:
        return directionColour(row.direction);
    case Qt::FontRole:
        return column == TextColumn ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column == TextColumn ? QVariant(childText(row, child)) : QVariant();
    default:
        return {};
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("From");
    case BytesColumn:
        return tr("Bytes");
    case TextColumn:
        return tr("Line");
    case AnnotationColumn:
        return tr("What It Does");
    case ColumnCount:
        break;
    }
    return {};
}

QString TranscriptModel::lineText(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == 0) {
        return TranscriptFormat::formatRow(m_rows.at(index.row()), false);
    }
    const QModelIndex parentIndex = parent(index);
    if (!parentIndex.isValid()) {
        return {};
    }
    return QString(17, QLatin1Char(' ')) + QStringLiteral("| ") + childText(m_rows.at(parentIndex.row()), index.row());
}

bool TranscriptModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_connection != 0 && m_registry->transcriptSize(m_connection) > nextSequence();
}

void TranscriptModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_connection == 0) {
        return;
    }
    append(m_registry->transcript(m_connection, nextSequence(), m_fetchSize));
    noteFollowing();
}

void TranscriptModel::append(const QList<TranscriptRow> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    trimToMaximum();
}

void TranscriptModel::trimToMaximum()
{
    if (m_rows.size() <= m_maximumRows) {
        return;
    }
    const qsizetype extra = m_rows.size() - m_maximumRows;
    beginRemoveRows({}, 0, int(extra - 1));
    m_rows.remove(0, extra);
    endRemoveRows();
}

void TranscriptModel::updateRow(int row, const TranscriptRow &fresh)
{
    const int before = childCount(m_rows.at(row));
    const int after = childCount(fresh);
    const QModelIndex parentIndex = index(row, 0);
    if (after > before) {
        beginInsertRows(parentIndex, before, after - 1);
        m_rows[row] = fresh;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(parentIndex, after, before - 1);
        m_rows[row] = fresh;
        endRemoveRows();
    } else {
        m_rows[row] = fresh;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (after > 0 && before > 0) {
        // The note "… n more lines" changes its count.
        Q_EMIT dataChanged(index(after - 1, 0, parentIndex), index(after - 1, ColumnCount - 1, parentIndex));
    }
}

void TranscriptModel::refresh()
{
    // Nothing changed anywhere: no copy of the last rows (whose folded lines can be large).
    const quint64 revision = m_registry->revision();
    if (m_connection == 0 || revision == m_revision) {
        return;
    }
    m_revision = revision;
    if (!m_rows.isEmpty()) {
        const qsizetype first = std::max<qsizetype>(0, m_rows.size() - s_rereadRows);
        const QList<TranscriptRow> fresh
            = m_registry->transcript(m_connection, m_rows.at(first).sequence, s_rereadRows);
        for (const TranscriptRow &row : fresh) {
            const auto found = std::lower_bound(m_rows.cbegin() + first, m_rows.cend(), row.sequence,
                [](const TranscriptRow &kept, qint64 value) { return kept.sequence < value; });
            if (found != m_rows.cend() && found->sequence == row.sequence && !sameRow(*found, row)) {
                updateRow(int(found - m_rows.cbegin()), row);
            }
        }
    }
    // Following the end: a view that shows everything gets what arrived, at once.
    if (m_following) {
        append(m_registry->transcript(m_connection, nextSequence(), m_fetchSize));
    }
    noteFollowing();
}

} // namespace Letterbox::Models
