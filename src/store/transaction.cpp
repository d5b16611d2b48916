#include "store/transaction.h"

#include <QCoreApplication>

namespace Letterbox::Store {

Transaction::Transaction(Database &database, Durability durability)
    : m_database(database)
{
    m_status = m_database.beginTransaction(durability);
    m_active = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (!m_active) {
        return m_status.ok() ? Status(ErrorCode::InvalidArgument,
                   QCoreApplication::translate("Letterbox::Store::Transaction", "The transaction has already ended."))
                             : m_status;
    }
    m_active = false;
    return m_database.commitTransaction();
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_database.rollbackTransaction();
    }
}

} // namespace Letterbox::Store
