// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace hss {

/// Writes compact JSON text straight into a string, for large answers that would otherwise be built as a DOM first
/// (the server's sync pull pages). The text equals toJsonText() of the same document when the caller writes each
/// object's members in name order, as nlohmann::json keeps them: strings are escaped alike and invalid UTF-8 is
/// replaced by U+FFFD. The caller writes a well-formed sequence (a key before each member's value, containers
/// closed in order); the writer adds the commas and colons. Not thread-safe.
class JsonTextWriter final
{
public:
    /// Reserves \a expectedBytes for the text.
    explicit JsonTextWriter(std::size_t expectedBytes = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The name of the next member of the open object.
    void key(std::string_view name);

    void string(std::string_view text);
    void integer(std::int64_t value);
    void boolean(bool value);
    void null();
    /// A value that exists as a DOM already, written in place.
    void value(const nlohmann::json& json);

    /// The text so far.
    const std::string& text() const { return m_text; }
    /// Takes the text out; the writer is empty afterwards.
    std::string takeText();

private:
    /// Writes the comma before a value or key when the open container has one already.
    void separate();
    void open(char bracket);
    void close(char bracket);

    std::string m_text;
    std::vector<bool> m_hasElement; ///< per open container: something was written in it
    bool m_afterKey = false; ///< a key was written, its value comes next
};

} // namespace hss
