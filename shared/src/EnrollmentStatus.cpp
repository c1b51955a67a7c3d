// SPDX-License-Identifier: MIT
#include "hss/EnrollmentStatus.h"

#include "EnumTable.h"

namespace hss {

namespace {

constexpr detail::EnumTable<EnrollmentStatus, 4> table {"enrollment status",
                                                        {{
                                                            {EnrollmentStatus::Enrolled, "enrolled"},
                                                            {EnrollmentStatus::InProgress, "in_progress"},
                                                            {EnrollmentStatus::Completed, "completed"},
                                                            {EnrollmentStatus::Withdrawn, "withdrawn"},
                                                        }}};

} // namespace

std::string_view toString(EnrollmentStatus enrollmentStatus)
{
    return table.name(enrollmentStatus);
}

Result<EnrollmentStatus> enrollmentStatusFromString(std::string_view text, std::string_view field)
{
    return table.parse(text, field);
}

} // namespace hss
