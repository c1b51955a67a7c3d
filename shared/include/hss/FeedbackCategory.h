// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// What a piece of feedback is about.
enum class FeedbackCategory {
    Product,
    Support,
    Training,
    Documentation,
    Clinical,
    Other,
};

/// Every FeedbackCategory value in declaration order.
inline constexpr std::array<FeedbackCategory, 6> allFeedbackCategories {
    FeedbackCategory::Product,       FeedbackCategory::Support,  FeedbackCategory::Training,
    FeedbackCategory::Documentation, FeedbackCategory::Clinical, FeedbackCategory::Other,
};

/// The stable wire name, e.g. "product".
std::string_view toString(FeedbackCategory feedbackCategory);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<FeedbackCategory> feedbackCategoryFromString(std::string_view text, std::string_view field = "category");

} // namespace hss
