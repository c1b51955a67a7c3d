// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/triage/EmergencyCategory.h"

namespace hss::triage {

/// Why triage suggested what it did: one matched phrase (or field), shown to the agent.
struct TriageReason
{
    std::string field; ///< "title", "description", "category" (a field rule) or "model" (the learned scorer).
    std::string phrase; ///< The rule's phrase as written (for a field rule: the field's value).
    std::string matched; ///< The normalised words that matched.
    std::vector<EmergencyCategory> emergencies; ///< Emergency categories the rule speaks for.
    std::optional<Category> category;
    std::optional<Priority> priority;
    int weight = 0;
    bool negated = false; ///< True when a negation ("no", "not", "ruled out", ...) cancelled the match.
    bool overlapped = false; ///< True when a stronger phrase already counted these words (weight not added again).
    std::string message; ///< One line for the agent, e.g. description: "wrong dose" → patient_safety +10.

    friend bool operator==(const TriageReason&, const TriageReason&) = default;
};

/// The outcome of triage: the emergency flag, suggestions and their reasons.
struct TriageResult
{
    bool emergency = false;
    std::optional<EmergencyCategory> emergencyCategory; ///< Set when emergency is true.
    Priority priority = Priority::Medium;
    Category category = Category::Technical;
    std::array<int, 4> emergencyScores {}; ///< Indexed like allEmergencyCategories.
    std::vector<TriageReason> reasons;
};

/// {"emergency", "emergency_category", "priority", "category", "reasons": [{"field", "phrase", "matched",
/// "emergency_categories", "category", "priority", "weight", "negated", "message"}]}.
nlohmann::json toJson(const TriageResult& result);

} // namespace hss::triage
