// SPDX-License-Identifier: MIT
#include "AccessLogHandler.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>

namespace hss::server {

AccessLogHandler::AccessLogHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner)
    : m_inner(std::move(inner))
{ }

void AccessLogHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Poco::Timestamp started;
    m_inner->handleRequest(request, response);
    auto& logger = Poco::Logger::get("hss.access");
    if (logger.information()) {
        std::string path;
        try {
            path = Poco::URI(request.getURI()).getPath();
        } catch (const std::exception&) {
            path = "(unparsable uri)";
        }
        logger.information("%s %s %d %.1fms id=%s peer=%s", request.getMethod(), path,
                           static_cast<int>(response.getStatus()), static_cast<double>(started.elapsed()) / 1000.0,
                           response.get("X-Request-Id", "-"), request.clientAddress().host().toString());
    }
}

} // namespace hss::server
