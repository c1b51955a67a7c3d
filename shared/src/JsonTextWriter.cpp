// SPDX-License-Identifier: MIT
#include "hss/JsonTextWriter.h"

#include <charconv>
#include <iterator>

#include <nlohmann/json.hpp>

#include "hss/JsonText.h"
#include "hss/Utf8.h"

namespace hss {

namespace {

/// Whether \a text is written as it is between quotes: no quote, backslash or control character, and valid UTF-8.
bool needsNoEscape(std::string_view text)
{
    bool ascii = true;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || c == '"' || c == '\\') {
            return false;
        }
        ascii = ascii && byte < 0x80;
    }
    return ascii || isValidUtf8(text);
}

} // namespace

JsonTextWriter::JsonTextWriter(std::size_t expectedBytes)
{
    m_text.reserve(expectedBytes);
}

void JsonTextWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElement.empty()) {
        if (m_hasElement.back()) {
            m_text += ',';
        }
        m_hasElement.back() = true;
    }
}

void JsonTextWriter::open(char bracket)
{
    separate();
    m_text += bracket;
    m_hasElement.push_back(false);
}

void JsonTextWriter::close(char bracket)
{
    m_text += bracket;
    m_hasElement.pop_back();
}

void JsonTextWriter::beginObject()
{
    open('{');
}

void JsonTextWriter::endObject()
{
    close('}');
}

void JsonTextWriter::beginArray()
{
    open('[');
}

void JsonTextWriter::endArray()
{
    close(']');
}

void JsonTextWriter::key(std::string_view name)
{
    string(name);
    m_text += ':';
    m_afterKey = true;
}

void JsonTextWriter::string(std::string_view text)
{
    separate();
    if (needsNoEscape(text)) {
        m_text += '"';
        m_text += text;
        m_text += '"';
        return;
    }
    // Rare (free text only): the DOM's own escaping, so both paths give the same bytes.
    m_text += toJsonText(nlohmann::json(text));
}

void JsonTextWriter::integer(std::int64_t value)
{
    separate();
    char digits[24];
    const std::to_chars_result written = std::to_chars(std::begin(digits), std::end(digits), value);
    m_text.append(std::begin(digits), written.ptr);
}

void JsonTextWriter::boolean(bool value)
{
    separate();
    m_text += value ? "true" : "false";
}

void JsonTextWriter::null()
{
    separate();
    m_text += "null";
}

void JsonTextWriter::value(const nlohmann::json& json)
{
    separate();
    m_text += toJsonText(json);
}

std::string JsonTextWriter::takeText()
{
    std::string text = std::move(m_text);
    m_text.clear();
    m_hasElement.clear();
    m_afterKey = false;
    return text;
}

} // namespace hss
