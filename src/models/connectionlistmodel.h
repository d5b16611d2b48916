#pragma once

#include "services/inspect/inspecttypes.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Letterbox::Services {
class ConnectionRegistry;
}

namespace Letterbox::Models {

/**
 * @short The protocol inspector's list of live and recent connections, one row each.
 *
 * A snapshot of Services::ConnectionRegistry::connections(), read again only when the
 * registry's revision() moved (refresh(), driven by a timer while setRefreshInterval() is
 * non-zero): the engines report from their own thread, and polling a counter costs the
 * GUI thread nothing while nothing happens, where a signal per transcript line would
 * flood it during a big download. Rows are kept in id order (oldest first) and changed
 * as the registry changes: a new connection is an insert, one the registry forgot is a
 * removal, the rest dataChanged — never a reset, so the selection survives.
 *
 * Lazy in what it holds: only the figures (ConnectionInfo), never a transcript; the
 * registry keeps at most its Limits::finishedConnections ended connections.
 */
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AccountColumn,
        ProtocolColumn,
        ServerColumn,
        SecurityColumn,
        StateColumn,
        BytesInColumn,
        BytesOutColumn,
        RoundTripsColumn,
        DurationColumn,
        ColumnCount,
    };

    explicit ConnectionListModel(Services::ConnectionRegistry *registry, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Reads the registry again when it changed.
    void refresh();
    /// Refreshes every @p milliseconds (0: only when refresh() is called).
    void setRefreshInterval(int milliseconds);

    [[nodiscard]] Services::ConnectionInfo connectionAt(int row) const { return m_rows.value(row); }
    /// The row of connection @p id, or -1.
    [[nodiscard]] int rowOf(quint64 id) const;

private:
    Services::ConnectionRegistry *m_registry;
    QList<Services::ConnectionInfo> m_rows;
    quint64 m_revision = 0;
    QTimer m_timer;
};

} // namespace Letterbox::Models
