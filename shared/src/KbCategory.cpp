// SPDX-License-Identifier: MIT
#include "hss/KbCategory.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<KbCategory, 6> table {"knowledge-base category",
                                                  {{
                                                      {KbCategory::GettingStarted, "getting_started"},
                                                      {KbCategory::MedicalFeatures, "medical_features"},
                                                      {KbCategory::ApiIntegration, "api_integration"},
                                                      {KbCategory::Troubleshooting, "troubleshooting"},
                                                      {KbCategory::BestPractices, "best_practices"},
                                                      {KbCategory::Compliance, "compliance"},
                                                  }}};

} // namespace

std::string_view toString(KbCategory kbCategory)
{
    return table.name(kbCategory);
}

Result<KbCategory> kbCategoryFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
