// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "ResultRows.h"
#include "SqlValue.h"

namespace hss::server {

/// The statements prepared on one database connection, each prepared the first time its SQL is run there and
/// reused afterwards. Used only by the thread that holds the connection. Errors throw Poco::Data::DataException
/// with the database's message; a failed statement leaves the set usable.
class PreparedStatementSet
{
public:
    virtual ~PreparedStatementSet() = default;

    /// Runs \a sql (with ? placeholders) with \a params bound in order and returns its rows.
    virtual ResultRows query(std::string_view sql, std::span<const SqlValue> params) = 0;
    /// Runs \a sql and returns the number of rows it changed.
    virtual std::int64_t execute(std::string_view sql, std::span<const SqlValue> params) = 0;
};

/// Lets the sets find a statement by the caller's string_view without building a std::string per call.
struct SqlTextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view> {}(text); }
};

} // namespace hss::server
