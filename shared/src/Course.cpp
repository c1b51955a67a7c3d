// SPDX-License-Identifier: MIT
#include "hss/Course.h"

#include <set>

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"

namespace hss {

namespace {

std::string modulePrefix(std::size_t index)
{
    return "modules[" + std::to_string(index) + "].";
}

Status checkModules(const std::vector<CourseModule>& modules)
{
    if (modules.size() > limits::modulesPerCourseMax) {
        return Error {ErrorCode::TooLong, "modules",
                      "a course has at most " + std::to_string(limits::modulesPerCourseMax) + " modules"};
    }
    std::set<Uuid> ids;
    std::set<int> orders;
    for (std::size_t i = 0; i < modules.size(); ++i) {
        if (auto valid = validate(modules[i]); !valid) {
            return withFieldPrefix(valid.error(), modulePrefix(i));
        }
        if (!ids.insert(modules[i].id).second) {
            return Error {ErrorCode::Conflict, modulePrefix(i) + "id", "two modules share this id"};
        }
        if (!orders.insert(modules[i].order).second) {
            return Error {ErrorCode::Conflict, modulePrefix(i) + "order", "two modules share this position"};
        }
    }
    return okStatus();
}

} // namespace

Status validate(const Course& course)
{
    using namespace detail;
    return firstFailure({
        checkId("id", course.id),
        checkText("title", course.title, limits::titleMax, true, Lines::Single),
        checkText("description", course.description, limits::courseDescriptionMax, false, Lines::Multi),
        checkRange("validity_months", course.validityMonths, 1, limits::certificateValidityMonthsMax),
        checkModules(course.modules),
    });
}

nlohmann::json toJson(const Course& course)
{
    nlohmann::json modules = nlohmann::json::array();
    for (const auto& module : course.modules) {
        modules.push_back(toJson(module));
    }
    return nlohmann::json {
        {"id", course.id.toString()},
        {"title", course.title},
        {"description", course.description},
        {"learning_path", toString(course.learningPath)},
        {"certification_program",
         course.certificationProgram ? nlohmann::json(toString(*course.certificationProgram))
                                     : nlohmann::json(nullptr)},
        {"validity_months", course.validityMonths},
        {"modules", std::move(modules)},
    };
}

Result<Course> courseFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    Course course;
    reader.uuid("id", course.id);
    reader.string("title", course.title);
    reader.string("description", course.description);
    reader.enumeration("learning_path", course.learningPath, &learningPathFromString);
    reader.optionalEnumeration("certification_program", course.certificationProgram, &certificationProgramFromString);
    reader.integer("validity_months", course.validityMonths);
    const auto* modules = reader.array("modules");
    if (modules != nullptr && modules->size() > limits::modulesPerCourseMax) {
        reader.fail(Error {ErrorCode::TooLong, "modules", "too many modules"});
    } else if (modules != nullptr) {
        for (std::size_t i = 0; i < modules->size() && !reader.failed(); ++i) {
            auto module = courseModuleFromJson((*modules)[i]);
            if (module) {
                course.modules.push_back(std::move(module).value());
            } else {
                reader.fail(withFieldPrefix(module.error(), modulePrefix(i)));
            }
        }
    }
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(course); !valid) {
        return valid.error();
    }
    return course;
}

} // namespace hss
