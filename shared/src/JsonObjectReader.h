// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "hss/Result.h"
#include "hss/Uuid.h"

namespace hss::detail {

/// Reads the fields of one JSON object into a domain struct. Checks JSON types, presence and enum/uuid/timestamp
/// syntax; the domain validate() functions check lengths and rules afterwards. The first problem wins and later
/// reads do nothing; finish() then reports it, or the first field nobody read (UnknownField).
class JsonObjectReader final
{
public:
    /// Reads \a json; errors name fields as \a prefix + key (prefix "" at the top, "modules[2]." when nested).
    /// Keys passed to the read functions must outlive the reader (string literals do).
    explicit JsonObjectReader(const nlohmann::json& json, std::string prefix = {});

    void string(std::string_view key, std::string& out);
    void optionalString(std::string_view key, std::optional<std::string>& out);
    void integer(std::string_view key, std::int64_t& out);
    void optionalInteger(std::string_view key, std::optional<std::int64_t>& out);
    void boolean(std::string_view key, bool& out);
    void optionalNumber(std::string_view key, std::optional<double>& out);
    void uuid(std::string_view key, Uuid& out);
    void optionalUuid(std::string_view key, std::optional<Uuid>& out);
    void timestamp(std::string_view key, std::int64_t& out);
    void optionalTimestamp(std::string_view key, std::optional<std::int64_t>& out);
    void stringList(std::string_view key, std::vector<std::string>& out);
    void uuidList(std::string_view key, std::vector<Uuid>& out);

    /// Reads an int-sized integer; values outside Int's range give OutOfRange.
    template <class Int>
    void integer(std::string_view key, Int& out)
    {
        std::int64_t wide = 0;
        integer(key, wide);
        if (!failed()) {
            out = narrow<Int>(key, wide);
        }
    }

    /// Reads an optional int-sized integer.
    template <class Int>
    void optionalInteger(std::string_view key, std::optional<Int>& out)
    {
        std::optional<std::int64_t> wide;
        optionalInteger(key, wide);
        if (!failed() && wide) {
            out = narrow<Int>(key, *wide);
        } else {
            out.reset();
        }
    }

    /// Reads an enum from its wire name with \a parse.
    template <class E>
    void enumeration(std::string_view key, E& out, Result<E> (*parse)(std::string_view, std::string_view))
    {
        std::string text;
        string(key, text);
        if (!failed()) {
            accept(parse(text, fieldName(key)), out);
        }
    }

    /// Reads an optional enum (absent or null: std::nullopt).
    template <class E>
    void optionalEnumeration(std::string_view key, std::optional<E>& out,
                             Result<E> (*parse)(std::string_view, std::string_view))
    {
        std::optional<std::string> text;
        optionalString(key, text);
        out.reset();
        if (!failed() && text) {
            E value {};
            accept(parse(*text, fieldName(key)), value);
            out = value;
        }
    }

    /// Reads an array of enum wire names.
    template <class E>
    void enumList(std::string_view key, std::vector<E>& out, Result<E> (*parse)(std::string_view, std::string_view))
    {
        std::vector<std::string> names;
        stringList(key, names);
        out.clear();
        for (std::size_t i = 0; i < names.size() && !failed(); ++i) {
            E value {};
            accept(parse(names[i], elementName(key, i)), value);
            out.push_back(value);
        }
    }

    /// The array at \a key, or nullptr after recording MissingField/WrongType.
    const nlohmann::json* array(std::string_view key);

    /// prefix + key, the name errors use.
    std::string fieldName(std::string_view key) const;

    /// prefix + key + "[index]".
    std::string elementName(std::string_view key, std::size_t index) const;

    /// Records \a error unless an earlier one is recorded.
    void fail(Error error);

    /// True once a problem was recorded.
    bool failed() const noexcept;

    /// The first recorded problem, else UnknownField for the first key that no read asked for, else success.
    Status finish() const;

private:
    /// The value at \a key (marking the key as known), or nullptr when absent or null; records MissingField when
    /// \a required and absent or null.
    const nlohmann::json* find(std::string_view key, bool required);
    void wrongType(std::string_view key, std::string_view expected);

    template <class T>
    void accept(Result<T> result, T& out)
    {
        if (result) {
            out = std::move(result).value();
        } else {
            fail(result.error());
        }
    }

    template <class Int>
    Int narrow(std::string_view key, std::int64_t wide)
    {
        if (std::cmp_less(wide, std::numeric_limits<Int>::min())
            || std::cmp_greater(wide, std::numeric_limits<Int>::max())) {
            fail(Error {ErrorCode::OutOfRange, fieldName(key), "integer does not fit"});
            return Int {};
        }
        return static_cast<Int>(wide);
    }

    const nlohmann::json& m_json;
    std::string m_prefix;
    std::vector<std::string_view> m_known;
    std::optional<Error> m_error;
};

} // namespace hss::detail
