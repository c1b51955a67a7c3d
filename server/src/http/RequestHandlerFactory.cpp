// SPDX-License-Identifier: MIT
#include "RequestHandlerFactory.h"

#include <memory>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

#include "../resources/HealthResource.h"
#include "AccessLogHandler.h"
#include "ErrorRequestHandler.h"
#include "HttpErrors.h"
#include "RequestIdHandler.h"

namespace hss::server {

namespace {

/// Answers every request with 404 (or 400 for a URI that does not parse), through the error handler.
class UnknownRouteHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit UnknownRouteHandler(std::string message)
        : m_message(std::move(message))
    { }

    void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&) override
    {
        throw NotFound(m_message);
    }

private:
    std::string m_message;
};

std::unique_ptr<Poco::Net::HTTPRequestHandler> decorate(std::unique_ptr<Poco::Net::HTTPRequestHandler> resource)
{
    return std::make_unique<RequestIdHandler>(
        std::make_unique<AccessLogHandler>(std::make_unique<ErrorRequestHandler>(std::move(resource))));
}

} // namespace

RequestHandlerFactory::RequestHandlerFactory(Database& database)
    : m_database(database)
    , m_startedAt(std::chrono::steady_clock::now())
{ }

Poco::Net::HTTPRequestHandler* RequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest& request)
{
    std::string path;
    try {
        path = Poco::URI(request.getURI()).getPath();
    } catch (const std::exception&) {
        return decorate(std::make_unique<UnknownRouteHandler>("the request URI does not parse")).release();
    }
    std::unique_ptr<Poco::Net::HTTPRequestHandler> resource;
    if (path == "/api/health") {
        resource = std::make_unique<HealthResource>(m_database, m_startedAt);
    } else {
        resource = std::make_unique<UnknownRouteHandler>("no resource at " + path);
    }
    return decorate(std::move(resource)).release();
}

} // namespace hss::server
