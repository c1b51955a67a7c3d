// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hss/Category.h"
#include "hss/Priority.h"
#include "hss/Result.h"
#include "hss/triage/EmergencyCategory.h"

namespace hss::triage {

/// Which part of a labelled set a ticket belongs to: rules are tuned on Dev and reported on Test as well.
enum class LabelSplit {
    Dev,
    Test,
};

/// A ticket text with the triage a person expects, for measuring the rules.
/// JSON (one object per line): {"id", "split" ("dev"/"test"), "title", "description", "emergency",
/// "emergency_category" (null unless emergency), "priority", "category"}.
struct LabelledTicket
{
    std::string id;
    LabelSplit split = LabelSplit::Dev;
    std::string title;
    std::string description;
    std::optional<EmergencyCategory> emergencyCategory; ///< Set exactly when the ticket is an emergency.
    Priority priority = Priority::Medium;
    Category category = Category::Technical;
};

/// Parses JSON Lines (blank lines skipped). Errors name the line and field ("line 12: priority") and reject
/// duplicate ids, an emergency flag that disagrees with emergency_category, and an emergency whose priority is
/// not "emergency".
Result<std::vector<LabelledTicket>> labelledTicketsFromJsonLines(std::string_view text);

} // namespace hss::triage
