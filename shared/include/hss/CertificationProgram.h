// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>

#include "hss/Result.h"

namespace hss {

/// A certification a course (and its certificate) belongs to.
enum class CertificationProgram {
    MedicalAi,
    DataSecuritySpecialist,
    PlatformAdministrator,
    ComplianceOfficer,
};

/// Every CertificationProgram value in declaration order.
inline constexpr std::array<CertificationProgram, 4> allCertificationPrograms {
    CertificationProgram::MedicalAi,
    CertificationProgram::DataSecuritySpecialist,
    CertificationProgram::PlatformAdministrator,
    CertificationProgram::ComplianceOfficer,
};

/// The stable wire name, e.g. "medical_ai".
std::string_view toString(CertificationProgram certificationProgram);

/// Parses a wire name; anything else gives UnknownValue naming \a field.
Result<CertificationProgram> certificationProgramFromString(std::string_view text,
                                                            std::string_view field = "certification_program");

} // namespace hss
