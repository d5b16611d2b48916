#pragma once

#include "accounts/account.h"
#include "store/pop3ledger.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace Letterbox::Services {

/**
 * @short Which POP3 messages to DELE, as a pure function of the account's retention, the
 * ledger, the server's listing and the local deletions (STYLE.md: extracted from the
 * engine, as KMail's POP3Resource::shouldDeleteId is not, and table-tested).
 *
 * The rule that comes before every retention (DESIGN.md principle 3): a UIDL is never
 * chosen unless its ledger entry says stored (the row and its fsync'd blob committed in
 * a Durability::Full transaction), the server lists it now, and it is not already
 * deleted there. Then:
 * - Keep: nothing.
 * - KeepDays: stored messages first seen at least keepDays days before @p now (a
 *   keepDays below 1 deletes nothing: an unset number never means "at once").
 * - DeleteAfterDownload: every stored message.
 * - DeleteWithLocal: stored messages whose row no longer exists anywhere in the cache
 *   (@p removedLocally, from Store::Pop3Ledger::removedLocally()).
 */
class LeaveOnServerPolicy
{
public:
    LeaveOnServerPolicy(Accounts::Pop3Retention retention, int keepDays);

    /// The UIDLs to DELE, in ledger order.
    [[nodiscard]] QList<QByteArray> toDelete(const QList<Store::Pop3LedgerEntry> &ledger,
        const QSet<QByteArray> &onServer, const QSet<QByteArray> &removedLocally, const QDateTime &now) const;

private:
    [[nodiscard]] bool wanted(
        const Store::Pop3LedgerEntry &entry, const QSet<QByteArray> &removedLocally, const QDateTime &now) const;

    Accounts::Pop3Retention m_retention;
    int m_keepDays;
};

} // namespace Letterbox::Services
