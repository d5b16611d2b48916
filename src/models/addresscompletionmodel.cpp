#include "models/addresscompletionmodel.h"

#include "models/accountcaches.h"
#include "models/roles.h"
#include "store/addressindex.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <climits>

namespace Letterbox::Models {

namespace {

Q_LOGGING_CATEGORY(lcCompletion, "letterbox.models.completion")

/// RFC 5322 section 3.2.3 specials (and the quote itself): a name holding one is quoted.
bool needsQuoting(const QString &name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return specials.contains(c); });
}

} // namespace

AddressCompletionModel::AddressCompletionModel(AccountCaches &caches, QObject *parent)
    : QAbstractListModel(parent)
    , m_caches(caches)
{ }

QString AddressCompletionModel::headerForm(const QString &name, const QString &address)
{
    if (name.isEmpty()) {
        return address;
    }
    QString shown = name;
    if (needsQuoting(name)) {
        shown.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        shown = QLatin1Char('"') + shown + QLatin1Char('"');
    }
    return shown + QLatin1String(" <") + address + QLatin1Char('>');
}

void AddressCompletionModel::setPrefix(const QString &typed)
{
    m_prefix = typed;
    refresh();
}

void AddressCompletionModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    refresh();
}

void AddressCompletionModel::setExcludedAddresses(const QStringList &addresses)
{
    m_excluded.clear();
    for (const QString &address : addresses) {
        m_excluded.insert(address.trimmed().toCaseFolded());
    }
    refresh();
}

void AddressCompletionModel::refresh()
{
    QHash<QString, Row> merged;
    for (int account = 0; account < m_caches.count(); ++account) {
        Store::Database *database = m_caches.database(account);
        if (!database) {
            continue;
        }
        // Excluded rows are dropped after the query, so ask for enough to still fill the list.
        const Store::Result<QList<Store::AddressMatch>> matches
            = Store::AddressIndex(*database).complete(m_prefix, m_limit + int(m_excluded.size()));
        if (!matches.ok()) {
            qCWarning(lcCompletion) << "address completion of" << m_caches.name(account) << "failed:" << matches.message();
            continue;
        }
        for (const Store::AddressMatch &match : matches.value()) {
            const QString key = match.address.toCaseFolded();
            if (m_excluded.contains(key)) {
                continue;
            }
            Row &row = merged[key];
            const bool later = !row.lastSeen.isValid() || match.lastSeen > row.lastSeen;
            if (row.address.isEmpty() || later) {
                row.address = match.address;
            }
            if (!match.name.isEmpty() && (row.name.isEmpty() || later)) {
                row.name = match.name;
            }
            row.uses += match.uses;
            if (later) {
                row.lastSeen = match.lastSeen;
            }
        }
    }
    QList<Row> rows = merged.values();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.uses != b.uses) {
            return a.uses > b.uses;
        }
        if (a.lastSeen != b.lastSeen) {
            return a.lastSeen > b.lastSeen;
        }
        return a.address < b.address;
    });
    if (rows.size() > m_limit) {
        rows.resize(m_limit);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AddressCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AddressCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name.isEmpty() ? row.address : row.name + QLatin1String(" <") + row.address + QLatin1Char('>');
    case Qt::EditRole:
        return headerForm(row.name, row.address);
    case Qt::ToolTipRole:
        return tr("%n message(s)", nullptr, int(std::min<qint64>(row.uses, INT_MAX)));
    case NameRole:
        return row.name;
    case EmailAddressRole:
        return row.address;
    case UseCountRole:
        return row.uses;
    case LastSeenRole:
        return row.lastSeen;
    default:
        return {};
    }
}

QHash<int, QByteArray> AddressCompletionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(EmailAddressRole, "emailAddress");
    names.insert(UseCountRole, "useCount");
    names.insert(LastSeenRole, "lastSeen");
    return names;
}

} // namespace Letterbox::Models
