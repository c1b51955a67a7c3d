// SPDX-License-Identifier: MIT
#include "UsageFiguresRepository.h"

#include <algorithm>

#include <Poco/Data/Statement.h>

#include "ResultRows.h"
#include "SqlText.h"
#include "SyncFeedRepository.h"

namespace pk = Poco::Data::Keywords;

namespace hss::server {

namespace {

constexpr std::string_view entityName = "usage_figures";

constexpr std::string_view selectUsage = "SELECT id, period_start, period_end, active_professionals,"
                                         " licensed_professionals, site, note, recorded_at FROM usage_figures";

std::vector<UsageReport> fromRows(Poco::Data::Statement& statement)
{
    const ResultRows rows(statement);
    std::vector<UsageReport> reports;
    reports.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        UsageReport report;
        report.id = Uuid::parse(rows.text(row, 0)).value();
        report.figures.period = {rows.integer(row, 1), rows.integer(row, 2)};
        report.figures.activeProfessionals = rows.integer(row, 3);
        report.figures.licensedProfessionals = rows.integer(row, 4);
        report.site = rows.text(row, 5);
        report.note = rows.text(row, 6);
        report.recordedAt = rows.integer(row, 7);
        reports.push_back(std::move(report));
    }
    return reports;
}

} // namespace

UsageFiguresRepository::UsageFiguresRepository(Database& database)
    : m_database(database)
{ }

std::string UsageFiguresRepository::sql(std::string_view text) const
{
    return sqltext::forBackend(text, m_database.backend());
}

Result<RecordedUsage> UsageFiguresRepository::record(Poco::Data::Session& session, const UsageReport& report,
                                                     const std::string& userId)
{
    if (auto valid = validate(report); !valid) {
        return valid.error();
    }
    RecordedUsage recorded {report, false};
    Poco::Data::Statement existing(session);
    existing << sql("SELECT id, revision FROM usage_figures WHERE site = ? AND period_start = ? AND period_end = ?"),
        pk::bind(report.site), pk::bind(report.figures.period.from), pk::bind(report.figures.period.to);
    const ResultRows rows(existing);
    std::int64_t revision = 1;
    if (!rows.empty()) {
        recorded.replaced = true;
        recorded.report.id = Uuid::parse(rows.text(0, 0)).value();
        revision = rows.integer(0, 1) + 1;
        session << sql("UPDATE usage_figures SET active_professionals = ?, licensed_professionals = ?, note = ?,"
                       " recorded_by = ?, recorded_at = ?, revision = ? WHERE id = ?"),
            pk::bind(report.figures.activeProfessionals), pk::bind(report.figures.licensedProfessionals),
            pk::bind(report.note), pk::bind(userId), pk::bind(report.recordedAt), pk::bind(revision),
            pk::bind(recorded.report.id.toString()), pk::now;
    } else {
        session << sql("INSERT INTO usage_figures (id, period_start, period_end, active_professionals,"
                       " licensed_professionals, site, note, recorded_by, recorded_at, revision)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            pk::bind(report.id.toString()), pk::bind(report.figures.period.from), pk::bind(report.figures.period.to),
            pk::bind(report.figures.activeProfessionals), pk::bind(report.figures.licensedProfessionals),
            pk::bind(report.site), pk::bind(report.note), pk::bind(userId), pk::bind(report.recordedAt),
            pk::bind(revision), pk::now;
    }
    SyncFeedRepository(m_database)
        .touch(session, entityName, recorded.report.id.toString(), revision, false,
               SyncFeedRepository::serverHlc(report.recordedAt));
    return recorded;
}

std::vector<UsageReport> UsageFiguresRepository::list(std::int64_t from, std::int64_t to)
{
    auto session = m_database.session();
    Poco::Data::Statement statement(session);
    statement << sql(std::string(selectUsage)
                     + " WHERE period_start < ? AND period_end > ? ORDER BY period_start, period_end, site"),
        pk::bind(to), pk::bind(from);
    return fromRows(statement);
}

std::map<std::string, UsageReport> UsageFiguresRepository::findMany(Poco::Data::Session& session,
                                                                    const std::vector<std::string>& ids)
{
    // Chunks keep each statement's parameter list well below every backend's limit.
    constexpr std::size_t chunk = 200;
    std::map<std::string, UsageReport> found;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        const std::size_t count = std::min(chunk, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ", ?";
        }
        Poco::Data::Statement statement(session);
        statement << sql(std::string(selectUsage) + " WHERE id IN (" + placeholders + ")");
        for (std::size_t i = first; i < first + count; ++i) {
            statement, pk::bind(ids[i]);
        }
        for (UsageReport& report : fromRows(statement)) {
            found.emplace(report.id.toString(), std::move(report));
        }
    }
    return found;
}

} // namespace hss::server
