// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss {

/// One module (lesson) of a training course. JSON keys: id, title, order, duration_minutes.
struct CourseModule
{
    Uuid id;
    std::string title; ///< 1..limits::titleMax characters, one line.
    int order = 0; ///< Position in the course (>= 0), unique within the course.
    int durationMinutes = 1; ///< 1..limits::moduleDurationMinutesMax.

    /// Member-wise equality.
    friend bool operator==(const CourseModule&, const CourseModule&) = default;
};

/// Success, or the first broken rule with the JSON name of its field ("title", not "modules[2].title").
Status validate(const CourseModule& module);

/// The JSON object for \a module.
nlohmann::json toJson(const CourseModule& module);

/// Decodes and validates a module; field names in errors are relative to the module object.
Result<CourseModule> courseModuleFromJson(const nlohmann::json& json);

} // namespace hss
