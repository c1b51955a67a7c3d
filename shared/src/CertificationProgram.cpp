// SPDX-License-Identifier: MIT
#include "hss/CertificationProgram.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<CertificationProgram, 4> table {
    "certification program",
    {{
        {CertificationProgram::MedicalAi, "medical_ai"},
        {CertificationProgram::DataSecuritySpecialist, "data_security_specialist"},
        {CertificationProgram::PlatformAdministrator, "platform_administrator"},
        {CertificationProgram::ComplianceOfficer, "compliance_officer"},
    }}};

} // namespace

std::string_view toString(CertificationProgram certificationProgram)
{
    return table.name(certificationProgram);
}

Result<CertificationProgram> certificationProgramFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
