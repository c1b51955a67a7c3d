// SPDX-License-Identifier: MIT
#include "ResultRows.h"

#include <charconv>
#include <stdexcept>

#include <Poco/Data/DataException.h>
#include <Poco/Data/RecordSet.h>

namespace hss::server {

namespace {

SqlValue cellOf(const Poco::Dynamic::Var& value)
{
    if (value.isEmpty()) {
        return {};
    }
    if (value.isInteger()) {
        return value.convert<Poco::Int64>();
    }
    if (value.isNumeric()) {
        return value.convert<double>();
    }
    return value.convert<std::string>();
}

std::int64_t integerOf(const std::string& text)
{
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) {
        throw Poco::Data::DataException("not an integer in a result column: '" + text.substr(0, 32) + "'");
    }
    return number;
}

} // namespace

ResultRows::ResultRows(Poco::Data::Statement& statement)
{
    statement.execute();
    const Poco::Data::RecordSet rows(statement);
    m_columns = rows.columnCount();
    m_cells.reserve(rows.rowCount() * m_columns);
    for (std::size_t row = 0; row < rows.rowCount(); ++row) {
        for (std::size_t column = 0; column < m_columns; ++column) {
            m_cells.push_back(rows.isNull(column, row) ? SqlValue() : cellOf(rows.value(column, row)));
        }
    }
}

ResultRows::ResultRows(std::size_t columns, std::vector<SqlValue> cells)
    : m_columns(columns)
    , m_cells(std::move(cells))
{ }

const SqlValue& ResultRows::cell(std::size_t row, std::size_t column) const
{
    if (column >= m_columns || row >= size()) {
        throw std::out_of_range("result cell out of range");
    }
    return m_cells[row * m_columns + column];
}

bool ResultRows::isNull(std::size_t row, std::size_t column) const
{
    return std::holds_alternative<std::monostate>(cell(row, column));
}

std::string ResultRows::text(std::size_t row, std::size_t column) const
{
    return optionalText(row, column).value_or(std::string());
}

std::optional<std::string> ResultRows::optionalText(std::size_t row, std::size_t column) const
{
    const SqlValue& value = cell(row, column);
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*number);
    }
    if (const auto* real = std::get_if<double>(&value)) {
        return Poco::Dynamic::Var(*real).convert<std::string>();
    }
    return std::nullopt;
}

std::int64_t ResultRows::integer(std::size_t row, std::size_t column) const
{
    return optionalInteger(row, column).value_or(0);
}

std::optional<std::int64_t> ResultRows::optionalInteger(std::size_t row, std::size_t column) const
{
    const SqlValue& value = cell(row, column);
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return *number;
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return integerOf(*text);
    }
    if (const auto* real = std::get_if<double>(&value)) {
        return static_cast<std::int64_t>(*real);
    }
    return std::nullopt;
}

std::optional<double> ResultRows::optionalReal(std::size_t row, std::size_t column) const
{
    const SqlValue& value = cell(row, column);
    if (const auto* real = std::get_if<double>(&value)) {
        return *real;
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*number);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return Poco::Dynamic::Var(*text).convert<double>();
    }
    return std::nullopt;
}

} // namespace hss::server
