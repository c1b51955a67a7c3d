// SPDX-License-Identifier: MIT
#include "hss/Error.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace hss {

namespace {

constexpr std::array<std::pair<ErrorCode, std::string_view>, 13> errorCodeNames {{
    {ErrorCode::InvalidArgument, "invalid_argument"},
    {ErrorCode::MissingField, "missing_field"},
    {ErrorCode::UnknownValue, "unknown_value"},
    {ErrorCode::TooLong, "too_long"},
    {ErrorCode::OutOfRange, "out_of_range"},
    {ErrorCode::InvalidTransition, "invalid_transition"},
    {ErrorCode::MalformedJson, "malformed_json"},
    {ErrorCode::WrongType, "wrong_type"},
    {ErrorCode::UnknownField, "unknown_field"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::Internal, "internal"},
    {ErrorCode::InvalidEncoding, "invalid_encoding"},
}};

} // namespace

std::string_view errorCodeName(ErrorCode code)
{
    for (const auto& [value, name] : errorCodeNames) {
        if (value == code) {
            return name;
        }
    }
    throw std::invalid_argument("errorCodeName: ErrorCode value outside the enumeration");
}

std::optional<ErrorCode> errorCodeFromName(std::string_view name)
{
    for (const auto& [value, wireName] : errorCodeNames) {
        if (wireName == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::string describe(const Error& error)
{
    std::string text(errorCodeName(error.code));
    if (!error.field.empty()) {
        text += ": ";
        text += error.field;
    }
    if (!error.message.empty()) {
        text += ": ";
        text += error.message;
    }
    return text;
}

Error withFieldPrefix(Error error, std::string_view prefix)
{
    if (error.field.empty() && !prefix.empty() && prefix.back() == '.') {
        prefix.remove_suffix(1);
    }
    error.field.insert(0, prefix);
    return error;
}

} // namespace hss
