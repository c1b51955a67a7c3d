// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

#include "WorkloadGenerator.h"

class QTextStream;

namespace hss::bench {

/// Prints SQLite's EXPLAIN QUERY PLAN for the statements behind the timed queue views and the KB search, so a
/// missed target can be traced to a scan or a sort. The SQL mirrors TicketRepository::query() and
/// KbRepository::search(); keep it in step with them. The proposed statements are shown as well.
void printQueryPlans(const QSqlDatabase& db, const Workload& workload, QTextStream& out);

} // namespace hss::bench
