// SPDX-License-Identifier: MIT
#include "BodyReader.h"

#include <algorithm>
#include <limits>

#include "../http/HttpErrors.h"

namespace hss::server {

namespace {

/// A field name fit to quote: at most 64 bytes, cut at a UTF-8 character boundary.
std::string quotable(const std::string& name)
{
    std::size_t end = std::min<std::size_t>(name.size(), 64);
    while (end < name.size() && end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) {
        --end;
    }
    return name.substr(0, end);
}

} // namespace

BodyReader::BodyReader(const nlohmann::json& body, std::initializer_list<std::string_view> known)
    : m_body(body)
{
    for (const auto& [key, value] : body.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            const std::string field = quotable(key);
            throw ValidationFailed("unknown field '" + field + "'", field);
        }
    }
}

const nlohmann::json* BodyReader::find(const char* key, bool nullIsValue) const
{
    const auto it = m_body.find(key);
    if (it == m_body.end() || (it->is_null() && !nullIsValue)) {
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> BodyReader::optionalString(const char* key) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        throw ValidationFailed(std::string(key) + ": expected a string", key);
    }
    return value->get<std::string>();
}

std::string BodyReader::string(const char* key) const
{
    auto value = optionalString(key);
    if (!value) {
        throwRequired(key);
    }
    return std::move(*value);
}

std::optional<Uuid> BodyReader::optionalUuid(const char* key) const
{
    const auto text = optionalString(key);
    if (!text) {
        return std::nullopt;
    }
    auto parsed = Uuid::parse(*text, key);
    if (!parsed) {
        throwDomainError(parsed.error());
    }
    return parsed.value();
}

std::int64_t BodyReader::integer(const char* key, std::int64_t minimum) const
{
    auto value = optionalInteger(key, minimum);
    if (!value) {
        throwRequired(key);
    }
    return *value;
}

std::optional<std::int64_t> BodyReader::optionalInteger(const char* key, std::int64_t minimum) const
{
    const nlohmann::json* value = find(key);
    if (!value) {
        return std::nullopt;
    }
    if (value->is_number_unsigned()) {
        if (value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            throw ValidationFailed(std::string(key) + ": the number is too large", key);
        }
    } else if (!value->is_number_integer()) {
        throw ValidationFailed(std::string(key) + ": expected a whole number", key);
    }
    const auto number = value->get<std::int64_t>();
    if (number < minimum) {
        throw ValidationFailed(std::string(key) + ": must be at least " + std::to_string(minimum), key);
    }
    return number;
}

void BodyReader::throwRequired(const char* key)
{
    throw ValidationFailed(std::string(key) + ": this field is required", key);
}

} // namespace hss::server
