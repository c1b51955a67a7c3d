// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>

#include "Database.h"
#include "hss/Result.h"
#include "hss/UsageReport.h"

namespace hss::server {

/// What UsageFiguresRepository::record() did.
struct RecordedUsage
{
    UsageReport report; ///< As stored (a replaced report keeps its id).
    bool replaced = false; ///< An earlier report for the same site and period was replaced.
};

/// The usage figures integrations report (clinical adoption), one row per site and period. Every write enters the
/// sync feed (entity usage_figures) in the caller's transaction. Thread-safe.
class UsageFiguresRepository final
{
public:
    explicit UsageFiguresRepository(Database& database);

    /// Stores \a report, recorded by \a userId, in the caller's write transaction. A report for a site and period
    /// already stored replaces its figures and note (same id, next revision): integrations correct by resending.
    /// Validation errors as hss::validate().
    Result<RecordedUsage> record(Poco::Data::Session& session, const UsageReport& report, const std::string& userId);

    /// The reports whose period overlaps [from, to), oldest period first (then by site).
    std::vector<UsageReport> list(std::int64_t from, std::int64_t to);

    /// The reports with these ids that exist, by id text (one query per 200 ids: the sync feed reads pages).
    std::map<std::string, UsageReport> findMany(Poco::Data::Session& session, const std::vector<std::string>& ids);

private:
    std::string sql(std::string_view text) const;

    Database& m_database;
};

} // namespace hss::server
