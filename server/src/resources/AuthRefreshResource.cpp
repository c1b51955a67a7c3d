// SPDX-License-Identifier: MIT
#include "AuthRefreshResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../auth/AuthService.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "AuthBodyReader.h"

namespace hss::server {

AuthRefreshResource::AuthRefreshResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AuthRefreshResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const AuthBodyReader reader(body, {"refresh_token"});
    const std::string token = *reader.text("refresh_token", true, 1, 512);
    const AuthService::TokenPair pair = AuthService(m_services).refresh(request, token);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, AuthService::toJson(pair));
}

} // namespace hss::server
