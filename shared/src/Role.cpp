// SPDX-License-Identifier: MIT
#include "hss/Role.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<Role, 6> table {"role",
                                            {{
                                                {Role::Agent, "agent"},
                                                {Role::MedicalAgent, "medical_agent"},
                                                {Role::Supervisor, "supervisor"},
                                                {Role::Admin, "admin"},
                                                {Role::ComplianceOfficer, "compliance_officer"},
                                                {Role::Learner, "learner"},
                                            }}};

} // namespace

std::string_view toString(Role role)
{
    return table.name(role);
}

Result<Role> roleFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
