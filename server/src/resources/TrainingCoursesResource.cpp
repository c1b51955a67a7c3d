// SPDX-License-Identifier: MIT
#include "TrainingCoursesResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/Authenticator.h"
#include "../http/JsonResponse.h"
#include "../storage/TrainingRepository.h"

namespace hss::server {

TrainingCoursesResource::TrainingCoursesResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void TrainingCoursesResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    m_services.authenticator.authenticate(request);
    nlohmann::json items = nlohmann::json::array();
    for (const Course& course : TrainingRepository(m_services.database).listCourses()) {
        items.push_back(toJson(course));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}});
}

} // namespace hss::server
