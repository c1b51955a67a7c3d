// SPDX-License-Identifier: MIT
#include "hss/TicketStateMachine.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

namespace hss {

namespace {

using S = TicketStatus;

constexpr std::array fromNew {S::Open, S::InProgress, S::Escalated, S::Resolved, S::Closed};
constexpr std::array fromOpen {S::InProgress, S::WaitingOnCustomer, S::Escalated, S::Resolved, S::Closed};
constexpr std::array fromInProgress {S::Open, S::WaitingOnCustomer, S::Escalated, S::Resolved};
constexpr std::array fromWaitingOnCustomer {S::InProgress, S::Escalated, S::Resolved, S::Closed};
constexpr std::array fromEscalated {S::InProgress, S::WaitingOnCustomer, S::Resolved};
constexpr std::array fromResolved {S::InProgress, S::Closed};

std::span<const TicketStatus> targets(TicketStatus from)
{
    switch (from) {
    case S::New:
        return fromNew;
    case S::Open:
        return fromOpen;
    case S::InProgress:
        return fromInProgress;
    case S::WaitingOnCustomer:
        return fromWaitingOnCustomer;
    case S::Escalated:
        return fromEscalated;
    case S::Resolved:
        return fromResolved;
    case S::Closed:
        return {};
    }
    return {};
}

} // namespace

bool TicketStateMachine::canTransition(TicketStatus from, TicketStatus to)
{
    const auto allowed = targets(from);
    return std::find(allowed.begin(), allowed.end(), to) != allowed.end();
}

Status TicketStateMachine::checkTransition(TicketStatus from, TicketStatus to)
{
    if (canTransition(from, to)) {
        return okStatus();
    }
    return Error {ErrorCode::InvalidTransition, "status",
                  "a ticket cannot move from " + std::string(toString(from)) + " to " + std::string(toString(to))};
}

std::vector<TicketStatus> TicketStateMachine::allowedTransitions(TicketStatus from)
{
    const auto allowed = targets(from);
    return {allowed.begin(), allowed.end()};
}

bool TicketStateMachine::isFinal(TicketStatus status)
{
    return targets(status).empty();
}

} // namespace hss
