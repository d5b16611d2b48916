#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Letterbox::Models {

class AccountCaches;

/**
 * @short The recipients a composer offers for what is typed, most used first.
 *
 * Asks every account's Store::AddressIndex for @p prefix (a prefix of an address, its
 * domain, a name or a word of it) and merges the answers: an address known to several
 * accounts is one row, its uses added up, its latest name kept. Rows are ordered by uses,
 * then by the latest message, then by address. Each account is asked for limit() rows,
 * so a person just past the limit in two accounts can be missed: completion needs the
 * first few, not an exact ranking of the whole address book.
 *
 * Qt::DisplayRole is "Name <address>" as people read it; Qt::EditRole the same as a
 * header needs it (the name quoted when it holds a comma or another RFC 5322 special:
 * `"Smith, Bob" <bob@x.org>`), which RecipientCompleter inserts. Also NameRole,
 * EmailAddressRole, UseCountRole and LastSeenRole (roles.h). The query runs on the
 * calling (GUI) thread: one index range per account, well under a millisecond at
 * 50,000 known addresses.
 */
class AddressCompletionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AddressCompletionModel(AccountCaches &caches, QObject *parent = nullptr);

    /// Looks up @p typed in every account (an empty text: the most used overall).
    void setPrefix(const QString &typed);
    [[nodiscard]] QString prefix() const { return m_prefix; }
    /// The most rows shown (10 by default).
    void setLimit(int limit);
    [[nodiscard]] int limit() const { return m_limit; }
    /// Addresses never offered: the person's own (their identities), compared ignoring case.
    void setExcludedAddresses(const QStringList &addresses);

    /// "Name <address>" ready for a header, the name quoted when needed (EditRole).
    [[nodiscard]] static QString headerForm(const QString &name, const QString &address);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString name;
        QString address;
        qint64 uses = 0;
        QDateTime lastSeen;
    };
    void refresh();

    AccountCaches &m_caches;
    QString m_prefix;
    int m_limit = 10;
    QSet<QString> m_excluded;
    QList<Row> m_rows;
};

} // namespace Letterbox::Models
