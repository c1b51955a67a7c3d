// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <type_traits>
#include <utility>
#include <variant>

#include "hss/Error.h"

namespace hss {

/// Thrown only when a Result is read the wrong way (value() of a failure, error() of a success): a bug, not input.
class BadResultAccess final : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

/// Either a value of type T or an Error; expected failures are returned as values, never thrown.
template <class T>
class [[nodiscard]] Result final
{
public:
    static_assert(!std::is_same_v<std::remove_cv_t<T>, Error>, "Result<Error> is ambiguous");

    /// A success holding \a value (anything convertible to T).
    template <class U = T>
    requires(
        std::is_constructible_v<
            T,
            U&&> && !std::is_same_v<std::remove_cvref_t<U>, Error> && !std::is_same_v<std::remove_cvref_t<U>, Result>)
        Result(U&& value)
        : m_data(std::in_place_index<0>, std::forward<U>(value))
    { }

    /// A failure holding \a error.
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    /// True for a success.
    bool ok() const noexcept { return m_data.index() == 0; }

    /// True for a success.
    explicit operator bool() const noexcept { return ok(); }

    /// The value; throws BadResultAccess on a failure.
    const T& value() const&
    {
        checkOk();
        return std::get<0>(m_data);
    }

    /// The value; throws BadResultAccess on a failure.
    T& value() &
    {
        checkOk();
        return std::get<0>(m_data);
    }

    /// The value, moved out; throws BadResultAccess on a failure.
    T&& value() &&
    {
        checkOk();
        return std::get<0>(std::move(m_data));
    }

    /// The value on success, otherwise \a fallback.
    T valueOr(T fallback) const& { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    /// The error; throws BadResultAccess on a success.
    const Error& error() const
    {
        if (ok()) {
            throw BadResultAccess("Result::error() called on a success");
        }
        return std::get<1>(m_data);
    }

private:
    void checkOk() const
    {
        if (!ok()) {
            throw BadResultAccess("Result::value() called on a failure: " + describe(std::get<1>(m_data)));
        }
    }

    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void> final
{
public:
    /// A success.
    Result() = default;

    /// A failure holding \a error.
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    /// True for a success.
    bool ok() const noexcept { return m_ok; }

    /// True for a success.
    explicit operator bool() const noexcept { return m_ok; }

    /// The error; throws BadResultAccess on a success.
    const Error& error() const
    {
        if (m_ok) {
            throw BadResultAccess("Result<void>::error() called on a success");
        }
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

/// Result of an operation that yields no value.
using Status = Result<void>;

/// A successful Status, for readability at return sites.
inline Status okStatus()
{
    return {};
}

} // namespace hss
