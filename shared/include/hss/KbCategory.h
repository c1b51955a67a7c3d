// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// Content category of a knowledge-base article.
enum class KbCategory {
    GettingStarted,
    MedicalFeatures,
    ApiIntegration,
    Troubleshooting,
    BestPractices,
    Compliance,
};

/// Every KbCategory value in declaration order.
inline constexpr std::array<KbCategory, 6> allKbCategories {
    KbCategory::GettingStarted,  KbCategory::MedicalFeatures, KbCategory::ApiIntegration,
    KbCategory::Troubleshooting, KbCategory::BestPractices,   KbCategory::Compliance,
};

/// The stable wire name, e.g. "getting_started".
std::string_view toString(KbCategory kbCategory);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<KbCategory> kbCategoryFromString(std::string_view text, std::string_view field = "category");

} // namespace hss
