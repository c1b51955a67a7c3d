// SPDX-License-Identifier: MIT
// Helpers shared by the tests of hss_shared: metatypes for data-driven rows and JSON mutation.
#pragma once

#include <QMetaType>
#include <QString>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "hss/Error.h"

Q_DECLARE_METATYPE(hss::ErrorCode)
Q_DECLARE_METATYPE(nlohmann::json)

namespace hss::test {

/// UTF-8 text as a QString, for readable QCOMPARE output.
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The wire name of \a code as a QString, so a failed comparison prints "too_long" rather than a number.
inline QString codeName(hss::ErrorCode code)
{
    return qs(hss::errorCodeName(code));
}

/// Marker value for mutated(): remove the member instead of replacing it.
inline nlohmann::json removeMember()
{
    return nlohmann::json(nlohmann::json::value_t::discarded);
}

/// \a document with the value at JSON pointer \a pointer replaced by \a value (or removed for removeMember()).
inline nlohmann::json mutated(nlohmann::json document, const std::string& pointer, const nlohmann::json& value)
{
    const nlohmann::json::json_pointer path(pointer);
    if (value.is_discarded()) {
        document.at(path.parent_pointer()).erase(path.back());
    } else {
        document[path] = value;
    }
    return document;
}

/// A string of \a count copies of the UTF-8 sequence \a unit.
inline std::string repeated(std::string_view unit, std::size_t count)
{
    std::string text;
    text.reserve(unit.size() * count);
    for (std::size_t i = 0; i < count; ++i) {
        text += unit;
    }
    return text;
}

} // namespace hss::test
