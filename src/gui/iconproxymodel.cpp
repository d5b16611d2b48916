#include "gui/iconproxymodel.h"

#include "gui/icons.h"
#include "models/roles.h"

namespace Letterbox::Gui {

namespace {
// The header icons of the icon-only columns, in the order of those columns.
QString headerIconName(int position)
{
    static const char *const names[] = {"mail-unread", "mail-mark-important", "mail-attachment"};
    return position >= 0 && position < 3 ? QString::fromLatin1(names[position]) : QString();
}
} // namespace

IconProxyModel::IconProxyModel(QList<int> iconOnlyColumns, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_iconOnlyColumns(std::move(iconOnlyColumns))
{ }

QVariant IconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        return themeIcon(QIdentityProxyModel::data(index, Models::IconNameRole).toString());
    }
    if (role == Qt::DisplayRole && m_iconOnlyColumns.contains(index.column())) {
        return {};
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant IconProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const qsizetype position = m_iconOnlyColumns.indexOf(section);
    if (orientation == Qt::Horizontal && position >= 0) {
        if (role == Qt::DecorationRole) {
            return themeIcon(headerIconName(int(position)));
        }
        if (role == Qt::DisplayRole) {
            return {};
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return QIdentityProxyModel::headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace Letterbox::Gui
