// SPDX-License-Identifier: MIT
#include "RequestIdHandler.h"

#include <algorithm>
#include <cctype>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "hss/Uuid.h"

namespace hss::server {

namespace {

constexpr std::size_t maxClientIdLength = 64;

// A client-supplied id ends up in logs: accept only a short token of safe characters.
bool isAcceptableClientId(const std::string& id)
{
    return !id.empty() && id.size() <= maxClientIdLength && std::all_of(id.begin(), id.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c == '_' || c == '.';
    });
}

} // namespace

RequestIdHandler::RequestIdHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner)
    : m_inner(std::move(inner))
{ }

void RequestIdHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const std::string clientId = request.get("X-Request-Id", "");
    // Unique, not secret: a UUIDv7 from a seeded generator, since Poco's random UUIDs open /dev/urandom each time.
    response.set("X-Request-Id", isAcceptableClientId(clientId) ? clientId : Uuid::createV7().toString());
    response.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    response.set("Cache-Control", "no-store");
    response.set("X-Content-Type-Options", "nosniff");
    m_inner->handleRequest(request, response);
}

} // namespace hss::server
