// SPDX-License-Identifier: MIT
#include "ErrorRequestHandler.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

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
    } catch (const HttpError& error) {
        sendError(response, error.status(), error.code(), error.what());
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
