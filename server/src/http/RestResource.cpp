// SPDX-License-Identifier: MIT
#include "RestResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "HttpErrors.h"

namespace hss::server {

void RestResource::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const std::string& method = request.getMethod();
    if (method == Poco::Net::HTTPRequest::HTTP_GET) {
        get(request, response);
    } else if (method == Poco::Net::HTTPRequest::HTTP_POST) {
        post(request, response);
    } else if (method == Poco::Net::HTTPRequest::HTTP_PUT) {
        put(request, response);
    } else if (method == Poco::Net::HTTPRequest::HTTP_DELETE) {
        remove(request, response);
    } else {
        throw MethodNotAllowed(method, allowedMethods());
    }
}

void RestResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse&)
{
    throw MethodNotAllowed(request.getMethod(), allowedMethods());
}

void RestResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse&)
{
    throw MethodNotAllowed(request.getMethod(), allowedMethods());
}

void RestResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse&)
{
    throw MethodNotAllowed(request.getMethod(), allowedMethods());
}

void RestResource::remove(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse&)
{
    throw MethodNotAllowed(request.getMethod(), allowedMethods());
}

} // namespace hss::server
