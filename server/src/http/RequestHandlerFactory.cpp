// SPDX-License-Identifier: MIT
#include "RequestHandlerFactory.h"

#include <memory>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

#include "AccessLogHandler.h"
#include "ErrorRequestHandler.h"
#include "HttpErrors.h"
#include "ProtocolVersionHandler.h"
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
    return std::make_unique<RequestIdHandler>(std::make_unique<AccessLogHandler>(
        std::make_unique<ErrorRequestHandler>(std::make_unique<ProtocolVersionHandler>(std::move(resource)))));
}

} // namespace

RequestHandlerFactory::RequestHandlerFactory(Router router)
    : m_router(std::move(router))
{ }

Poco::Net::HTTPRequestHandler* RequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest& request)
{
    std::string path;
    try {
        path = Poco::URI(request.getURI()).getPath();
    } catch (const std::exception&) {
        return decorate(std::make_unique<UnknownRouteHandler>("the request URI does not parse")).release();
    }
    const auto match = m_router.match(path);
    if (!match) {
        return decorate(std::make_unique<UnknownRouteHandler>("no resource at " + path)).release();
    }
    return decorate(match->route->factory(match->params)).release();
}

} // namespace hss::server
