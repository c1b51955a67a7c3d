// SPDX-License-Identifier: MIT
#include "EscalationMatrixRepository.h"

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "StatementCache.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

// server_info: the escalation matrix's revision (text, like the table's other values).
constexpr std::string_view revisionKey = "escalation_matrix_revision";

} // namespace

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

std::int64_t EscalationMatrixRepository::revision(Poco::Data::Session& session)
{
    const ResultRows rows = m_database.statements().query(session, "SELECT value FROM server_info WHERE key = ?",
                                                          {std::string(revisionKey)});
    if (rows.empty()) {
        return 0;
    }
    try {
        return std::stoll(rows.text(0, 0));
    } catch (const std::exception&) {
        return 0;
    }
}

bool EscalationMatrixRepository::advanceRevision(Poco::Data::Session& session, std::int64_t from)
{
    StatementCache& statements = m_database.statements();
    if (from == 0) {
        return statements.execute(session,
                                  "INSERT INTO server_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                                  {std::string(revisionKey), std::string("1")})
            == 1;
    }
    return statements.execute(session, "UPDATE server_info SET value = ? WHERE key = ? AND value = ?",
                              {std::to_string(from + 1), std::string(revisionKey), std::to_string(from)})
        == 1;
}

} // namespace hss::server
