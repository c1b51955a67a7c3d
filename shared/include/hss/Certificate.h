// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "hss/CertificationProgram.h"
#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss {

/// A certificate issued to a user for completing a course.
/// JSON keys: id, user_id, course_id, program, issued_at, expires_at, serial.
struct Certificate
{
    Uuid id;
    Uuid userId;
    Uuid courseId;
    std::optional<CertificationProgram> program;
    std::int64_t issuedAt = 0;
    std::int64_t expiresAt = 0; ///< Strictly after issuedAt.
    std::string serial; ///< Printed on the certificate: 1..limits::certificateSerialMax of [A-Za-z0-9-].

    /// Member-wise equality.
    friend bool operator==(const Certificate&, const Certificate&) = default;
};

/// Success, or the first broken rule with the JSON name of its field.
Status validate(const Certificate& certificate);

/// The JSON object for \a certificate.
nlohmann::json toJson(const Certificate& certificate);

/// Decodes and validates a certificate.
Result<Certificate> certificateFromJson(const nlohmann::json& json);

} // namespace hss
