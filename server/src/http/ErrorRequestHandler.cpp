// SPDX-License-Identifier: MIT
#include "ErrorRequestHandler.h"

#include <Poco/Data/DataException.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/StreamSocket.h>

#include "HttpErrors.h"
#include "JsonResponse.h"

namespace hss::server {

namespace {

void sendError(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
               const std::string& code, const std::string& message)
{
    if (response.sent()) {
        // Headers are out: the client sees a truncated body and the log has the cause.
        Poco::Logger::get("hss.http").error("error after response was sent: %s: %s", code, message);
        return;
    }
    sendJson(response, status, {{"error", code}, {"message", message}});
}

void drainBody(Poco::Net::HTTPServerRequest& request)
{
    // Only a modest, declared remainder is worth waiting for; a client declaring a huge body gets the close.
    constexpr Poco::Int64 maxDrainBytes = 4 * 1024 * 1024;
    if (!request.hasContentLength() || request.getContentLength64() > maxDrainBytes) {
        return;
    }
    try {
        auto& socket = static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket();
        socket.setReceiveTimeout(Poco::Timespan(1, 0));
        std::istream& stream = request.stream();
        char buffer[8192];
        while (stream.read(buffer, sizeof buffer)) { }
    } catch (const std::exception&) {
        // The client stopped sending or gave up: the connection closes either way.
    }
}

} // namespace

ErrorRequestHandler::ErrorRequestHandler(std::unique_ptr<Poco::Net::HTTPRequestHandler> inner)
    : m_inner(std::move(inner))
{ }

void ErrorRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    try {
        m_inner->handleRequest(request, response);
    } catch (const MethodNotAllowed& error) {
        response.set("Allow", error.allowed());
        sendError(response, error.status(), error.code(), error.what());
    } catch (const TooManyRequests& error) {
        response.set("Retry-After", std::to_string(error.retryAfterSeconds()));
        sendError(response, error.status(), error.code(), error.what());
    } catch (const ServiceUnavailable& error) {
        if (error.retryAfterSeconds() > 0) {
            response.set("Retry-After", std::to_string(error.retryAfterSeconds()));
        }
        sendError(response, error.status(), error.code(), error.what());
    } catch (const ValidationFailed& error) {
        if (!response.sent()) {
            sendJson(response, error.status(),
                     {{"error", error.code()}, {"message", error.what()}, {"field", error.field()}});
        }
    } catch (const PayloadTooLarge& error) {
        // Answer before reading, then swallow what the client is still sending (up to a bound) so it gets to read
        // the 413 instead of a connection reset; the connection is closed afterwards.
        response.setKeepAlive(false);
        sendError(response, error.status(), error.code(), error.what());
        drainBody(request);
    } catch (const HttpError& error) {
        sendError(response, error.status(), error.code(), error.what());
    } catch (const Poco::Data::SessionPoolExhaustedException&) {
        // Every database connection stayed busy for the whole wait: tell the client to come back shortly.
        Poco::Logger::get("hss.http")
            .warning("database pool exhausted for %s %s", request.getMethod(), request.getURI());
        response.set("Retry-After", "1");
        sendError(response, Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE, "service_unavailable",
                  "the server is busy; try again in a moment");
    } catch (const std::exception& error) {
        Poco::Logger::get("hss.http")
            .error("%s %s failed: %s", request.getMethod(), request.getURI(), std::string(error.what()));
        sendError(response, Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal_error",
                  "the server could not complete the request; see its log");
    } catch (...) {
        Poco::Logger::get("hss.http")
            .error("%s %s failed with an unknown exception", request.getMethod(), request.getURI());
        sendError(response, Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal_error",
                  "the server could not complete the request; see its log");
    }
}

} // namespace hss::server
