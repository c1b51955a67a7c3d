// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>
#include <optional>
#include <string>
#include <string_view>

#include "hss/Uuid.h"

namespace hss::client {

/// Conversions between the shared domain types (std::string, optional) and the values Qt SQL binds and reads.
QString toQString(std::string_view text);
std::string toStdString(const QVariant& value);
QVariant toVariant(const std::optional<std::string>& text);
QVariant toVariant(const std::optional<std::int64_t>& number);
QVariant toVariant(const std::optional<Uuid>& id);
std::optional<std::string> optionalText(const QVariant& value);
std::optional<std::int64_t> optionalNumber(const QVariant& value);
std::optional<Uuid> optionalUuid(const QVariant& value);
/// The UUID in the column, or the nil UUID when the text does not parse (the store only holds valid ones).
Uuid uuidFrom(const QVariant& value);

} // namespace hss::client
