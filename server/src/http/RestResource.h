// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <Poco/Net/HTTPRequestHandler.h>

namespace hss::server {

/// Base of every REST resource: dispatches on the HTTP method; methods a resource does not override answer 405.
class RestResource : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

protected:
    virtual void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);
    virtual void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);
    virtual void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);
    virtual void remove(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

    /// Methods this resource answers, for the Allow header of a 405 ("GET, POST").
    virtual std::string allowedMethods() const = 0;
};

} // namespace hss::server
