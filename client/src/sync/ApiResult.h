// SPDX-License-Identifier: MIT
#pragma once

#include <utility>
#include <variant>

#include "SyncApiError.h"

namespace hss::client {

/// A decoded answer from the server, or why there is none.
template <class T>
class ApiResult final
{
public:
    ApiResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    ApiResult(SyncApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    /// Only for a success.
    const T& value() const { return std::get<0>(m_data); }
    /// Only for a success: moves the value out (a pull page holds a thousand rows; copying one costs milliseconds).
    T takeValue() && { return std::get<0>(std::move(m_data)); }
    /// Only for a failure.
    const SyncApiError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, SyncApiError> m_data;
};

} // namespace hss::client
