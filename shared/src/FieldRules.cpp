// SPDX-License-Identifier: MIT
#include "FieldRules.h"

#include <algorithm>
#include <string>

#include "hss/Limits.h"
#include "hss/Timestamp.h"
#include "hss/Utf8.h"

namespace hss::detail {

namespace {

constexpr std::size_t domainLabelMax = 63;

bool isBlank(std::string_view value)
{
    return value.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool isForbiddenControl(unsigned char c, Lines lines)
{
    if (lines == Lines::Multi && (c == '\t' || c == '\n' || c == '\r')) {
        return false;
    }
    return c < 0x20 || c == 0x7F;
}

bool isValidLocalPart(std::string_view local)
{
    if (local.empty() || local.size() > limits::emailLocalPartMax || local.front() == '.' || local.back() == '.') {
        return false;
    }
    for (const char c : local) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F || std::string_view("\"(),:;<>@[\\]").find(c) != std::string_view::npos) {
            return false;
        }
    }
    return local.find("..") == std::string_view::npos;
}

bool isValidDomain(std::string_view domain)
{
    if (domain.find('.') == std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (start <= domain.size()) {
        const std::size_t end = std::min(domain.find('.', start), domain.size());
        const std::string_view label = domain.substr(start, end - start);
        if (label.empty() || label.size() > domainLabelMax || label.front() == '-' || label.back() == '-') {
            return false;
        }
        for (const char c : label) {
            // Bytes >= 0x80 belong to internationalised (UTF-8) labels, already checked for well-formedness.
            if (!isAsciiAlphanumeric(c) && c != '-' && static_cast<unsigned char>(c) < 0x80) {
                return false;
            }
        }
        start = end + 1;
    }
    return true;
}

} // namespace

bool isAsciiAlphanumeric(char c) noexcept
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

Status checkText(std::string_view field, std::string_view value, std::size_t maxLength, bool required, Lines lines)
{
    const auto length = utf8Length(value);
    if (!length) {
        return Error {ErrorCode::InvalidEncoding, std::string(field), "text is not valid UTF-8"};
    }
    if (*length > maxLength) {
        return Error {ErrorCode::TooLong, std::string(field),
                      "text has " + std::to_string(*length) + " characters; the limit is " + std::to_string(maxLength)};
    }
    if (required && isBlank(value)) {
        return Error {ErrorCode::MissingField, std::string(field), "must not be empty"};
    }
    for (const char c : value) {
        if (isForbiddenControl(static_cast<unsigned char>(c), lines)) {
            return Error {ErrorCode::InvalidArgument, std::string(field), "text contains a control character"};
        }
    }
    return okStatus();
}

Status checkEmail(std::string_view field, std::string_view value, bool required)
{
    if (value.empty() && !required) {
        return okStatus();
    }
    if (auto text = checkText(field, value, limits::emailMax, required, Lines::Single); !text) {
        return text;
    }
    const std::size_t at = value.find('@');
    if (at == std::string_view::npos || value.find('@', at + 1) != std::string_view::npos
        || !isValidLocalPart(value.substr(0, at)) || !isValidDomain(value.substr(at + 1))) {
        return Error {ErrorCode::InvalidArgument, std::string(field), "not an e-mail address"};
    }
    return okStatus();
}

Status checkId(std::string_view field, const Uuid& id)
{
    if (id.isNil()) {
        return Error {ErrorCode::MissingField, std::string(field), "id must not be the nil UUID"};
    }
    return okStatus();
}

Status checkTimestamp(std::string_view field, std::int64_t unixMs)
{
    if (!isTimestampInRange(unixMs)) {
        return Error {ErrorCode::OutOfRange, std::string(field), "timestamp outside 0001-01-01 .. 9999-12-31 UTC"};
    }
    return okStatus();
}

Status checkOptionalTimestamp(std::string_view field, const std::optional<std::int64_t>& unixMs, std::int64_t notBefore,
                              std::string_view notBeforeField)
{
    if (!unixMs) {
        return okStatus();
    }
    if (auto range = checkTimestamp(field, *unixMs); !range) {
        return range;
    }
    return checkNotBefore(field, *unixMs, notBeforeField, notBefore);
}

Status checkNotBefore(std::string_view field, std::int64_t value, std::string_view earlierField, std::int64_t earlier)
{
    if (value < earlier) {
        return Error {ErrorCode::OutOfRange, std::string(field), "must not be before " + std::string(earlierField)};
    }
    return okStatus();
}

Status checkRange(std::string_view field, std::int64_t value, std::int64_t min, std::int64_t max)
{
    if (value < min || value > max) {
        return Error {ErrorCode::OutOfRange, std::string(field),
                      std::to_string(value) + " is outside " + std::to_string(min) + " .. " + std::to_string(max)};
    }
    return okStatus();
}

Status firstFailure(std::initializer_list<Status> checks)
{
    for (const Status& check : checks) {
        if (!check) {
            return check;
        }
    }
    return okStatus();
}

} // namespace hss::detail
