// SPDX-License-Identifier: MIT
#include "Transaction.h"

#include <QSqlError>

namespace hss::client {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_error = StoreError {StoreError::Code::QueryFailed, m_db.lastError().text()};
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

std::optional<StoreError> Transaction::commit()
{
    if (!m_active) {
        return m_error.value_or(StoreError {StoreError::Code::QueryFailed, QStringLiteral("no transaction")});
    }
    if (!m_db.commit()) {
        m_error = StoreError {StoreError::Code::QueryFailed, m_db.lastError().text()};
        return m_error; // the destructor rolls back
    }
    m_active = false;
    return std::nullopt;
}

} // namespace hss::client
