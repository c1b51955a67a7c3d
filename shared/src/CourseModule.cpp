// SPDX-License-Identifier: MIT
#include "hss/CourseModule.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"

namespace hss {

Status validate(const CourseModule& module)
{
    using namespace detail;
    return firstFailure({
        checkId("id", module.id),
        checkText("title", module.title, limits::titleMax, true, Lines::Single),
        checkRange("order", module.order, 0, std::numeric_limits<int>::max()),
        checkRange("duration_minutes", module.durationMinutes, 1, limits::moduleDurationMinutesMax),
    });
}

nlohmann::json toJson(const CourseModule& module)
{
    return nlohmann::json {
        {"id", module.id.toString()},
        {"title", module.title},
        {"order", module.order},
        {"duration_minutes", module.durationMinutes},
    };
}

Result<CourseModule> courseModuleFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    CourseModule module;
    reader.uuid("id", module.id);
    reader.string("title", module.title);
    reader.integer("order", module.order);
    reader.integer("duration_minutes", module.durationMinutes);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(module); !valid) {
        return valid.error();
    }
    return module;
}

} // namespace hss
