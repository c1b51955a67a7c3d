// SPDX-License-Identifier: MIT
#include "AdminUserPasswordResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../http/RequestBody.h"
#include "AdminAccess.h"
#include "AdminUserEditor.h"

namespace hss::server {

AdminUserPasswordResource::AdminUserPasswordResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void AdminUserPasswordResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    AdminUserEditor(m_services, request, admin).resetPassword(m_id, body);
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    response.setContentLength64(0);
    response.send();
}

} // namespace hss::server
