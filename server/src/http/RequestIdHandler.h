// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <Poco/Net/HTTPRequestHandler.h>

namespace hss::server {

/// Decorator: gives every response an X-Request-Id (the client's, if it sent a well-formed one) and the
/// security headers every answer carries (HSTS, no caching of possibly protected data, no sniffing).
class RequestIdHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RequestIdHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> m_inner;
};

} // namespace hss::server
