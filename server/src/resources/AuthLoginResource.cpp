// SPDX-License-Identifier: MIT
#include "AuthLoginResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../auth/AuthService.h"
#include "../auth/PasswordHasher.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "AuthBodyReader.h"

namespace hss::server {

AuthLoginResource::AuthLoginResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AuthLoginResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const AuthBodyReader reader(body, {"username", "password", "totp_code"});
    AuthService::Credentials credentials;
    credentials.username = *reader.text("username", true, 1, 64);
    credentials.password =
        *reader.text("password", true, 1, PasswordHasher::maxPasswordBytes, PasswordHasher::maxPasswordBytes);
    credentials.totpCode = reader.text("totp_code", false, 6, 8);
    if (credentials.totpCode && !std::all_of(credentials.totpCode->begin(), credentials.totpCode->end(), [](char c) {
            return c >= '0' && c <= '9';
        })) {
        throw ValidationFailed("totp_code: use the 6 to 8 digits your authenticator app shows", "totp_code");
    }
    const AuthService::TokenPair pair = AuthService(m_services).login(request, credentials);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, AuthService::toJson(pair));
}

} // namespace hss::server
