// SPDX-License-Identifier: MIT
#include "ValueConversions.h"

namespace hss::client {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStdString(const QVariant& value)
{
    return value.toString().toStdString();
}

QVariant toVariant(const std::optional<std::string>& text)
{
    return text ? QVariant(toQString(*text)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant toVariant(const std::optional<std::int64_t>& number)
{
    return number ? QVariant(static_cast<qint64>(*number)) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant toVariant(const std::optional<Uuid>& id)
{
    return id ? QVariant(toQString(id->toString())) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<std::string> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<std::string>(toStdString(value));
}

std::optional<std::int64_t> optionalNumber(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<std::int64_t>(value.toLongLong());
}

std::optional<Uuid> optionalUuid(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    auto parsed = Uuid::parse(toStdString(value));
    return parsed ? std::optional<Uuid>(parsed.value()) : std::nullopt;
}

Uuid uuidFrom(const QVariant& value)
{
    auto parsed = Uuid::parse(toStdString(value));
    return parsed ? parsed.value() : Uuid();
}

} // namespace hss::client
