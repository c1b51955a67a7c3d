// SPDX-License-Identifier: MIT
#include "SqlText.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hss::server::sqltext {

std::string forBackend(std::string_view sql, Database::Backend backend)
{
    if (backend == Database::Backend::SQLite) {
        return std::string(sql);
    }
    std::string out;
    out.reserve(sql.size() + 16);
    int number = 0;
    for (const char c : sql) {
        if (c == '?') {
            out += '$';
            out += std::to_string(++number);
        } else {
            out += c;
        }
    }
    return out;
}

std::string containsPattern(std::string_view text)
{
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    pattern += '%';
    return pattern;
}

std::string toJsonList(const std::vector<std::string>& values)
{
    return nlohmann::json(values).dump();
}

std::vector<std::string> fromJsonList(const std::string& json)
{
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_array()) {
        throw std::runtime_error("stored list is not a JSON array");
    }
    std::vector<std::string> values;
    for (const auto& item : parsed) {
        if (!item.is_string()) {
            throw std::runtime_error("stored list holds a non-string");
        }
        values.push_back(item.get<std::string>());
    }
    return values;
}

} // namespace hss::server::sqltext
