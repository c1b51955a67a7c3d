// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace hss::server {

class Database;

/// Routing only: picks the resource for a path and wraps it in RequestId → AccessLog → Error decorators.
class RequestHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit RequestHandlerFactory(Database& database);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    Database& m_database;
    std::chrono::steady_clock::time_point m_startedAt;
};

} // namespace hss::server
