// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "SystemHealthSnapshot.h"
#include "sync/ApiResult.h"

namespace hss::client {

/// Decodes the server's health endpoints (see server/openapi/hss-api.yaml). A body of the wrong shape is a
/// BadResponse error naming what is missing; optional fields the server leaves out stay empty.
class SystemHealthParser final
{
    Q_DECLARE_TR_FUNCTIONS(SystemHealthParser)

public:
    SystemHealthParser() = delete;

    /// GET /api/health.
    static ApiResult<HealthReportData> report(const nlohmann::json& body);
    /// GET /api/health/history: the checks, as the server ordered them.
    static ApiResult<std::vector<HealthCheckPoint>> history(const nlohmann::json& body);
    /// GET /api/health/history/buckets.
    static ApiResult<std::vector<HealthHistoryBucket>> buckets(const nlohmann::json& body);
    /// GET /api/health/incidents.
    static ApiResult<std::vector<HealthIncidentEntry>> incidents(const nlohmann::json& body);

    /// The JSON in \a text, or a BadResponse error saying where it stops being JSON.
    static ApiResult<nlohmann::json> document(const QByteArray& text);
};

} // namespace hss::client
