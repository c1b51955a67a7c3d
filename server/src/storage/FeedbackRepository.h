// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>

#include "Database.h"
#include "hss/Feedback.h"
#include "hss/FeedbackCategory.h"
#include "hss/Result.h"

namespace hss::server {

/// Filters and paging for FeedbackRepository::list() and analytics(). Unset filters match everything.
struct FeedbackQuery
{
    static constexpr int maxLimit = 200;

    std::optional<FeedbackCategory> category;
    std::optional<std::int64_t> createdFrom; ///< created_at >= this.
    std::optional<std::int64_t> createdTo; ///< created_at <= this.
    int limit = 50; ///< Clamped to 1..maxLimit (list() only).
    int offset = 0;
};

/// Aggregates over feedback for the analytics endpoint.
struct FeedbackStats
{
    std::int64_t count = 0;
    std::int64_t csatCount = 0; ///< Entries with a CSAT score.
    std::optional<double> averageCsat; ///< Mean of the scores given; none without scores.
    std::vector<std::pair<FeedbackCategory, std::int64_t>> byCategory; ///< Categories with entries, in enum order.
};

/// Customer and staff feedback. Thread-safe.
class FeedbackRepository final
{
public:
    explicit FeedbackRepository(Database& database);

    /// Stores feedback. Validation errors as hss::validate(); Conflict when the id exists.
    Result<Feedback> add(const Feedback& feedback);
    /// The same inside the caller's write transaction; the entry enters the sync feed stamped \a hlc (empty: the
    /// server's stamp at created_at), in that transaction.
    Result<Feedback> add(Poco::Data::Session& session, const Feedback& feedback, const std::string& hlc = {});

    /// One entry by id; NotFound for anything else.
    Result<Feedback> find(Poco::Data::Session& session, std::string_view id);

    /// The entries with these ids that exist, by id text (one query per 200 ids: the sync feed reads pages).
    std::map<std::string, Feedback> findMany(Poco::Data::Session& session, const std::vector<std::string>& ids);

    /// Feedback matching \a query, newest first.
    std::vector<Feedback> list(const FeedbackQuery& query);

    /// Count, average CSAT and count per category of the feedback matching \a query (paging ignored).
    FeedbackStats analytics(const FeedbackQuery& query);

private:
    std::string sql(std::string_view text) const;
    static std::vector<Feedback> fromRows(Poco::Data::Statement& statement);

    Database& m_database;
};

} // namespace hss::server
