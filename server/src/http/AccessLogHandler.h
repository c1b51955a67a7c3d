// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <Poco/Net/HTTPRequestHandler.h>

namespace hss::server {

/// Decorator: writes one access-log line per request (method, path, status, duration, request id, peer)
/// to the "hss.access" logger. Never logs query strings or bodies, which may carry patient data.
class AccessLogHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit AccessLogHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> m_inner;
};

} // namespace hss::server
