// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

// The default phrase tables, split by subject; DefaultTriagePhrases.cpp turns them into TriagePhrase values.
namespace hss::triage::detail {

/// One row of a phrase table; "" means none. Emergency "any" stands for all four categories.
struct PhraseRow
{
    std::string_view phrase;
    std::string_view emergency;
    std::string_view category;
    std::string_view priority;
    int weight;
};

namespace rows {
// Emergency names.
inline constexpr std::string_view ps = "patient_safety";
inline constexpr std::string_view sd = "system_downtime";
inline constexpr std::string_view db = "data_breach";
inline constexpr std::string_view cv = "compliance_violation";
inline constexpr std::string_view any = "any";
// Ticket categories.
inline constexpr std::string_view tech = "technical";
inline constexpr std::string_view med = "medical_clinical";
inline constexpr std::string_view sec = "compliance_security";
inline constexpr std::string_view train = "training_onboarding";
inline constexpr std::string_view integ = "integration";
// Priorities.
inline constexpr std::string_view critical = "critical";
inline constexpr std::string_view high = "high";
inline constexpr std::string_view medium = "medium";
inline constexpr std::string_view low = "low";
} // namespace rows

// Weights: 10 flags an emergency alone, 5-8 needs corroboration, negative weights are evidence against (test
// systems, questions, planned work). A phrase counts once however often it occurs.

/// Patient safety and system downtime.
std::span<const PhraseRow> safetyPhraseRows();
/// Data breach and compliance violation.
std::span<const PhraseRow> disclosurePhraseRows();
/// Rules over synonym groups and proximity, for wordings no literal phrase foresaw.
std::span<const PhraseRow> conceptPhraseRows();
/// Evidence against an emergency, ticket categories and non-emergency priorities.
std::span<const PhraseRow> contextPhraseRows();

} // namespace hss::triage::detail
