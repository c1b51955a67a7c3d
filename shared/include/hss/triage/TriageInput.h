// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/Category.h"
#include "hss/Result.h"

namespace hss::triage {

/// What triage looks at: a ticket's text and the category its author chose, if any.
/// JSON: {"title", "description", "category" (optional)}.
struct TriageInput
{
    std::string title; ///< 1..limits::titleMax characters, one line.
    std::string description; ///< 0..limits::descriptionMax characters.
    std::optional<Category> category; ///< The category chosen by the author; kept as the suggestion when set.

    friend bool operator==(const TriageInput&, const TriageInput&) = default;
};

/// Success, or the first broken rule with the name of its field (the ticket's limits for title and description).
Status validate(const TriageInput& input);

/// Decodes and validates a triage request; unknown fields, wrong types and bad values name their field.
Result<TriageInput> triageInputFromJson(const nlohmann::json& json);

} // namespace hss::triage
