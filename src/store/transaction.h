#pragma once

#include "store/database.h"

namespace Letterbox::Store {

/**
 * @short A write transaction on a Database, rolled back unless commit() is called.
 *
 * Transactions nest: an inner Transaction joins the outer one, and only the outermost
 * commit() writes. An inner one that is rolled back (or destroyed uncommitted) dooms the
 * outer one, so a multi-step change is all-or-nothing — "journaled before shown" is one
 * transaction holding both the local change and its journal entry. Change notifications
 * collected on the way are emitted after the outermost commit, never after a rollback.
 *
 * The outermost one begins with BEGIN IMMEDIATE: it takes the write lock at once, so it
 * cannot fail half-way for want of an upgrade from a read lock.
 */
class Transaction
{
public:
    explicit Transaction(Database &database, Durability durability = Durability::Normal);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when begin failed; status() says why.
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Status &status() const { return m_status; }

    Status commit();
    void rollback();

private:
    Database &m_database;
    Status m_status;
    bool m_active = false;
};

} // namespace Letterbox::Store
