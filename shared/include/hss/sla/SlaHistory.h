// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/Result.h"
#include "hss/TicketStatus.h"

namespace hss::sla {

/// The ticket's priority and category from \a at on.
struct SlaClassificationChange
{
    std::int64_t at = 0;
    Priority priority = Priority::Medium;
    Category category = Category::Technical;
};

/// The ticket's status from \a at on.
struct SlaStatusChange
{
    std::int64_t at = 0;
    TicketStatus status = TicketStatus::Open;
};

/// What the SLA calculator needs to know about one ticket: everything that happened to it, in UTC milliseconds.
/// Every list is in time order and no entry is before createdAt; entries after the evaluation time are ignored.
struct SlaHistory
{
    std::int64_t createdAt = 0;
    Priority priority = Priority::Medium; ///< At creation.
    Category category = Category::Technical; ///< At creation.
    std::vector<SlaClassificationChange> classificationChanges; ///< Later priority/category changes.
    std::vector<SlaStatusChange> statusChanges; ///< The status is New until the first entry.
    std::vector<std::int64_t> agentReplies; ///< Public agent replies; the first one is the first response.
    std::vector<std::int64_t> customerReplies; ///< Replies from the requester; one ends a wait on the customer.
};

/// Success, or InvalidArgument naming the first entry that is out of order or before createdAt
/// ("status_changes[2].at").
Status validate(const SlaHistory& history);

} // namespace hss::sla
