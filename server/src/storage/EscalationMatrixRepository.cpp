// SPDX-License-Identifier: MIT
#include "EscalationMatrixRepository.h"

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

EscalationMatrixRepository::EscalationMatrixRepository(Database& database)
    : m_database(database)
{ }

std::string EscalationMatrixRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

EscalationMatrix EscalationMatrixRepository::load(Poco::Data::Session& session)
{
    Poco::Data::Statement select(session);
    select << "SELECT level, team, people, channels FROM escalation_matrix ORDER BY level";
    const ResultRows rows(select);
    EscalationMatrix matrix;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        EscalationLevel level;
        level.level = static_cast<int>(rows.integer(row, 0));
        level.team = rows.text(row, 1);
        level.people = sqltext::fromJsonList(rows.text(row, 2));
        level.channels = sqltext::fromJsonList(rows.text(row, 3));
        matrix.levels.push_back(std::move(level));
    }
    return matrix;
}

void EscalationMatrixRepository::replace(Poco::Data::Session& session, const EscalationMatrix& matrix,
                                         std::int64_t nowMs)
{
    session << "DELETE FROM escalation_matrix", pk::now;
    for (const EscalationLevel& level : matrix.levels) {
        const int number = level.level;
        const std::string people = sqltext::toJsonList(level.people);
        const std::string channels = sqltext::toJsonList(level.channels);
        session << sql("INSERT INTO escalation_matrix (level, team, people, channels, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
            pk::bind(number), pk::bind(level.team), pk::bind(people), pk::bind(channels), pk::bind(nowMs), pk::now;
    }
}

} // namespace hss::server
