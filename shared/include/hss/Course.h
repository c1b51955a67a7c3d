// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "hss/CertificationProgram.h"
#include "hss/CourseModule.h"
#include "hss/LearningPath.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss {

/// A training course made of ordered modules; completing it earns a certificate valid for validityMonths.
/// JSON keys: id, title, description, learning_path, certification_program, validity_months, modules.
struct Course
{
    Uuid id;
    std::string title; ///< 1..limits::titleMax characters, one line.
    std::string description; ///< 0..limits::courseDescriptionMax characters.
    LearningPath learningPath = LearningPath::NewUser;
    std::optional<CertificationProgram> certificationProgram; ///< The program the certificate counts towards.
    int validityMonths = 12; ///< 1..limits::certificateValidityMonthsMax.
    std::vector<CourseModule> modules; ///< At most limits::modulesPerCourseMax; ids and orders unique.

    /// Member-wise equality.
    friend bool operator==(const Course&, const Course&) = default;
};

/// Success, or the first broken rule; module problems are named like "modules[2].title".
Status validate(const Course& course);

/// The JSON object for \a course, modules in their stored order.
nlohmann::json toJson(const Course& course);

/// Decodes and validates a course with its modules.
Result<Course> courseFromJson(const nlohmann::json& json);

} // namespace hss
