// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/Ticket.h"
#include "hss/TicketStatus.h"
#include "hss/Uuid.h"

namespace hss::server {

/// The columns a ticket list can be sorted by (a whitelist: nothing else reaches the SQL text).
enum class TicketSort {
    Number,
    CreatedAt,
    UpdatedAt,
    Priority, ///< By severity: ascending puts Low first.
    Status,
    Title,
};

/// The sort column for a wire name ("number", "created_at", "updated_at", "priority", "status", "title").
std::optional<TicketSort> ticketSortFromName(std::string_view name);

/// The tickets a caller who may not list every ticket can see (AccessPolicy::ticketScope() builds it): those of
/// \a teams or assigned to \a assignee, without medical tickets (category medical_clinical or a medical case
/// reference) unless \a includeMedical. Empty teams and no assignee: no ticket.
struct TicketScope
{
    std::vector<std::string> teams;
    std::optional<Uuid> assignee;
    bool includeMedical = false;
};

/// Filters, paging and sorting for TicketRepository::list(). Unset filters match everything.
struct TicketQuery
{
    static constexpr int maxLimit = 200;

    std::optional<TicketStatus> status;
    std::optional<Priority> priority;
    std::optional<Category> category;
    std::optional<std::vector<TicketStatus>> statusAnyOf; ///< Any of these statuses (empty list: no ticket).
    std::optional<std::vector<Priority>> priorityAnyOf; ///< Any of these priorities (empty list: no ticket).
    std::optional<std::vector<Category>> categoryAnyOf; ///< Any of these categories (empty list: no ticket).
    std::optional<Uuid> assigneeId;
    bool unassignedOnly = false; ///< Only tickets without an assignee.
    std::optional<std::string> team; ///< Exactly this team.
    std::optional<std::vector<std::string>> teamsAnyOf; ///< Any of these teams (empty list: no ticket).
    std::string text; ///< Case-insensitive substring of the title (protected fields are not searchable).
    std::optional<std::int64_t> createdFrom; ///< created_at >= this.
    std::optional<std::int64_t> createdTo; ///< created_at <= this.
    std::optional<TicketScope> scope; ///< Unset: every ticket (supervisors and admins).
    int limit = 50; ///< Clamped to 1..maxLimit.
    int offset = 0; ///< Negative counts as 0.
    TicketSort sort = TicketSort::CreatedAt;
    bool descending = true;
};

/// One page of tickets and the number of tickets matching the filters on all pages.
struct TicketPage
{
    std::vector<Ticket> tickets;
    std::int64_t total = 0;
};

} // namespace hss::server
