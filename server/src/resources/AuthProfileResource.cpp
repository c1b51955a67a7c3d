// SPDX-License-Identifier: MIT
#include "AuthProfileResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../auth/AuthService.h"
#include "../auth/PasswordHasher.h"
#include "../authz/Authenticator.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "AuthBodyReader.h"
#include "hss/Limits.h"

namespace hss::server {

AuthProfileResource::AuthProfileResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AuthProfileResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticateForPasswordChange(request);
    const UserAccount account = AuthService(m_services).currentAccount(principal);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(account.user));
}

void AuthProfileResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticateForPasswordChange(request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const AuthBodyReader reader(body, {"display_name", "email", "current_password", "new_password"});
    reader.requireAnyMember();
    constexpr std::size_t maxPassword = PasswordHasher::maxPasswordBytes;
    AuthService::ProfileChange change;
    change.displayName = reader.text("display_name", false, 1, limits::nameMax);
    change.email = reader.text("email", false, 1, limits::emailMax);
    change.currentPassword = reader.text("current_password", false, 1, maxPassword, maxPassword);
    // The length rules of a new password are PasswordHasher's policy, checked by AuthService (422 new_password).
    change.newPassword = reader.text("new_password", false, 0, maxPassword * 4);
    AuthService auth(m_services);
    const User user = auth.updateProfile(request, principal, change);
    nlohmann::json answer = toJson(user);
    if (change.newPassword) {
        // The change ended every login of the user, this one too: the caller goes on with a new one.
        answer["session"] = AuthService::toJson(auth.openLogin(user));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, answer);
}

} // namespace hss::server
