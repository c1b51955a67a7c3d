// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace hss::client {

/// What the server's GET /api/health answered.
struct ServerHealth
{
    QString status;
    QString version;
    int protocolVersion = 0;
    QString databaseStatus;
    QString databaseBackend;
    qint64 uptimeSeconds = 0;

    bool isHealthy() const { return status == QLatin1String("healthy"); }

    /// Parses the JSON body; std::nullopt with *error set if it is not a health report.
    static std::optional<ServerHealth> fromJson(const QByteArray& body, QString* error);
};

} // namespace hss::client
