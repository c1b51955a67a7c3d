// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <optional>
#include <vector>

#include "StoreError.h"
#include "hss/UsageReport.h"

namespace hss::client {

/// The organisation's usage figures as the sync feed delivers them (read-only in the console; KpiFactsRepository
/// reads them for clinical adoption).
class UsageFiguresRepository final
{
public:
    explicit UsageFiguresRepository(QSqlDatabase db);

    /// Inserts or replaces the report (the server replaces a site's figures for a period when they are resent).
    std::optional<StoreError> upsert(const UsageReport& report);
    std::optional<StoreError> remove(const Uuid& id);
    /// Every stored report, oldest period first (then by site).
    std::vector<UsageReport> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
