// SPDX-License-Identifier: MIT
#include "hss/LearningPath.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<LearningPath, 4> table {
    "learning path",
    {{
        {LearningPath::NewUser, "new_user"},
        {LearningPath::HealthcareProfessional, "healthcare_professional"},
        {LearningPath::Administrator, "administrator"},
        {LearningPath::Developer, "developer"},
    }}};

} // namespace

std::string_view toString(LearningPath learningPath)
{
    return table.name(learningPath);
}

Result<LearningPath> learningPathFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
