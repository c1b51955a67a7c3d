// SPDX-License-Identifier: MIT
#include "hss/triage/EmergencyCategory.h"

#include "../EnumTable.h"

namespace hss::triage {

namespace {

constexpr detail::EnumTable<EmergencyCategory, 4> table {
    "emergency category",
    {{
        {EmergencyCategory::PatientSafety, "patient_safety"},
        {EmergencyCategory::SystemDowntime, "system_downtime"},
        {EmergencyCategory::DataBreach, "data_breach"},
        {EmergencyCategory::ComplianceViolation, "compliance_violation"},
    }}};

} // namespace

std::string_view toString(EmergencyCategory category)
{
    return table.name(category);
}

Result<EmergencyCategory> emergencyCategoryFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss::triage
