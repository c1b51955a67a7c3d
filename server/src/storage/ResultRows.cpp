// SPDX-License-Identifier: MIT
#include "ResultRows.h"

namespace hss::server {

namespace {

Poco::Data::Statement& executed(Poco::Data::Statement& statement)
{
    statement.execute();
    return statement;
}

} // namespace

ResultRows::ResultRows(Poco::Data::Statement& statement)
    : m_rows(executed(statement))
{ }

bool ResultRows::isNull(std::size_t row, std::size_t column) const
{
    return m_rows.isNull(column, row);
}

std::string ResultRows::text(std::size_t row, std::size_t column) const
{
    return isNull(row, column) ? std::string() : m_rows.value(column, row).convert<std::string>();
}

std::optional<std::string> ResultRows::optionalText(std::size_t row, std::size_t column) const
{
    if (isNull(row, column)) {
        return std::nullopt;
    }
    return m_rows.value(column, row).convert<std::string>();
}

std::int64_t ResultRows::integer(std::size_t row, std::size_t column) const
{
    return optionalInteger(row, column).value_or(0);
}

std::optional<std::int64_t> ResultRows::optionalInteger(std::size_t row, std::size_t column) const
{
    if (isNull(row, column)) {
        return std::nullopt;
    }
    return m_rows.value(column, row).convert<Poco::Int64>();
}

std::optional<double> ResultRows::optionalReal(std::size_t row, std::size_t column) const
{
    if (isNull(row, column)) {
        return std::nullopt;
    }
    return m_rows.value(column, row).convert<double>();
}

} // namespace hss::server
