// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>

#include "StoreError.h"

namespace hss::client {

/// One store transaction: everything written through the connection until commit() lands together or, when the
/// transaction ends without commit() (an error, an early return), not at all.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded; when false, error() says why and nothing may be written.
    bool isActive() const { return m_active; }
    std::optional<StoreError> error() const { return m_error; }
    std::optional<StoreError> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    std::optional<StoreError> m_error;
};

} // namespace hss::client
