// SPDX-License-Identifier: MIT
#include "hss/sla/SlaHistory.h"

#include <string>

#include "hss/Timestamp.h"

namespace hss::sla {

namespace {

/// Checks that the times produced by \a timeOf for each element of \a list are ascending and not before \a from.
template <class List, class TimeOf>
Status checkOrder(const List& list, std::int64_t from, const std::string& field, const std::string& suffix,
                  TimeOf timeOf)
{
    std::int64_t previous = from;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::int64_t at = timeOf(list[i]);
        if (!isTimestampInRange(at) || at < previous) {
            return Error {ErrorCode::InvalidArgument, field + "[" + std::to_string(i) + "]" + suffix,
                          "must not be before created_at or the entry before it"};
        }
        previous = at;
    }
    return okStatus();
}

} // namespace

Status validate(const SlaHistory& history)
{
    if (!isTimestampInRange(history.createdAt)) {
        return Error {ErrorCode::OutOfRange, "created_at", "timestamp outside 0001-01-01 .. 9999-12-31 UTC"};
    }
    const auto atOf = [](const auto& change) { return change.at; };
    const auto self = [](std::int64_t at) { return at; };
    for (const auto& status :
         {checkOrder(history.classificationChanges, history.createdAt, "classification_changes", ".at", atOf),
          checkOrder(history.statusChanges, history.createdAt, "status_changes", ".at", atOf),
          checkOrder(history.agentReplies, history.createdAt, "agent_replies", "", self),
          checkOrder(history.customerReplies, history.createdAt, "customer_replies", "", self)}) {
        if (!status) {
            return status;
        }
    }
    return okStatus();
}

} // namespace hss::sla
