// SPDX-License-Identifier: MIT
#include "SyncPushResource.h"

#include <csignal>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <nlohmann/json.hpp>

#include "../authz/Authenticator.h"
#include "../config/ServerConfig.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../sync/SyncAccount.h"
#include "../sync/SyncPusher.h"
#include "DomainErrors.h"

namespace hss::server {

SyncPushResource::SyncPushResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void SyncPushResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    requireActiveAccount(m_services, principal);
    auto batch = sync::pushRequestFromJson(readJsonObject(request, m_services.maxBodyBytes));
    if (!batch) {
        throwDomainError(batch.error());
    }
    const sync::PushResponse answer = SyncPusher(m_services).push(request, principal, batch.value());
    if (m_services.config.boolean("testing.crashAfterPushCommit")) {
        // The fault the exactly-once design exists for: committed, but the console never hears the answer.
        std::raise(SIGKILL);
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(answer));
}

} // namespace hss::server
