// SPDX-License-Identifier: MIT
#include "SyncPullResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../sync/SyncAccount.h"
#include "../sync/SyncPuller.h"
#include "QueryParams.h"
#include "hss/sync/SyncCursor.h"

namespace hss::server {

SyncPullResource::SyncPullResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void SyncPullResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    requireActiveAccount(m_services, principal);
    const QueryParams query(request);
    const auto cursor = sync::parseCursor(query.text("cursor").value_or(""));
    if (!cursor) {
        throw BadRequest("query parameter 'cursor': " + cursor.error().message);
    }
    const int limit = query.integer("limit", SyncPuller::defaultLimit, 1, SyncPuller::maxLimit);
    const int waitSeconds = query.integer("wait", 0, 0, static_cast<int>(SyncPuller::maxWait.count()));
    const sync::PullPage page =
        SyncPuller(m_services).pull(principal, cursor.value(), limit, std::chrono::seconds(waitSeconds));
    // Written straight to text: an initial sync's page of 1000 rows would otherwise be built as a DOM, then dumped.
    sendJsonText(response, Poco::Net::HTTPResponse::HTTP_OK, sync::pullPageText(page));
}

} // namespace hss::server
