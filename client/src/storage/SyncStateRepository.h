// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

#include "StoreError.h"

namespace hss::client {

/// Small named values the sync engine keeps with the data they describe (cursor, device id, clock), so they
/// commit in the same transaction as the rows they belong to.
class SyncStateRepository final
{
public:
    explicit SyncStateRepository(QSqlDatabase db);

    std::optional<QString> value(const QString& key) const;
    std::optional<StoreError> setValue(const QString& key, const QString& value);
    std::optional<StoreError> remove(const QString& key);

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
