// SPDX-License-Identifier: MIT
#include "TrainingCertificatesResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/Authenticator.h"
#include "../http/JsonResponse.h"
#include "../storage/TrainingRepository.h"

namespace hss::server {

TrainingCertificatesResource::TrainingCertificatesResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void TrainingCertificatesResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    nlohmann::json items = nlohmann::json::array();
    if (auto userId = Uuid::parse(principal.userId)) {
        for (const Certificate& certificate : TrainingRepository(m_services.database).certificatesOf(userId.value())) {
            items.push_back(toJson(certificate));
        }
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}});
}

} // namespace hss::server
