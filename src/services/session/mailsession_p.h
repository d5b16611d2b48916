#pragma once

// MailSession's record of one open account, shared by mailsession.cpp,
// mailsessionaccounts.cpp and mailsessionsending.cpp; not part of the API.
#include "services/session/mailsession.h"
#include "store/database.h"

namespace Letterbox::Services {

struct MailSession::Entry
{
    Accounts::Account account; ///< as stored in the settings file
    std::unique_ptr<Store::Database> database;
    std::unique_ptr<LocalActions> actions;
    AccountSession *session = nullptr; ///< lives on the engine thread, a child of m_engineRoot
    AccountActivity activity;
    std::optional<qint64> sizeLimit; ///< SIZE of the submission server, once a flush has seen it
    /// Certificates refused and shown to the person, not yet decided.
    QList<CertificateRefusal> refusals;
    /// Certificates the person declined: not shown again until they ask for mail.
    QList<QByteArray> declined;
    /// "Accept once" pins: for this run of the program only, never in the settings file.
    QByteArray onceIncoming;
    QByteArray onceSmtp;
    /// Removed while the window ran: the slot keeps every later index valid.
    bool removed = false;
};

} // namespace Letterbox::Services
