// SPDX-License-Identifier: MIT
#include "ServerHealth.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hss::client {

std::optional<ServerHealth> ServerHealth::fromJson(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = QCoreApplication::translate("ServerHealth", "the server's health report is not JSON: %1")
                         .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("status")).isString() || !root.value(QLatin1String("version")).isString()) {
        if (error) {
            *error = QCoreApplication::translate("ServerHealth", "the server's health report lacks status or version");
        }
        return std::nullopt;
    }
    ServerHealth health;
    health.status = root.value(QLatin1String("status")).toString();
    health.version = root.value(QLatin1String("version")).toString();
    health.protocolVersion = root.value(QLatin1String("protocolVersion")).toInt();
    health.uptimeSeconds = root.value(QLatin1String("uptimeSeconds")).toInteger();
    const QJsonObject database =
        root.value(QLatin1String("services")).toObject().value(QLatin1String("database")).toObject();
    health.databaseStatus = database.value(QLatin1String("status")).toString();
    health.databaseBackend = database.value(QLatin1String("backend")).toString();
    return health;
}

} // namespace hss::client
