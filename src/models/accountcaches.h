#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Letterbox::Accounts {
class Profile;
}

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Models {

/**
 * @short The open caches of a profile's accounts, in the order the models show them.
 *
 * The models read every account's store through the Database kept here, on the GUI
 * thread (each engine opens its own Database on the same file; the StoreNotifier they
 * share tells the models what the engine committed). An account is addressed by its
 * index here, which never changes while the object lives: accounts are only appended.
 *
 * An account added while the window runs is appended (accountAdded()); a removed one
 * keeps its index as an empty slot (no name, no Database) so every other index stays
 * valid: accountRemoving() comes while its Database is still open, for the models to drop
 * its rows.
 */
class AccountCaches : public QObject
{
    Q_OBJECT

public:
    explicit AccountCaches(QObject *parent = nullptr);
    ~AccountCaches() override;

    /**
     * Opens the cache of every account of @p profile, in the order of AccountStore::names().
     * An account whose cache cannot be opened is left out and named in @p errors (one
     * sentence each); the others still open.
     */
    void openProfile(const Accounts::Profile &profile, QStringList *errors);
    /// Opens the cache in @p directory as account @p name; false with @p error on failure.
    bool openAccount(const QString &name, const QString &directory, QString *error);
    /// Adds an account whose Database the caller owns and keeps open (tests, benchmarks).
    void addAccount(const QString &name, Store::Database *database);
    /// Empties the slot of @p account (see above); its Database is closed or let go after.
    void removeAccount(int account);

    [[nodiscard]] int count() const { return int(m_accounts.size()); }
    [[nodiscard]] QString name(int account) const;
    /// The account's Database, or nullptr for an index out of range.
    [[nodiscard]] Store::Database *database(int account) const;
    /// The index of account @p name, or -1.
    [[nodiscard]] int indexOf(const QString &name) const;

Q_SIGNALS:
    /// Account @p account was appended.
    void accountAdded(int account);
    /// Account @p account is about to go; its Database is still readable.
    void accountRemoving(int account);

private:
    struct Entry
    {
        QString name;
        Store::Database *database = nullptr;
        std::unique_ptr<Store::Database> owned;
    };
    std::vector<Entry> m_accounts;
};

} // namespace Letterbox::Models
