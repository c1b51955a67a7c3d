// SPDX-License-Identifier: MIT
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "core/security/KeyError.h"

namespace hss::client {

/// Either a value of type T (e.g. a SecureBytes key, which is move-only) or a KeyFailure. Key operations return
/// this instead of throwing. Reading value() of a failure or failure() of a success is a bug (asserted).
template <class T>
class [[nodiscard]] KeyResult final
{
public:
    /// A success holding \a value.
    KeyResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    /// A failure.
    KeyResult(KeyFailure failure)
        : m_data(std::in_place_index<1>, std::move(failure))
    { }
    /// A failure with \a code and \a message.
    KeyResult(KeyError code, QString message)
        : m_data(std::in_place_index<1>, KeyFailure {code, std::move(message)})
    { }

    /// True for a success.
    bool ok() const noexcept { return m_data.index() == 0; }
    /// True for a success.
    explicit operator bool() const noexcept { return ok(); }

    /// The value of a success.
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    /// The value of a success, moved out (use as std::move(result).value()).
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_data));
    }
    /// The failure; only for a failed result.
    const KeyFailure& failure() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }
    /// The failure's code; only for a failed result.
    KeyError error() const { return failure().code; }

private:
    std::variant<T, KeyFailure> m_data;
};

/// Success without a value, or a KeyFailure.
template <>
class [[nodiscard]] KeyResult<void> final
{
public:
    /// A success.
    KeyResult() = default;
    /// A failure.
    KeyResult(KeyFailure failure)
        : m_failure(std::move(failure))
        , m_ok(false)
    { }
    /// A failure with \a code and \a message.
    KeyResult(KeyError code, QString message)
        : KeyResult(KeyFailure {code, std::move(message)})
    { }

    /// True for a success.
    bool ok() const noexcept { return m_ok; }
    /// True for a success.
    explicit operator bool() const noexcept { return m_ok; }
    /// The failure; only for a failed result.
    const KeyFailure& failure() const
    {
        assert(!m_ok);
        return m_failure;
    }
    /// The failure's code; only for a failed result.
    KeyError error() const { return failure().code; }

private:
    KeyFailure m_failure;
    bool m_ok = true;
};

} // namespace hss::client
