// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include "../http/RestResource.h"

namespace hss::server {

class Database;

/// GET /api/health: overall status, version and the database check. 200 when healthy, 503 when not.
class HealthResource final : public RestResource
{
public:
    HealthResource(Database& database, std::chrono::steady_clock::time_point startedAt);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    Database& m_database;
    std::chrono::steady_clock::time_point m_startedAt;
};

} // namespace hss::server
