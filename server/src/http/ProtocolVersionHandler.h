// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <Poco/Net/HTTPRequestHandler.h>

namespace hss::server {

/// Decorator: answers every request with the server's protocol version (hss::protocolHeader) and refuses a request
/// whose client names a protocol version this server does not speak (426 protocol_unsupported, saying which side
/// to update) before the resource sees it. A request without the header comes from a console older than the
/// negotiation, which spoke version 1.
class ProtocolVersionHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit ProtocolVersionHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> m_inner;
};

} // namespace hss::server
