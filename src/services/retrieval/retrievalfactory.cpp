#include "services/retrieval/retrievalfactory.h"

#include "services/account/serverpolicy.h"
#include "services/imap/imapretrieval.h"
#include "services/pop3/pop3retrieval.h"

namespace Letterbox::Services {

std::unique_ptr<RetrievalEngine> RetrievalFactory::create(const Accounts::Account &account, Store::Database &database,
    const QString &password, QString *error, QObject *parent)
{
    switch (account.protocol) {
    case Accounts::IncomingProtocol::Imap: {
        const std::optional<ImapServerSettings> settings = ServerPolicy::imap(account, password, error);
        if (!settings) {
            return nullptr;
        }
        auto engine = std::make_unique<ImapRetrieval>(database, parent);
        engine->setSettings(*settings);
        return engine;
    }
    case Accounts::IncomingProtocol::Pop3: {
        const std::optional<Pop3ServerSettings> settings = ServerPolicy::pop3(account, password, error);
        if (!settings) {
            return nullptr;
        }
        auto engine = std::make_unique<Pop3Retrieval>(database, parent);
        engine->setSettings(*settings);
        return engine;
    }
    }
    return nullptr;
}

} // namespace Letterbox::Services
