// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

/// Size and range limits of the domain types; text lengths count Unicode code points, not bytes.
namespace hss::limits {

inline constexpr std::size_t titleMax = 200;
inline constexpr std::size_t descriptionMax = 20'000;
inline constexpr std::size_t commentBodyMax = 20'000;
inline constexpr std::size_t articleBodyMax = 200'000;
inline constexpr std::size_t nameMax = 120;
inline constexpr std::size_t emailMax = 254;
inline constexpr std::size_t emailLocalPartMax = 64;
inline constexpr std::size_t teamNameMax = 120;
inline constexpr std::size_t teamsPerUserMax = 50;
inline constexpr std::size_t medicalCaseRefMax = 64;
inline constexpr std::size_t usernameMin = 3;
inline constexpr std::size_t usernameMax = 64;
inline constexpr std::size_t urlMax = 2048;
inline constexpr std::size_t languageTagMax = 16;
inline constexpr std::size_t certificateSerialMax = 64;
inline constexpr std::size_t feedbackCommentMax = 20'000;
inline constexpr std::size_t courseDescriptionMax = 20'000;
inline constexpr std::size_t modulesPerCourseMax = 500;
inline constexpr std::size_t hlcNodeIdMax = 64;
inline constexpr int escalationLevelMax = 10;
inline constexpr int moduleDurationMinutesMax = 10'000;
inline constexpr int certificateValidityMonthsMax = 120;
inline constexpr int csatMin = 1;
inline constexpr int csatMax = 5;
/// Deepest array/object nesting parseJsonText() accepts (protects recursive consumers from stack exhaustion).
inline constexpr int jsonMaxDepth = 64;

} // namespace hss::limits
