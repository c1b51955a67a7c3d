// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QtGlobal>
#include <vector>

#include "hss/Result.h"
#include "hss/metrics/FeedbackFacts.h"
#include "hss/metrics/Period.h"
#include "hss/metrics/SafetyReport.h"
#include "hss/metrics/TicketFacts.h"
#include "hss/metrics/UsageFigures.h"

namespace hss::client {

/// Reads the facts the KPI formulas (hss::metrics) need from the local store, so the dashboards work offline.
/// Read-only; works on the connection it is given, which must be a store opened with the QSQLCIPHER driver (the
/// many rows are read through SqlCipherStatement; another connection gives an Internal error).
///
/// What the store does not keep is left empty: closedAt (no close time is stored), and the emergency flag follows
/// the ticket's current priority (earlier priorities are not stored). First response is the synced
/// first_response_at column, which the server sets from the first public agent reply.
class KpiFactsRepository final
{
public:
    explicit KpiFactsRepository(QSqlDatabase db);

    /// Every ticket a KPI over \a period can count: created, first answered or resolved in it, plus every open
    /// emergency (the medical dashboard counts those whenever created). SLA outcomes are the stored clocks as they
    /// stand at \a nowMs (a clock that ran past its target since the last pull is breached); a ticket without
    /// readable clocks has none (not applicable). A row with a value the domain does not know gives InvalidArgument
    /// naming the ticket.
    Result<std::vector<metrics::TicketFacts>> tickets(const metrics::Period& period, qint64 nowMs) const;

    /// The feedback created in \a period, each with the team of the ticket it is about (empty for none).
    Result<std::vector<metrics::FeedbackFacts>> feedback(const metrics::Period& period) const;

    /// The patient-safety reports made in \a period: every feedback entry created in it that records the outcome of
    /// the AI system's critical decision, with the team of its ticket (empty for none). A stored outcome the domain
    /// does not know gives InvalidArgument naming the feedback entry.
    Result<std::vector<metrics::SafetyReport>> safetyReports(const metrics::Period& period) const;

    /// The usage figures (every site) whose period lies entirely inside \a period, oldest period first.
    Result<std::vector<metrics::UsageFigures>> usageFigures(const metrics::Period& period) const;

private:
    QSqlDatabase m_db;
};

} // namespace hss::client
