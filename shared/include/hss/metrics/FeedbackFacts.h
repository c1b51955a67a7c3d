// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace hss::metrics {

/// What the KPI formulas need to know about one feedback entry.
struct FeedbackFacts
{
    std::int64_t createdAt = 0; ///< UTC milliseconds.
    std::optional<int> csatScore; ///< 1..5 when the author answered the CSAT question.
    std::optional<double> sentimentScore; ///< -1..1 when the sentiment analyser scored the comment.
    std::string team; ///< The team of the ticket the feedback is about; empty when about no ticket.
};

} // namespace hss::metrics
