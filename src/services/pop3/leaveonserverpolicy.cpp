#include "services/pop3/leaveonserverpolicy.h"

namespace Letterbox::Services {

LeaveOnServerPolicy::LeaveOnServerPolicy(Accounts::Pop3Retention retention, int keepDays)
    : m_retention(retention)
    , m_keepDays(keepDays)
{ }

QList<QByteArray> LeaveOnServerPolicy::toDelete(const QList<Store::Pop3LedgerEntry> &ledger,
    const QSet<QByteArray> &onServer, const QSet<QByteArray> &removedLocally, const QDateTime &now) const
{
    QList<QByteArray> chosen;
    for (const Store::Pop3LedgerEntry &entry : ledger) {
        // Never a message that is not durably stored, whatever the retention says.
        if (!entry.stored || entry.deletedOnServer || !onServer.contains(entry.uidl)) {
            continue;
        }
        if (wanted(entry, removedLocally, now)) {
            chosen.append(entry.uidl);
        }
    }
    return chosen;
}

bool LeaveOnServerPolicy::wanted(
    const Store::Pop3LedgerEntry &entry, const QSet<QByteArray> &removedLocally, const QDateTime &now) const
{
    switch (m_retention) {
    case Accounts::Pop3Retention::Keep:
        return false;
    case Accounts::Pop3Retention::KeepDays:
        return m_keepDays >= 1 && entry.firstSeen.isValid() && entry.firstSeen.addDays(m_keepDays) <= now;
    case Accounts::Pop3Retention::DeleteAfterDownload:
        return true;
    case Accounts::Pop3Retention::DeleteWithLocal:
        return removedLocally.contains(entry.uidl);
    }
    return false;
}

} // namespace Letterbox::Services
