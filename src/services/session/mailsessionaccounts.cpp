// MailSession: accounts added, changed or removed while the window runs.
#include "services/session/mailsession.h"

#include "accounts/accountstore.h"
#include "accounts/profile.h"

namespace Letterbox::Services {

int MailSession::addAccount(const QString &name, QString *error)
{
    if (!m_profile || !m_engineThread) {
        if (error) {
            *error = tr("No profile is open, so account %1 cannot be opened.").arg(name);
        }
        return -1;
    }
    if (indexOf(name) >= 0) {
        if (error) {
            *error = tr("Account %1 is open already.").arg(name);
        }
        return -1;
    }
    QStringList errors;
    // A new account is synced at once (when online), whatever the start-up choice: the
    // person who just added it wants to see its mail.
    const int index = openAccount(name, true, &errors);
    if (index < 0) {
        if (error) {
            *error = errors.value(0, tr("Account %1 could not be opened.").arg(name));
        }
        return -1;
    }
    Q_EMIT accountAdded(index);
    return index;
}

} // namespace Letterbox::Services
