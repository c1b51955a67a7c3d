// SPDX-License-Identifier: MIT
#include "DomainErrors.h"

#include <algorithm>
#include <string_view>

#include "../http/HttpErrors.h"

namespace hss::server {

void throwDomainError(const Error& error)
{
    const std::string text = error.field.empty() ? error.message : error.field + ": " + error.message;
    switch (error.code) {
    case ErrorCode::NotFound:
        throw NotFound(text);
    case ErrorCode::Conflict:
        throw Conflict(text);
    case ErrorCode::MalformedJson:
        throw BadRequest(text, "malformed_json");
    default:
        // As the API document says: a well-formed body that breaks a rule for a field is 422 naming the field.
        throw ValidationFailed(text, error.field);
    }
}

void rejectUnknownFields(const nlohmann::json& body, std::initializer_list<const char*> allowed)
{
    for (const auto& [key, value] : body.items()) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; });
        if (!known) {
            throw ValidationFailed("unknown field '" + key.substr(0, 64) + "'", key.substr(0, 64));
        }
    }
}

} // namespace hss::server
