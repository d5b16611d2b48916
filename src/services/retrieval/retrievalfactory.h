#pragma once

#include "accounts/account.h"
#include "services/retrieval/retrievalengine.h"

#include <QCoreApplication>

#include <memory>

namespace Letterbox::Store {
class Database;
}

namespace Letterbox::Services {

/**
 * @short The account's retrieval engine, IMAP or POP3 as its settings say: the one place
 * front ends turn an account into an engine, so `sync` and the window's "Get Messages"
 * cannot choose differently.
 */
class RetrievalFactory
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::RetrievalFactory)

public:
    /// An engine over @p database logging in with @p password; nothing (and @p error set)
    /// when the settings cannot be used (an unreadable CA file).
    [[nodiscard]] static std::unique_ptr<RetrievalEngine> create(const Accounts::Account &account,
        Store::Database &database, const QString &password, QString *error, QObject *parent = nullptr);
};

} // namespace Letterbox::Services
