// SPDX-License-Identifier: MIT
#include "hss/Certificate.h"

#include <nlohmann/json.hpp>

#include "FieldRules.h"
#include "JsonObjectReader.h"
#include "hss/Limits.h"
#include "hss/Timestamp.h"

namespace hss {

namespace {

Status checkSerial(const std::string& serial)
{
    if (auto text = detail::checkText("serial", serial, limits::certificateSerialMax, true, detail::Lines::Single);
        !text) {
        return text;
    }
    for (const char c : serial) {
        if (!detail::isAsciiAlphanumeric(c) && c != '-') {
            return Error {ErrorCode::InvalidArgument, "serial", "use letters, digits and '-'"};
        }
    }
    return okStatus();
}

Status checkExpiry(const Certificate& certificate)
{
    if (certificate.expiresAt <= certificate.issuedAt) {
        return Error {ErrorCode::OutOfRange, "expires_at", "must be after issued_at"};
    }
    return okStatus();
}

} // namespace

Status validate(const Certificate& certificate)
{
    using namespace detail;
    return firstFailure({
        checkId("id", certificate.id),
        checkId("user_id", certificate.userId),
        checkId("course_id", certificate.courseId),
        checkTimestamp("issued_at", certificate.issuedAt),
        checkTimestamp("expires_at", certificate.expiresAt),
        checkExpiry(certificate),
        checkSerial(certificate.serial),
    });
}

nlohmann::json toJson(const Certificate& certificate)
{
    return nlohmann::json {
        {"id", certificate.id.toString()},
        {"user_id", certificate.userId.toString()},
        {"course_id", certificate.courseId.toString()},
        {"program", certificate.program ? nlohmann::json(toString(*certificate.program)) : nlohmann::json(nullptr)},
        {"issued_at", formatTimestamp(certificate.issuedAt)},
        {"expires_at", formatTimestamp(certificate.expiresAt)},
        {"serial", certificate.serial},
    };
}

Result<Certificate> certificateFromJson(const nlohmann::json& json)
{
    detail::JsonObjectReader reader(json);
    Certificate certificate;
    reader.uuid("id", certificate.id);
    reader.uuid("user_id", certificate.userId);
    reader.uuid("course_id", certificate.courseId);
    reader.optionalEnumeration("program", certificate.program, &certificationProgramFromString);
    reader.timestamp("issued_at", certificate.issuedAt);
    reader.timestamp("expires_at", certificate.expiresAt);
    reader.string("serial", certificate.serial);
    if (auto status = reader.finish(); !status) {
        return status.error();
    }
    if (auto valid = validate(certificate); !valid) {
        return valid.error();
    }
    return certificate;
}

} // namespace hss
