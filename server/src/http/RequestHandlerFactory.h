// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "Router.h"

namespace hss::server {

/// Routing only: finds the resource for a path in the router and wraps it in RequestId → AccessLog → Error
/// decorators. Unknown paths answer 404 through the same decorators.
class RequestHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit RequestHandlerFactory(Router router);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    Router m_router;
};

} // namespace hss::server
