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

std::vector<std::size_t> rowChunks(std::size_t total)
{
    std::vector<std::size_t> chunks;
    for (const std::size_t size : {std::size_t {64}, std::size_t {16}, std::size_t {4}, std::size_t {1}}) {
        for (; total >= size; total -= size) {
            chunks.push_back(size);
        }
    }
    return chunks;
}

std::string repeatedRows(std::string_view row, std::size_t rows)
{
    std::string text;
    text.reserve(rows * (row.size() + 2));
    for (std::size_t i = 0; i < rows; ++i) {
        if (i > 0) {
            text += ", ";
        }
        text += row;
    }
    return text;
}

} // namespace hss::server::sqltext
