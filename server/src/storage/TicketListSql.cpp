// SPDX-License-Identifier: MIT
#include "TicketListSql.h"

#include <algorithm>
#include <utility>

#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

std::string_view sortColumn(TicketSort sort)
{
    switch (sort) {
    case TicketSort::Number:
        return "number";
    case TicketSort::UpdatedAt:
        return "updated_at";
    case TicketSort::Priority:
        // severityRank is higher for more severe tickets; priority_rank stores it.
        return "priority_rank";
    case TicketSort::Status:
        return "status";
    case TicketSort::Title:
        return "title";
    case TicketSort::CreatedAt:
        break;
    }
    return "created_at";
}

// Lets one helper build IN lists of enum values and of plain text.
template <class E>
std::string_view wireName(const E& value)
{
    return toString(value);
}

std::string_view wireName(const std::string& value)
{
    return value;
}

} // namespace

std::optional<TicketSort> ticketSortFromName(std::string_view name)
{
    static constexpr std::pair<std::string_view, TicketSort> names[] = {
        {"number", TicketSort::Number},        {"created_at", TicketSort::CreatedAt},
        {"updated_at", TicketSort::UpdatedAt}, {"priority", TicketSort::Priority},
        {"status", TicketSort::Status},        {"title", TicketSort::Title},
    };
    for (const auto& [key, sort] : names) {
        if (key == name) {
            return sort;
        }
    }
    return std::nullopt;
}

TicketListSql::TicketListSql(const TicketQuery& query)
{
    if (query.status) {
        add(" AND status = ?", std::string(toString(*query.status)));
    }
    if (query.priority) {
        add(" AND priority = ?", std::string(toString(*query.priority)));
    }
    if (query.category) {
        add(" AND category = ?", std::string(toString(*query.category)));
    }
    if (query.statusAnyOf) {
        addAnyOf("status", *query.statusAnyOf);
    }
    if (query.priorityAnyOf) {
        addAnyOf("priority", *query.priorityAnyOf);
    }
    if (query.categoryAnyOf) {
        addAnyOf("category", *query.categoryAnyOf);
    }
    if (query.assigneeId) {
        add(" AND assignee_id = ?", query.assigneeId->toString());
    }
    if (query.unassignedOnly) {
        m_where += " AND assignee_id IS NULL";
    }
    if (query.team) {
        add(" AND team = ?", *query.team);
    }
    if (query.teamsAnyOf) {
        addAnyOf("team", *query.teamsAnyOf);
    }
    if (query.scope) {
        addScope(*query.scope);
    }
    if (!query.text.empty()) {
        add(" AND lower(title) LIKE ? ESCAPE '\\'", sqltext::containsPattern(query.text));
    }
    if (query.createdFrom) {
        add(" AND created_at >= ?", *query.createdFrom);
    }
    if (query.createdTo) {
        add(" AND created_at <= ?", *query.createdTo);
    }
    const std::string direction = query.descending ? " DESC" : " ASC";
    m_orderAndPage = " ORDER BY " + std::string(sortColumn(query.sort)) + direction;
    if (query.sort != TicketSort::Number) {
        m_orderAndPage += ", number" + direction;
    }
    m_orderAndPage += " LIMIT ? OFFSET ?";
    m_limit = std::clamp(query.limit, 1, TicketQuery::maxLimit);
    m_offset = std::max(query.offset, 0);
}

void TicketListSql::add(std::string_view fragment, Value value)
{
    m_where += fragment;
    m_values.push_back(std::move(value));
}

// "column IN (NULL, ?, ...)": an empty list matches no ticket.
template <class Values>
void TicketListSql::addAnyOf(std::string_view column, const Values& wanted)
{
    m_where += " AND " + std::string(column) + " IN (NULL";
    for (const auto& value : wanted) {
        add(", ?", std::string(wireName(value)));
    }
    m_where += ")";
}

void TicketListSql::addScope(const TicketScope& scope)
{
    m_where += " AND (team IN (NULL";
    for (const auto& team : scope.teams) {
        add(", ?", team);
    }
    m_where += ")";
    if (scope.assignee) {
        add(" OR assignee_id = ?", scope.assignee->toString());
    }
    m_where += ")";
    if (!scope.includeMedical) {
        add(" AND category <> ? AND medical_case_ref IS NULL", std::string(toString(Category::MedicalClinical)));
    }
}

void TicketListSql::bindFilters(Poco::Data::Statement& statement) const
{
    for (const auto& value : m_values) {
        if (const auto* text = std::get_if<std::string>(&value)) {
            statement, pk::bind(*text);
        } else {
            statement, pk::bind(std::get<std::int64_t>(value));
        }
    }
}

void TicketListSql::bindFiltersAndPage(Poco::Data::Statement& statement) const
{
    bindFilters(statement);
    statement, pk::bind(m_limit), pk::bind(m_offset);
}

} // namespace hss::server
