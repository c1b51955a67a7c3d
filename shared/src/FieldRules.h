// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "hss/Result.h"
#include "hss/Uuid.h"

// Validation rules shared by the domain types. Each returns success or an Error naming the field.
namespace hss::detail {

/// Whether a text field may hold line breaks and tabs.
enum class Lines {
    Single,
    Multi,
};

/// Valid UTF-8 (InvalidEncoding), at most \a maxLength code points (TooLong), not blank when \a required
/// (MissingField), no control characters except tab/CR/LF in multi-line text (InvalidArgument).
Status checkText(std::string_view field, std::string_view value, std::size_t maxLength, bool required, Lines lines);

/// A conservative e-mail address check (one '@', dotted domain, no spaces); empty passes unless \a required.
Status checkEmail(std::string_view field, std::string_view value, bool required);

/// A non-nil id.
Status checkId(std::string_view field, const Uuid& id);

/// A timestamp inside the wire range.
Status checkTimestamp(std::string_view field, std::int64_t unixMs);

/// An absent timestamp, or one inside the wire range that is not before \a notBefore (named \a notBeforeField).
Status checkOptionalTimestamp(std::string_view field, const std::optional<std::int64_t>& unixMs, std::int64_t notBefore,
                              std::string_view notBeforeField);

/// \a value not before \a earlier (named \a earlierField).
Status checkNotBefore(std::string_view field, std::int64_t value, std::string_view earlierField, std::int64_t earlier);

/// \a value within [min, max] (OutOfRange).
Status checkRange(std::string_view field, std::int64_t value, std::int64_t min, std::int64_t max);

/// The first failure in \a checks (evaluated left to right), or success.
Status firstFailure(std::initializer_list<Status> checks);

/// True for ASCII letters and digits.
bool isAsciiAlphanumeric(char c) noexcept;

} // namespace hss::detail
