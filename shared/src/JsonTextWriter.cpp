// SPDX-License-Identifier: MIT
#include "hss/JsonTextWriter.h"

#include <charconv>
#include <iterator>

#include <nlohmann/json.hpp>

#include "hss/JsonText.h"
#include "hss/Utf8.h"

namespace hss {

namespace {

/// Appends \a text (valid UTF-8) between quotes, escaped as nlohmann::json's dump escapes it (ensure_ascii off):
/// the six named escapes, other control characters as \u00xx in lower case, everything else as it is.
void appendEscaped(std::string& out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            continue;
        }
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0x0f];
        }
    }
    out.append(text.substr(run));
    out += '"';
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
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
    if (isAscii(text) || isValidUtf8(text)) {
        appendEscaped(m_text, text);
        return;
    }
    // Rare (broken text from outside): the DOM's own replacement of invalid bytes, so both paths give the same bytes.
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
