// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// The audience a training course is built for.
enum class LearningPath {
    NewUser,
    HealthcareProfessional,
    Administrator,
    Developer,
};

/// Every LearningPath value in declaration order.
inline constexpr std::array<LearningPath, 4> allLearningPaths {
    LearningPath::NewUser,
    LearningPath::HealthcareProfessional,
    LearningPath::Administrator,
    LearningPath::Developer,
};

/// The stable wire name, e.g. "new_user".
std::string_view toString(LearningPath learningPath);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<LearningPath> learningPathFromString(std::string_view text, std::string_view field = "learning_path");

} // namespace hss
