// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../JsonObjectReader.h"
#include "hss/HlcTimestamp.h"
#include "hss/Result.h"

// Wire helpers shared by the sync codecs: clock stamps, embedded JSON objects and arrays of nested objects.
namespace hss::detail {

/// "key[index]." – the prefix for errors inside an array element.
std::string elementPrefix(std::string_view key, std::size_t index);

/// A usable clock stamp: a valid node id and 0 <= physicalMs < 10^18 (what HlcTimestamp::toString() can carry).
Status checkHlc(std::string_view field, const HlcTimestamp& hlc);

/// Reads an HlcTimestamp written with HlcTimestamp::toString().
void readHlc(JsonObjectReader& reader, std::string_view key, HlcTimestamp& out);

/// \a json without member \a key. JsonObjectReader cannot read a JSON object member, so codecs decode that member
/// themselves with readObject() and hand the rest to the reader, which still reports every unknown key.
nlohmann::json withoutMember(const nlohmann::json& json, std::string_view key);

/// Copies the object at \a source[key] into \a out, recording the error in \a reader (so the first problem still
/// wins). Absent or null gives MissingField unless \a nullable, where it leaves \a out null.
void readObject(JsonObjectReader& reader, const nlohmann::json& source, std::string_view key, bool nullable,
                nlohmann::json& out);

/// Decodes the array at \a key element by element with \a decode; more than \a maxSize elements gives TooLong,
/// element errors are prefixed with "key[i].".
template <class T>
void readArray(JsonObjectReader& reader, std::string_view key, std::size_t maxSize,
               Result<T> (*decode)(const nlohmann::json&), std::vector<T>& out)
{
    out.clear();
    const nlohmann::json* values = reader.array(key);
    if (values == nullptr) {
        return;
    }
    if (values->size() > maxSize) {
        reader.fail(Error {ErrorCode::TooLong, reader.fieldName(key),
                           "at most " + std::to_string(maxSize) + " elements, got " + std::to_string(values->size())});
        return;
    }
    out.reserve(values->size());
    for (std::size_t i = 0; i < values->size() && !reader.failed(); ++i) {
        auto element = decode((*values)[i]);
        if (element) {
            out.push_back(std::move(element).value());
        } else {
            reader.fail(withFieldPrefix(element.error(), elementPrefix(reader.fieldName(key), i)));
        }
    }
}

/// Validates every element of \a values with validate(), prefixing errors with "key[i].".
template <class T>
Status validateEach(std::string_view key, const std::vector<T>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (auto valid = validate(values[i]); !valid) {
            return withFieldPrefix(valid.error(), elementPrefix(key, i));
        }
    }
    return okStatus();
}

} // namespace hss::detail
