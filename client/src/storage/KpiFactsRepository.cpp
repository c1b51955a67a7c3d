// SPDX-License-Identifier: MIT
#include "KpiFactsRepository.h"

#include <algorithm>
#include <string_view>

#include "TicketSla.h"
#include "TicketSlaCodec.h"
#include "hss/Priority.h"
#include "hss/metrics/SlaOutcome.h"
#include "sqlcipher/SqlCipherStatement.h"

namespace hss::client {

namespace {

// Each branch can use an index or the table scan it shares with the others; the last one is the tickets_queue
// index the "Medical emergencies" view already uses.
constexpr std::string_view ticketsSql =
    "SELECT t.id, t.team, t.priority, t.category, t.status, t.created_at, t.first_response_at, t.resolved_at,"
    " t.escalation_level, s.clocks"
    " FROM tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id"
    " WHERE (t.created_at >= ?1 AND t.created_at < ?2)"
    " OR (t.first_response_at >= ?1 AND t.first_response_at < ?2)"
    " OR (t.resolved_at >= ?1 AND t.resolved_at < ?2)"
    " OR (t.is_open = 1 AND t.priority_rank = ?3)";

// INDEXED BY: SQLite 3.15's planner prefers the primary key's unique index for "id = ?", which then reads the wide
// ticket row for its team; tickets_id_team (migration 8) answers from the index alone.
constexpr std::string_view feedbackSql = "SELECT f.created_at, f.csat, f.sentiment, t.team"
                                         " FROM feedback f LEFT JOIN tickets t INDEXED BY tickets_id_team"
                                         " ON t.id = f.ticket_id"
                                         " WHERE f.created_at >= ?1 AND f.created_at < ?2";

constexpr std::string_view safetySql =
    "SELECT f.id, f.created_at, f.safety_outcome, t.team"
    " FROM feedback f LEFT JOIN tickets t INDEXED BY tickets_id_team ON t.id = f.ticket_id"
    " WHERE f.created_at >= ?1 AND f.created_at < ?2 AND f.safety_outcome IS NOT NULL";

constexpr std::string_view usageSql = "SELECT period_start, period_end, active_professionals, licensed_professionals"
                                      " FROM usage_figures WHERE period_start >= ?1 AND period_end <= ?2"
                                      " ORDER BY period_start, period_end, site";

Error queryError(const SqlCipherStatement& statement)
{
    return Error {ErrorCode::Internal, "",
                  "the local store could not read KPI facts: " + statement.errorText().toStdString()};
}

/// Binds the period's bounds to ?1 and ?2 of a prepared statement; false leaves the reason in the statement.
bool preparedFor(SqlCipherStatement& statement, const metrics::Period& period)
{
    return statement.isValid() && statement.bind(1, period.from) && statement.bind(2, period.to);
}

std::optional<std::int64_t> optionalInteger(const SqlCipherStatement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<std::int64_t>(row.integer(column));
}

/// The stored clocks advanced to \a nowMs; all not applicable when there are none or they cannot be read (the
/// next pull brings readable ones, as in TicketSlaRepository). \a report is scratch space reused row after row.
std::array<metrics::SlaOutcome, 3> slaOutcomes(QByteArrayView clocks, qint64 nowMs, sla::SlaReport& report,
                                               int& escalationLevel)
{
    std::array<metrics::SlaOutcome, 3> outcomes {};
    if (clocks.isEmpty() || TicketSlaCodec::decode(clocks, report)) {
        return outcomes;
    }
    const std::array<TicketSlaClock, 3> now = TicketSla::clocksAt(report, nowMs);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        outcomes[i] = metrics::slaOutcomeOf(now[i].state);
        escalationLevel = std::max(escalationLevel, now[i].escalationLevel);
    }
    return outcomes;
}

template <class T>
Result<T> parsed(Result<T> value, const std::string& ticketId)
{
    if (!value) {
        Error error = value.error();
        error.message = "ticket " + ticketId + ": " + error.message;
        return error;
    }
    return value;
}

} // namespace

