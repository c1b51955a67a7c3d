// SPDX-License-Identifier: MIT
#include "DashboardCalculator.h"

#include <algorithm>
#include <set>

#include "hss/metrics/ResponseKpis.h"
#include "hss/metrics/SatisfactionKpis.h"
#include "storage/KpiFactsRepository.h"
#include "storage/LocalStore.h"
#include "storage/TicketRepository.h"

namespace hss::client {

namespace {

// The medical dashboard lists open emergencies; more than this many at once is a list nobody reads to the end.
constexpr int emergencyListLimit = 500;

std::vector<EmergencyTicketRow> readOpenEmergencies(const QSqlDatabase& db)
{
    TicketQuery query;
    query.view = TicketQuery::View::MedicalEmergencies;
    query.sort = TicketQuery::Sort::Number;
    query.limit = emergencyListLimit;
    std::vector<EmergencyTicketRow> rows;
    for (const QueueEntry& entry : TicketRepository(db).query(query)) {
        EmergencyTicketRow row;
        row.id = entry.ticket.id.toString();
        row.number = entry.ticket.number;
        row.title = entry.ticket.title;
        row.team = entry.ticket.team;
        row.status = entry.ticket.status;
        row.createdAt = entry.ticket.createdAt;
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::string> teamsIn(const DashboardFacts& facts)
{
    std::set<std::string> teams;
    for (const auto& ticket : facts.tickets) {
        if (!ticket.team.empty()) {
            teams.insert(ticket.team);
        }
    }
    for (const auto& entry : facts.feedback) {
        if (!entry.team.empty()) {
            teams.insert(entry.team);
        }
    }
    return {teams.begin(), teams.end()};
}

} // namespace

Result<DashboardFacts> DashboardCalculator::read(LocalStore& store, const metrics::Period& period, std::int64_t nowMs)
{
    const QSqlDatabase db = store.database();
    const KpiFactsRepository repository(db);
    DashboardFacts facts;
    auto tickets = repository.tickets(period, nowMs);
    if (!tickets) {
        return tickets.error();
    }
    auto feedback = repository.feedback(period);
    if (!feedback) {
        return feedback.error();
    }
    auto safety = repository.safetyReports(period);
    if (!safety) {
        return safety.error();
    }
    auto usage = repository.usageFigures(period);
    if (!usage) {
        return usage.error();
    }
    facts.tickets = std::move(tickets).value();
    facts.feedback = std::move(feedback).value();
    facts.safetyReports = std::move(safety).value();
    facts.usageFigures = std::move(usage).value();
    facts.openEmergencies = readOpenEmergencies(db);
    return facts;
}

DashboardSnapshot DashboardCalculator::compute(const DashboardFacts& facts, const DashboardFilter& filter,
                                               std::int64_t nowMs)
{
    using namespace metrics;
    const Period& period = filter.period;
    const TeamFilter teams = filter.teamFilter();
    const std::span<const TicketFacts> tickets(facts.tickets);
    const std::span<const FeedbackFacts> feedback(facts.feedback);

    DashboardSnapshot snapshot;
    snapshot.filter = filter;
    snapshot.computedAt = nowMs;
    snapshot.ticketsRead = facts.tickets.size();
    snapshot.feedbackRead = facts.feedback.size();
    snapshot.knownTeams = teamsIn(facts);

    snapshot.overview = TicketOverview::of(tickets, period, teams);
    snapshot.firstResponse = firstResponseTime(tickets, period, teams);
    snapshot.resolution = resolutionTime(tickets, period, teams);
    snapshot.firstResponseTrend = firstResponseTimeTrend(tickets, period, filter.granularity, teams);
    snapshot.resolutionTrend = resolutionTimeTrend(tickets, period, filter.granularity, teams);
    snapshot.csat = csatScore(feedback, period, teams);
    snapshot.csatTrend = csatTrend(feedback, period, filter.granularity, teams);
    snapshot.sentiment = averageSentiment(feedback, period, teams);
    snapshot.escalation = escalationRate(tickets, period, teams);
    snapshot.sla = slaCompliance(tickets, period, teams);
    // One pass for every team's first response time rather than one pass over all tickets per team.
    const auto firstResponseByTeam = firstResponseTimeByTeam(tickets, period, teams);
    for (TeamPerformance& team : TeamPerformance::of(tickets, feedback, period, teams)) {
        TeamRow row;
        if (const auto found = firstResponseByTeam.find(team.team); found != firstResponseByTeam.end()) {
            row.firstResponse = found->second;
        }
        row.performance = std::move(team);
        snapshot.teams.push_back(std::move(row));
    }

    for (const EmergencyTicketRow& row : facts.openEmergencies) {
        if (teams.matches(row.team)) {
            snapshot.openEmergencies.push_back(row);
        }
    }
    snapshot.emergencyResponse = medicalResponseTime(tickets, period, teams);
    snapshot.medicalSla = medicalSlaCompliance(tickets, period, teams);
    snapshot.safety = patientSafetyScore(facts.safetyReports, period, teams);
    snapshot.adoption = adoptionRate(facts.usageFigures, period);
    snapshot.adoptionTrend = adoptionTrend(facts.usageFigures, period);
    return snapshot;
}

DashboardSnapshot DashboardCalculator::load(LocalStore& store, const DashboardFilter& filter, std::int64_t nowMs)
{
    auto facts = read(store, filter.period, nowMs);
    if (!facts) {
        DashboardSnapshot failed;
        failed.filter = filter;
        failed.computedAt = nowMs;
        failed.error = QString::fromStdString(facts.error().message);
        return failed;
    }
    return compute(facts.value(), filter, nowMs);
}

} // namespace hss::client
