// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace hss::client {

struct MigrationStep;

/// The console store's numbered schema steps, oldest first.
/// 1: tickets, comments, events, KB with versions, training, feedback, users, settings, outbox, sync state,
///    local audit log. 2: ranked KB full-text index (FTS4) kept in step by triggers. 3: outbox state (rejected,
///    sent), ticket grouping and kind; conflict notes awaiting review. 4: the server's SLA clocks per ticket.
///    5: the SLA clocks in compact form. 6: the user's own KB votes.
///    7: safety outcome on feedback; usage figures. 8: covering indexes for the dashboards' KPI facts.
std::vector<MigrationStep> schemaSteps();

} // namespace hss::client
