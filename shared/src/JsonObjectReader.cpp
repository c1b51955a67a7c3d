// SPDX-License-Identifier: MIT
#include "JsonObjectReader.h"

#include <algorithm>

#include "MessageText.h"
#include "hss/Timestamp.h"
#include "hss/Utf8.h"

namespace hss::detail {

namespace {

constexpr std::size_t plainKeyMax = 64;

std::string_view typeName(const nlohmann::json& json)
{
    return json.type_name();
}

Error missing(std::string field)
{
    return Error {ErrorCode::MissingField, std::move(field), "required field is missing or null"};
}

} // namespace

JsonObjectReader::JsonObjectReader(const nlohmann::json& json, std::string prefix)
    : m_json(json)
    , m_prefix(std::move(prefix))
{
    if (!m_json.is_object()) {
        std::string field = m_prefix;
        if (!field.empty() && field.back() == '.') {
            field.pop_back();
        }
        fail(Error {ErrorCode::WrongType, field, "expected a JSON object, got " + std::string(typeName(m_json))});
    }
}

std::string JsonObjectReader::fieldName(std::string_view key) const
{
    return m_prefix + std::string(key);
}

std::string JsonObjectReader::elementName(std::string_view key, std::size_t index) const
{
    return fieldName(key) + "[" + std::to_string(index) + "]";
}

void JsonObjectReader::fail(Error error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
}

bool JsonObjectReader::failed() const noexcept
{
    return m_error.has_value();
}

const nlohmann::json* JsonObjectReader::find(std::string_view key, bool required)
{
    m_known.push_back(key);
    if (failed()) {
        return nullptr;
    }
    const auto it = m_json.find(key);
    if (it == m_json.end() || it->is_null()) {
        if (required) {
            fail(missing(fieldName(key)));
        }
        return nullptr;
    }
    return &*it;
}

void JsonObjectReader::wrongType(std::string_view key, std::string_view expected)
{
    const auto it = m_json.find(key);
    const std::string actual = it == m_json.end() ? "nothing" : std::string(typeName(*it));
    fail(Error {ErrorCode::WrongType, fieldName(key), "expected " + std::string(expected) + ", got " + actual});
}

void JsonObjectReader::string(std::string_view key, std::string& out)
{
    if (const auto* value = find(key, true)) {
        if (value->is_string()) {
            out = value->get<std::string>();
        } else {
            wrongType(key, "a string");
        }
    }
}

void JsonObjectReader::optionalString(std::string_view key, std::optional<std::string>& out)
{
    out.reset();
    if (const auto* value = find(key, false)) {
        if (value->is_string()) {
            out = value->get<std::string>();
        } else {
            wrongType(key, "a string or null");
        }
    }
}

void JsonObjectReader::integer(std::string_view key, std::int64_t& out)
{
    std::optional<std::int64_t> value;
    optionalInteger(key, value);
    if (value) {
        out = *value;
    } else if (!failed()) {
        fail(missing(fieldName(key)));
    }
}

void JsonObjectReader::optionalInteger(std::string_view key, std::optional<std::int64_t>& out)
{
    out.reset();
    const auto* value = find(key, false);
    if (value == nullptr) {
        return;
    }
    if (value->is_number_unsigned()) {
        const auto number = value->get<std::uint64_t>();
        if (number > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            fail(Error {ErrorCode::OutOfRange, fieldName(key), "integer does not fit 64 bits"});
            return;
        }
        out = static_cast<std::int64_t>(number);
    } else if (value->is_number_integer()) {
        out = value->get<std::int64_t>();
    } else {
        wrongType(key, "an integer");
    }
}

void JsonObjectReader::boolean(std::string_view key, bool& out)
{
    if (const auto* value = find(key, true)) {
        if (value->is_boolean()) {
            out = value->get<bool>();
        } else {
            wrongType(key, "true or false");
        }
    }
}

void JsonObjectReader::optionalNumber(std::string_view key, std::optional<double>& out)
{
    out.reset();
    if (const auto* value = find(key, false)) {
        if (value->is_number()) {
            out = value->get<double>();
        } else {
            wrongType(key, "a number or null");
        }
    }
}

void JsonObjectReader::uuid(std::string_view key, Uuid& out)
{
    std::string text;
    string(key, text);
    if (!failed()) {
        accept(Uuid::parse(text, fieldName(key)), out);
    }
}

void JsonObjectReader::optionalUuid(std::string_view key, std::optional<Uuid>& out)
{
    std::optional<std::string> text;
    optionalString(key, text);
    out.reset();
    if (!failed() && text) {
        Uuid value;
        accept(Uuid::parse(*text, fieldName(key)), value);
        out = value;
    }
}

void JsonObjectReader::timestamp(std::string_view key, std::int64_t& out)
{
    std::string text;
    string(key, text);
    if (!failed()) {
        accept(parseTimestamp(text, fieldName(key)), out);
    }
}

void JsonObjectReader::optionalTimestamp(std::string_view key, std::optional<std::int64_t>& out)
{
    std::optional<std::string> text;
    optionalString(key, text);
    out.reset();
    if (!failed() && text) {
        std::int64_t value = 0;
        accept(parseTimestamp(*text, fieldName(key)), value);
        out = value;
    }
}

const nlohmann::json* JsonObjectReader::array(std::string_view key)
{
    const auto* value = find(key, true);
    if (value != nullptr && !value->is_array()) {
        wrongType(key, "an array");
        return nullptr;
    }
    return value;
}

void JsonObjectReader::stringList(std::string_view key, std::vector<std::string>& out)
{
    out.clear();
    const auto* values = array(key);
    if (values == nullptr) {
        return;
    }
    for (std::size_t i = 0; i < values->size(); ++i) {
        const auto& element = (*values)[i];
        if (!element.is_string()) {
            fail(Error {ErrorCode::WrongType, elementName(key, i),
                        "expected a string, got " + std::string(typeName(element))});
            return;
        }
        out.push_back(element.get<std::string>());
    }
}

void JsonObjectReader::uuidList(std::string_view key, std::vector<Uuid>& out)
{
    std::vector<std::string> texts;
    stringList(key, texts);
    out.clear();
    for (std::size_t i = 0; i < texts.size() && !failed(); ++i) {
        Uuid value;
        accept(Uuid::parse(texts[i], elementName(key, i)), value);
        out.push_back(value);
    }
}

Status JsonObjectReader::finish() const
{
    if (m_error) {
        return *m_error;
    }
    for (const auto& [key, value] : m_json.items()) {
        if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) {
            // The key comes from the input: keep it readable in the error without copying invalid UTF-8 through.
            const bool plain = key.size() <= plainKeyMax && isValidUtf8(key);
            return Error {ErrorCode::UnknownField, m_prefix + (plain ? key : quoteForMessage(key)),
                          "field is not part of this object"};
        }
    }
    return okStatus();
}

} // namespace hss::detail
