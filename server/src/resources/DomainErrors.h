// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>

#include <nlohmann/json.hpp>

#include "hss/Error.h"

namespace hss::server {

/// Throws the HTTP error for a domain error found in a request body: 422 validation_failed naming the field (wrong
/// type, missing or unknown field, unknown enum value, limits, transitions), 404 / 409 for not found / conflict.
/// Query-string problems are 400 and are reported by QueryParams instead.
[[noreturn]] void throwDomainError(const Error& error);

/// Throws 422 naming the first member of body that is not in allowed.
void rejectUnknownFields(const nlohmann::json& body, std::initializer_list<const char*> allowed);

} // namespace hss::server