KpiFactsRepository::KpiFactsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

// Read straight through SqlCipherStatement: on 100,000 tickets, QSqlQuery's QVariant and QString per value (and the
// std::string made from each) cost more than SQLite's own work.
Result<std::vector<metrics::TicketFacts>> KpiFactsRepository::tickets(const metrics::Period& period, qint64 nowMs) const
{
    SqlCipherStatement row(m_db, ticketsSql);
    if (!preparedFor(row, period) || !row.bind(3, severityRank(Priority::Emergency))) {
        return queryError(row);
    }
    std::vector<metrics::TicketFacts> result;
    sla::SlaReport report;
    while (row.next()) {
        metrics::TicketFacts facts;
        facts.id = row.text(0);
        facts.team = row.text(1);
        const auto priority = parsed(priorityFromString(row.text(2)), facts.id);
        const auto category = parsed(categoryFromString(row.text(3)), facts.id);
        const auto status = parsed(ticketStatusFromString(row.text(4)), facts.id);
        if (!priority || !category || !status) {
            return !priority ? priority.error() : !category ? category.error() : status.error();
        }
        facts.priority = priority.value();
        facts.category = category.value();
        facts.status = status.value();
        facts.emergency = facts.priority == Priority::Emergency;
        facts.createdAt = row.integer(5);
        facts.firstResponseAt = optionalInteger(row, 6);
        facts.resolvedAt = optionalInteger(row, 7);
        facts.escalationLevel = static_cast<int>(row.integer(8));
        facts.sla = slaOutcomes(row.blob(9), nowMs, report, facts.escalationLevel);
        result.push_back(std::move(facts));
    }
    if (!row.errorText().isEmpty()) {
        return queryError(row);
    }
    return result;
}

Result<std::vector<metrics::FeedbackFacts>> KpiFactsRepository::feedback(const metrics::Period& period) const
{
    SqlCipherStatement row(m_db, feedbackSql);
    if (!preparedFor(row, period)) {
        return queryError(row);
    }
    std::vector<metrics::FeedbackFacts> result;
    while (row.next()) {
        metrics::FeedbackFacts facts;
        facts.createdAt = row.integer(0);
        if (!row.isNull(1)) {
            facts.csatScore = static_cast<int>(row.integer(1));
        }
        if (!row.isNull(2)) {
            facts.sentimentScore = row.real(2);
        }
        facts.team = row.text(3);
        result.push_back(std::move(facts));
    }
    if (!row.errorText().isEmpty()) {
        return queryError(row);
    }
    return result;
}

Result<std::vector<metrics::SafetyReport>> KpiFactsRepository::safetyReports(const metrics::Period& period) const
{
    SqlCipherStatement row(m_db, safetySql);
    if (!preparedFor(row, period)) {
        return queryError(row);
    }
    std::vector<metrics::SafetyReport> result;
    while (row.next()) {
        const auto outcome = metrics::safetyOutcomeFromString(row.text(2));
        if (!outcome) {
            Error error = outcome.error();
            error.message = "feedback " + std::string(row.text(0)) + ": " + error.message;
            return error;
        }
        metrics::SafetyReport report;
        report.createdAt = row.integer(1);
        report.outcome = outcome.value();
        report.team = row.text(3);
        result.push_back(std::move(report));
    }
    if (!row.errorText().isEmpty()) {
        return queryError(row);
    }
    return result;
}

Result<std::vector<metrics::UsageFigures>> KpiFactsRepository::usageFigures(const metrics::Period& period) const
{
    SqlCipherStatement row(m_db, usageSql);
    if (!preparedFor(row, period)) {
        return queryError(row);
    }
    std::vector<metrics::UsageFigures> result;
    while (row.next()) {
        metrics::UsageFigures figures;
        figures.period = {row.integer(0), row.integer(1)};
        figures.activeProfessionals = row.integer(2);
        figures.licensedProfessionals = row.integer(3);
        result.push_back(figures);
    }
    if (!row.errorText().isEmpty()) {
        return queryError(row);
    }
    return result;
}

} // namespace hss::client
