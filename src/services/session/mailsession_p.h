#pragma once

// MailSession's per-account record, shared by mailsession.cpp and mailsessionsending.cpp.
#include "services/session/mailsession.h"
#include "store/database.h"

namespace Letterbox::Services {

struct MailSession::Entry
{
    Accounts::Account account;
    std::unique_ptr<Store::Database> database;
    std::unique_ptr<LocalActions> actions;
    AccountSession *session = nullptr; ///< lives on the engine thread, a child of m_engineRoot
    AccountActivity activity;
    std::optional<qint64> sizeLimit; ///< SIZE of the submission server, once a flush has seen it
};

} // namespace Letterbox::Services
