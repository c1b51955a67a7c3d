// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <Poco/Net/HTTPRequestHandler.h>

namespace hss::server {

/// Decorator: the only place that catches exceptions from resources and turns them into
/// {"error": CODE, "message": TEXT} with the right status.
class ErrorRequestHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit ErrorRequestHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> m_inner;
};

} // namespace hss::server
