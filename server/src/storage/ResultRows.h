// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Data/Statement.h>

#include "SqlValue.h"

namespace hss::server {

/// The rows of an executed query, read by row and column index with the same conversions on both backends
/// (PostgreSQL hands every value over as text, SQLite as its storage class). NULL reads as std::nullopt.
class ResultRows final
{
public:
    /// Executes \a statement and keeps its result.
    explicit ResultRows(Poco::Data::Statement& statement);
    /// Rows read by another path (the prepared-statement cache): \a cells row after row, \a columns per row.
    ResultRows(std::size_t columns, std::vector<SqlValue> cells);

    /// Number of rows.
    std::size_t size() const { return m_columns == 0 ? 0 : m_cells.size() / m_columns; }
    bool empty() const { return size() == 0; }

    bool isNull(std::size_t row, std::size_t column) const;
    /// Text value; empty for NULL.
    std::string text(std::size_t row, std::size_t column) const;
    std::optional<std::string> optionalText(std::size_t row, std::size_t column) const;
    /// Integer value; 0 for NULL.
    std::int64_t integer(std::size_t row, std::size_t column) const;
    std::optional<std::int64_t> optionalInteger(std::size_t row, std::size_t column) const;
    std::optional<double> optionalReal(std::size_t row, std::size_t column) const;

private:
    const SqlValue& cell(std::size_t row, std::size_t column) const;

    std::size_t m_columns = 0;
    std::vector<SqlValue> m_cells;
};

} // namespace hss::server
