#include "models/connectionlistmodel.h"

#include "models/roles.h"
#include "services/inspect/connectionregistry.h"
#include "services/inspect/transcriptformat.h"

#include <QLocale>

namespace Letterbox::Models {

using Services::ConnectionInfo;
using Services::TranscriptFormat;

ConnectionListModel::ConnectionListModel(Services::ConnectionRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionListModel::refresh);
    m_revision = m_registry->revision();
    m_rows = m_registry->connections();
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ConnectionListModel::setRefreshInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

int ConnectionListModel::rowOf(quint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return int(row);
        }
    }
    return -1;
}

void ConnectionListModel::refresh()
{
    const quint64 revision = m_registry->revision();
    if (revision == m_revision) {
        return;
    }
    m_revision = revision;
    const QList<ConnectionInfo> fresh = m_registry->connections();
    // Both lists are in id order: forgotten rows go, the rest are updated, new ones added.
    qsizetype row = 0;
    for (qsizetype next = 0; next < fresh.size() || row < m_rows.size();) {
        if (row < m_rows.size() && (next >= fresh.size() || m_rows.at(row).id < fresh.at(next).id)) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
            continue;
        }
        if (row < m_rows.size() && m_rows.at(row).id == fresh.at(next).id) {
            m_rows[row] = fresh.at(next);
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            ++row;
            ++next;
            continue;
        }
        beginInsertRows({}, int(row), int(row));
        m_rows.insert(row, fresh.at(next));
        endInsertRows();
        ++row;
        ++next;
    }
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ConnectionInfo &info = m_rows.at(index.row());
    switch (role) {
    case ConnectionIdRole:
        return QVariant::fromValue(info.id);
    case IsLiveRole:
        return info.isLive();
    case Qt::ToolTipRole:
        return TranscriptFormat::header(info);
    case Qt::TextAlignmentRole:
        if (index.column() >= BytesInColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case AccountColumn:
        return info.account.isEmpty() ? tr("(no account)") : info.account;
    case ProtocolColumn:
        return TranscriptFormat::protocolName(info.protocol);
    case ServerColumn:
        return info.endpoint;
    case SecurityColumn:
        return TranscriptFormat::tlsText(info);
    case StateColumn:
        return info.error.isEmpty() ? TranscriptFormat::stateName(info.state)
                                    : tr("%1: %2").arg(TranscriptFormat::stateName(info.state), info.error);
    case BytesInColumn:
        return locale.toString(info.bytesIn);
    case BytesOutColumn:
        return locale.toString(info.bytesOut);
    case RoundTripsColumn:
        return locale.toString(info.roundTrips);
    case DurationColumn:
        return TranscriptFormat::durationText(info.durationMs());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case AccountColumn:
        return tr("Account");
    case ProtocolColumn:
        return tr("Protocol");
    case ServerColumn:
        return tr("Server");
    case SecurityColumn:
        return tr("Security");
    case StateColumn:
        return tr("State");
    case BytesInColumn:
        return tr("Bytes In");
    case BytesOutColumn:
        return tr("Bytes Out");
    case RoundTripsColumn:
        return tr("Round Trips");
    case DurationColumn:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Letterbox::Models
