#pragma once

#include "services/inspect/inspecttypes.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace Letterbox::Services {
class ConnectionRegistry;
}

namespace Letterbox::Models {

/**
 * @short One connection's transcript for the protocol inspector: a row per line, in
 * columns time, direction, bytes, text and what the command does.
 *
 * The rows come from Services::ConnectionRegistry::transcript(), already redacted and
 * annotated. A folded row (a literal or message body, IsFoldedRole) has the lines it folds
 * as children, so a tree view expands it. Client, server and connection lines have
 * their own colour (ForegroundRole, chosen for the palette's lightness) and their
 * TranscriptDirectionRole.
 *
 * Lazy: setConnection() reads the first fetchSize() rows; canFetchMore()/fetchMore() read
 * the next ones when the view scrolls there. refresh() (a timer while
 * setRefreshInterval() is non-zero) follows a live connection: once everything known is
 * loaded it appends what arrived, and updates the last rows read, whose folded bodies may
 * still be growing. At most maximumRows() rows are held (the registry's own bound): the
 * oldest go first.
 */
class TranscriptModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        BytesColumn,
        TextColumn,
        AnnotationColumn,
        ColumnCount,
    };

    explicit TranscriptModel(Services::ConnectionRegistry *registry, QObject *parent = nullptr);

    /// Shows connection @p id (0: none); a reset.
    void setConnection(quint64 id);
    [[nodiscard]] quint64 connectionId() const { return m_connection; }

    void setFetchSize(int rows) { m_fetchSize = std::max(rows, 1); }
    [[nodiscard]] int fetchSize() const { return m_fetchSize; }
    void setMaximumRows(qsizetype rows) { m_maximumRows = std::max<qsizetype>(rows, 1); }
    [[nodiscard]] qsizetype maximumRows() const { return m_maximumRows; }

    /// Reads what changed in the registry since the last look.
    void refresh();
    void setRefreshInterval(int milliseconds);

    /// The row behind top-level row @p row.
    [[nodiscard]] Services::TranscriptRow rowAt(int row) const { return m_rows.value(row); }
    /// @p index as one line of text (TranscriptFormat's), for Copy.
    [[nodiscard]] QString lineText(const QModelIndex &index) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    /// The lines shown under folded row @p row: what it kept, and a note when it kept less.
    [[nodiscard]] int childCount(const Services::TranscriptRow &row) const;
    [[nodiscard]] QString childText(const Services::TranscriptRow &row, int child) const;
    [[nodiscard]] QVariant rowData(const Services::TranscriptRow &row, int column, int role) const;
    [[nodiscard]] QVariant childData(const Services::TranscriptRow &row, int child, int column, int role) const;
    void append(const QList<Services::TranscriptRow> &rows);
    void trimToMaximum();
    void updateRow(int row, const Services::TranscriptRow &fresh);
    /// The next sequence not read yet.
    [[nodiscard]] qint64 nextSequence() const;
    void noteFollowing();

    Services::ConnectionRegistry *m_registry;
    quint64 m_connection = 0;
    QList<Services::TranscriptRow> m_rows;
    qint64 m_firstSequence = 0; ///< where reading starts (the registry's first kept row)
    /// Everything known was loaded at the last look: refresh() then appends what arrives.
    bool m_following = true;
    quint64 m_revision = 0; ///< the registry's revision at the last refresh()
    int m_fetchSize = 500;
    qsizetype m_maximumRows = 5'000;
    QTimer m_timer;
};

} // namespace Letterbox::Models
