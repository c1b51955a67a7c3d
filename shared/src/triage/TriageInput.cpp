// SPDX-License-Identifier: MIT
#include "hss/triage/TriageInput.h"

#include <nlohmann/json.hpp>

#include "../FieldRules.h"
#include "../JsonObjectReader.h"
#include "hss/Limits.h"

namespace hss::triage {

Status validate(const TriageInput& input)
{
    using detail::checkText;
    using detail::Lines;
    return detail::firstFailure({
        checkText("title", input.title, limits::titleMax, true, Lines::Single),
        checkText("description", input.description, limits::descriptionMax, false, Lines::Multi),
    });
}

Result<TriageInput> triageInputFromJson(const nlohmann::json& json)
{
    TriageInput input;
    detail::JsonObjectReader reader(json);
    reader.string("title", input.title);
    reader.string("description", input.description);
    reader.optionalEnumeration("category", input.category, &categoryFromString);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto status = validate(input); !status) {
        return status.error();
    }
    return input;
}

} // namespace hss::triage
