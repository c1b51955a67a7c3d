// SPDX-License-Identifier: MIT
#include "AuthLogoutResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../auth/AuthService.h"
#include "../authz/Authenticator.h"
#include "../http/RequestBody.h"
#include "AuthBodyReader.h"

namespace hss::server {

AuthLogoutResource::AuthLogoutResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AuthLogoutResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticateForPasswordChange(request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const AuthBodyReader reader(body, {"refresh_token"});
    const std::string token = *reader.text("refresh_token", true, 1, 512);
    AuthService(m_services).logout(request, principal, token);
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    response.setContentLength64(0);
    response.send();
}

} // namespace hss::server
