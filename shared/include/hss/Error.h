// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hss {

/// Why an operation failed; each code has a stable snake_case wire name (see errorCodeName()).
enum class ErrorCode {
    InvalidArgument,
    MissingField,
    UnknownValue,
    TooLong,
    OutOfRange,
    InvalidTransition,
    MalformedJson,
    WrongType,
    UnknownField,
    NotFound,
    Conflict,
    Internal,
    InvalidEncoding,
};

/// An expected failure: a code, the JSON name of the offending field (may be empty) and a human message.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string field;
    std::string message;

    /// Equal when code, field and message are equal.
    friend bool operator==(const Error&, const Error&) = default;
};

/// The stable wire name of \a code, e.g. "invalid_argument"; never changes once released.
std::string_view errorCodeName(ErrorCode code);

/// The code for a wire name produced by errorCodeName(), or std::nullopt for an unknown name.
std::optional<ErrorCode> errorCodeFromName(std::string_view name);

/// A one-line description for logs: "too_long: title: ..." (the field part is left out when empty).
std::string describe(const Error& error);

/// Returns \a error with \a prefix put in front of its field ("modules[2]." + "title"); an empty field becomes
/// the prefix without its trailing dot.
Error withFieldPrefix(Error error, std::string_view prefix);

} // namespace hss
