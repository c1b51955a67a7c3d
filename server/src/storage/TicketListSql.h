// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <Poco/Data/Statement.h>

#include "TicketQuery.h"

namespace hss::server {

/// The SQL of one ticket list query (TicketRepository::list): the WHERE clause of its filters and scope, its order
/// and page. Only constant fragments and whitelisted column names go into the text; every value is bound.
class TicketListSql final
{
public:
    explicit TicketListSql(const TicketQuery& query);

    /// " WHERE 1 = 1 AND …" for the filters and the caller's scope.
    const std::string& where() const { return m_where; }
    /// " ORDER BY … LIMIT ? OFFSET ?": the sort with the ticket number as the tie-breaker, then the page.
    const std::string& orderAndPage() const { return m_orderAndPage; }

    /// Binds the values of where(), in order, to \a statement.
    void bindFilters(Poco::Data::Statement& statement) const;
    /// Binds the values of where() and then of orderAndPage().
    void bindFiltersAndPage(Poco::Data::Statement& statement) const;

private:
    using Value = std::variant<std::string, std::int64_t>;

    void add(std::string_view fragment, Value value);
    template <class Values>
    void addAnyOf(std::string_view column, const Values& wanted);
    void addScope(const TicketScope& scope);

    std::string m_where = " WHERE 1 = 1";
    std::vector<Value> m_values;
    std::string m_orderAndPage;
    std::int64_t m_limit = 0;
    std::int64_t m_offset = 0;
};

} // namespace hss::server
