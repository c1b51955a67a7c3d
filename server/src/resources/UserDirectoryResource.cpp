// SPDX-License-Identifier: MIT
#include "UserDirectoryResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../authz/AccessPolicy.h"
#include "../authz/AssigneeCheck.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/UserRepository.h"
#include "QueryParams.h"

namespace hss::server {

namespace {

nlohmann::json entryJson(const User& user)
{
    nlohmann::json roles = nlohmann::json::array();
    for (const Role role : user.roles) {
        roles.push_back(std::string(toString(role)));
    }
    return {{"id", user.id.toString()},
            {"username", user.username},
            {"display_name", user.displayName},
            {"roles", std::move(roles)},
            {"teams", user.teams}};
}

} // namespace

UserDirectoryResource::UserDirectoryResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void UserDirectoryResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    AccessPolicy::requireAnyRole(principal, {Role::Agent, Role::MedicalAgent, Role::Supervisor, Role::Admin},
                                 "read the user directory");
    const QueryParams query(request);
    const std::optional<std::string> team = query.text("team");
    const std::optional<std::string> medical = query.text("medical");
    if (medical && *medical != "true" && *medical != "false") {
        throw BadRequest("query parameter 'medical' must be true or false");
    }
    const bool medicalOnly = medical == "true";
    nlohmann::json items = nlohmann::json::array();
    for (const User& user : UserRepository(m_services.database, m_services.cipher).list()) {
        if (!AssigneeCheck::mayHoldTickets(user)) {
            continue;
        }
        if (team && std::find(user.teams.begin(), user.teams.end(), *team) == user.teams.end()) {
            continue;
        }
        if (medicalOnly && !user.hasRole(Role::MedicalAgent)) {
            continue;
        }
        items.push_back(entryJson(user));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", std::move(items)}});
}

} // namespace hss::server
