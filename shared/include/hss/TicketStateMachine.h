// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "hss/Result.h"
#include "hss/TicketStatus.h"

namespace hss {

/// The allowed ticket status changes, in one table used by the console, the server and the sync merge.
///
/// | from                | to                                                        |
/// |---------------------|-----------------------------------------------------------|
/// | new                 | open, in_progress, escalated, resolved, closed            |
/// | open                | in_progress, waiting_on_customer, escalated, resolved, closed |
/// | in_progress         | open, waiting_on_customer, escalated, resolved            |
/// | waiting_on_customer | in_progress, escalated, resolved, closed                  |
/// | escalated           | in_progress, waiting_on_customer, resolved                |
/// | resolved            | in_progress (reopen), closed                              |
/// | closed              | nothing: closed is final; a follow-up is a new ticket      |
///
/// Closing without resolving is only for tickets nobody worked on (new/open: duplicates, spam) and for tickets
/// whose customer never answered (waiting_on_customer); work in progress or escalated must be resolved first, so
/// resolvedAt and the resolution SLA are always recorded. Closed is final because closed tickets are part of the
/// audit record. Keeping a status (from == to) is not a transition: canTransition() is false for it, and callers
/// skip the check when the status does not change.
class TicketStateMachine final
{
public:
    TicketStateMachine() = delete;

    /// True when a ticket may move from \a from to \a to.
    static bool canTransition(TicketStatus from, TicketStatus to);

    /// Success, or InvalidTransition on field "status" with a message naming both states.
    static Status checkTransition(TicketStatus from, TicketStatus to);

    /// Every status reachable from \a from in one step, in declaration order.
    static std::vector<TicketStatus> allowedTransitions(TicketStatus from);

    /// True for a status that has no way out (closed).
    static bool isFinal(TicketStatus status);
};

} // namespace hss
