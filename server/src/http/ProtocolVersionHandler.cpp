// SPDX-License-Identifier: MIT
#include "ProtocolVersionHandler.h"

#include <charconv>
#include <string>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "HttpErrors.h"
#include "hss/Version.h"

namespace hss::server {

namespace {

constexpr int versionBeforeNegotiation = 1;

std::string rangeText()
{
    return oldestProtocolVersion == protocolVersion
        ? std::to_string(protocolVersion)
        : std::to_string(oldestProtocolVersion) + " to " + std::to_string(protocolVersion);
}

} // namespace

ProtocolVersionHandler::ProtocolVersionHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner)
    : m_inner(std::move(inner))
{ }

void ProtocolVersionHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                           Poco::Net::HTTPServerResponse& response)
{
    const std::string header(protocolHeader);
    response.set(header, std::to_string(protocolVersion));
    int clientVersion = versionBeforeNegotiation;
    if (request.has(header)) {
        const std::string& text = request.get(header);
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), clientVersion);
        if (error != std::errc() || end != text.data() + text.size() || clientVersion < 1) {
            throw BadRequest("the " + header + " header must be a protocol version number");
        }
    }
    if (!agreedProtocol({clientVersion, clientVersion}, {})) {
        throw UpgradeRequired("this client speaks protocol " + std::to_string(clientVersion)
                              + " and this server speaks " + rangeText() + ": update the "
                              + (clientVersion < oldestProtocolVersion ? "console" : "server"));
    }
    m_inner->handleRequest(request, response);
}

} // namespace hss::server
