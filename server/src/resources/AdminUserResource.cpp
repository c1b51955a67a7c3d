// SPDX-License-Identifier: MIT
#include "AdminUserResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/UserRepository.h"
#include "AdminAccess.h"
#include "AdminUserEditor.h"

namespace hss::server {

AdminUserResource::AdminUserResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void AdminUserResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    auto found = UserRepository(m_services.database, m_services.cipher).findById(AdminUserEditor::canonicalId(m_id));
    if (!found) {
        throw NotFound("no user with this id");
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(found.value().user));
}

void AdminUserResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const User user = AdminUserEditor(m_services, request, admin).update(m_id, body);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(user));
}

} // namespace hss::server
