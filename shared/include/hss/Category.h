// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// What a support ticket is about.
enum class Category {
    Technical,
    MedicalClinical,
    ComplianceSecurity,
    TrainingOnboarding,
    Integration,
};

/// Every Category value in declaration order.
inline constexpr std::array<Category, 5> allCategories {
    Category::Technical,          Category::MedicalClinical, Category::ComplianceSecurity,
    Category::TrainingOnboarding, Category::Integration,
};

/// The stable wire name, e.g. "technical".
std::string_view toString(Category category);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<Category> categoryFromString(std::string_view text, std::string_view field = "category");

} // namespace hss
