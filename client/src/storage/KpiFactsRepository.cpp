// SPDX-License-Identifier: MIT
#include "KpiFactsRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

#include "TicketSla.h"
#include "TicketSlaCodec.h"
#include "ValueConversions.h"
#include "hss/Priority.h"

namespace hss::client {

namespace {

// Each branch can use an index or the table scan it shares with the others; the last one is the tickets_queue
// index the "Medical emergencies" view already uses.
const QString ticketsSql = QStringLiteral(
    "SELECT t.id, t.team, t.priority, t.category, t.status, t.created_at, t.first_response_at, t.resolved_at,"
    " t.escalation_level, s.clocks"
    " FROM tickets t LEFT JOIN ticket_sla s ON s.ticket_id = t.id"
    " WHERE (t.created_at >= ? AND t.created_at < ?)"
    " OR (t.first_response_at >= ? AND t.first_response_at < ?)"
    " OR (t.resolved_at >= ? AND t.resolved_at < ?)"
    " OR (t.is_open = 1 AND t.priority_rank = ?)");

const QString feedbackSql = QStringLiteral("SELECT f.created_at, f.csat, f.sentiment, t.team"
                                           " FROM feedback f LEFT JOIN tickets t ON t.id = f.ticket_id"
                                           " WHERE f.created_at >= ? AND f.created_at < ?");

const QString safetySql =
    QStringLiteral("SELECT f.id, f.created_at, f.safety_outcome, t.team"
                   " FROM feedback f LEFT JOIN tickets t ON t.id = f.ticket_id"
                   " WHERE f.created_at >= ? AND f.created_at < ? AND f.safety_outcome IS NOT NULL");

const QString usageSql = QStringLiteral("SELECT period_start, period_end, active_professionals, licensed_professionals"
                                        " FROM usage_figures WHERE period_start >= ? AND period_end <= ?"
                                        " ORDER BY period_start, period_end, site");

Error queryError(const QSqlQuery& query)
{
    return Error {ErrorCode::Internal, "",
                  "the local store could not read KPI facts: " + query.lastError().text().toStdString()};
}

/// The stored clocks advanced to \a nowMs; all not applicable when there are none or they cannot be read (the
/// next pull brings readable ones, as in TicketSlaRepository).
std::array<metrics::SlaOutcome, 3> slaOutcomes(const QVariant& clocks, qint64 nowMs, int& escalationLevel)
{
    std::array<metrics::SlaOutcome, 3> outcomes {};
    if (clocks.isNull()) {
        return outcomes;
    }
    const QByteArray bytes = clocks.toByteArray();
    const auto report = TicketSlaCodec::decode(bytes);
    if (!report) {
        return outcomes;
    }
    const TicketSla now = TicketSla::at(report.value(), nowMs);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        outcomes[i] = metrics::slaOutcomeOf(now.clocks[i].state);
    }
    escalationLevel = std::max(escalationLevel, now.escalationLevel);
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

Result<std::vector<metrics::TicketFacts>> KpiFactsRepository::tickets(const metrics::Period& period, qint64 nowMs) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const qint64 from = period.from;
    const qint64 to = period.to;
    if (!query.prepare(ticketsSql)) {
        return queryError(query);
    }
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(from);
        query.addBindValue(to);
    }
    query.addBindValue(severityRank(Priority::Emergency));
    if (!query.exec()) {
        return queryError(query);
    }
    std::vector<metrics::TicketFacts> result;
    while (query.next()) {
        metrics::TicketFacts facts;
        facts.id = toStdString(query.value(0));
        facts.team = toStdString(query.value(1));
        const auto priority = parsed(priorityFromString(toStdString(query.value(2))), facts.id);
        const auto category = parsed(categoryFromString(toStdString(query.value(3))), facts.id);
        const auto status = parsed(ticketStatusFromString(toStdString(query.value(4))), facts.id);
        if (!priority || !category || !status) {
            return !priority ? priority.error() : !category ? category.error() : status.error();
        }
        facts.priority = priority.value();
        facts.category = category.value();
        facts.status = status.value();
        facts.emergency = facts.priority == Priority::Emergency;
        facts.createdAt = query.value(5).toLongLong();
        facts.firstResponseAt = optionalNumber(query.value(6));
        facts.resolvedAt = optionalNumber(query.value(7));
        facts.escalationLevel = query.value(8).toInt();
        facts.sla = slaOutcomes(query.value(9), nowMs, facts.escalationLevel);
        result.push_back(std::move(facts));
    }
    if (query.lastError().isValid()) {
        return queryError(query);
    }
    return result;
}

Result<std::vector<metrics::FeedbackFacts>> KpiFactsRepository::feedback(const metrics::Period& period) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(feedbackSql)) {
        return queryError(query);
    }
    query.addBindValue(static_cast<qint64>(period.from));
    query.addBindValue(static_cast<qint64>(period.to));
    if (!query.exec()) {
        return queryError(query);
    }
    std::vector<metrics::FeedbackFacts> result;
    while (query.next()) {
        metrics::FeedbackFacts facts;
        facts.createdAt = query.value(0).toLongLong();
        if (!query.value(1).isNull()) {
            facts.csatScore = query.value(1).toInt();
        }
        if (!query.value(2).isNull()) {
            facts.sentimentScore = query.value(2).toDouble();
        }
        facts.team = toStdString(query.value(3));
        result.push_back(std::move(facts));
    }
    if (query.lastError().isValid()) {
        return queryError(query);
    }
    return result;
}

Result<std::vector<metrics::SafetyReport>> KpiFactsRepository::safetyReports(const metrics::Period& period) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(safetySql)) {
        return queryError(query);
    }
    query.addBindValue(static_cast<qint64>(period.from));
    query.addBindValue(static_cast<qint64>(period.to));
    if (!query.exec()) {
        return queryError(query);
    }
    std::vector<metrics::SafetyReport> result;
    while (query.next()) {
        const auto outcome = metrics::safetyOutcomeFromString(toStdString(query.value(2)));
        if (!outcome) {
            Error error = outcome.error();
            error.message = "feedback " + toStdString(query.value(0)) + ": " + error.message;
            return error;
        }
        metrics::SafetyReport report;
        report.createdAt = query.value(1).toLongLong();
        report.outcome = outcome.value();
        report.team = toStdString(query.value(3));
        result.push_back(std::move(report));
    }
    if (query.lastError().isValid()) {
        return queryError(query);
    }
    return result;
}

Result<std::vector<metrics::UsageFigures>> KpiFactsRepository::usageFigures(const metrics::Period& period) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(usageSql)) {
        return queryError(query);
    }
    query.addBindValue(static_cast<qint64>(period.from));
    query.addBindValue(static_cast<qint64>(period.to));
    if (!query.exec()) {
        return queryError(query);
    }
    std::vector<metrics::UsageFigures> result;
    while (query.next()) {
        metrics::UsageFigures figures;
        figures.period = {query.value(0).toLongLong(), query.value(1).toLongLong()};
        figures.activeProfessionals = query.value(2).toLongLong();
        figures.licensedProfessionals = query.value(3).toLongLong();
        result.push_back(figures);
    }
    if (query.lastError().isValid()) {
        return queryError(query);
    }
    return result;
}

} // namespace hss::client
