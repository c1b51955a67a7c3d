// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "hss/User.h"

namespace hss::client {

class LocalStore;

/// The agent the benchmark signs in as: a member of one of the twelve teams, assigned some of the tickets.
User benchAgent();

/// Fills \a store with \a ticketCount tickets shaped like a busy support floor around \a nowMs: 12 teams, ~5 %
/// medical emergencies, two thirds still open, most assigned (some to benchAgent()), SLA deadlines from overdue
/// to a day ahead, and benchAgent()'s profile so an offline sign-in knows the user's id and teams. Progress on
/// stderr; false when a write fails.
bool fillQueueStore(LocalStore& store, int ticketCount, std::int64_t nowMs);

} // namespace hss::client
