// SPDX-License-Identifier: MIT
#include "hss/Category.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<Category, 5> table {"ticket category",
                                                {{
                                                    {Category::Technical, "technical"},
                                                    {Category::MedicalClinical, "medical_clinical"},
                                                    {Category::ComplianceSecurity, "compliance_security"},
                                                    {Category::TrainingOnboarding, "training_onboarding"},
                                                    {Category::Integration, "integration"},
                                                }}};

} // namespace

std::string_view toString(Category category)
{
    return table.name(category);
}

Result<Category> categoryFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
