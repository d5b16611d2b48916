#include "models/accountcaches.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "store/database.h"

namespace Letterbox::Models {

AccountCaches::AccountCaches(QObject *parent)
    : QObject(parent)
{ }

AccountCaches::~AccountCaches() = default;

void AccountCaches::openProfile(const Accounts::Profile &profile, QStringList *errors)
{
    const Accounts::AccountStore store(profile);
    for (const QString &account : store.names()) {
        QString error;
        if (!openAccount(account, profile.accountDataDirectory(account), &error) && errors) {
            errors->append(error);
        }
    }
}

bool AccountCaches::openAccount(const QString &name, const QString &directory, QString *error)
{
    auto database = std::make_unique<Store::Database>(directory);
    if (const Store::Status opened = database->open(); !opened.ok()) {
        if (error) {
            *error = tr("The cache of account %1 could not be opened: %2").arg(name, opened.message());
        }
        return false;
    }
    Entry entry {name, database.get(), std::move(database)};
    m_accounts.push_back(std::move(entry));
    Q_EMIT accountAdded(count() - 1);
    return true;
}

void AccountCaches::addAccount(const QString &name, Store::Database *database)
{
    m_accounts.push_back(Entry {name, database, nullptr});
    Q_EMIT accountAdded(count() - 1);
}

void AccountCaches::removeAccount(int account)
{
    if (account < 0 || account >= count() || !m_accounts.at(size_t(account)).database) {
        return;
    }
    Q_EMIT accountRemoving(account);
    Entry &entry = m_accounts.at(size_t(account));
    entry.name.clear();
    entry.database = nullptr;
    entry.owned.reset();
}

QString AccountCaches::name(int account) const
{
    return account >= 0 && account < count() ? m_accounts.at(size_t(account)).name : QString();
}

Store::Database *AccountCaches::database(int account) const
{
    return account >= 0 && account < count() ? m_accounts.at(size_t(account)).database : nullptr;
}

int AccountCaches::indexOf(const QString &name) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_accounts.at(size_t(i)).name == name) {
            return i;
        }
    }
    return -1;
}

} // namespace Letterbox::Models
