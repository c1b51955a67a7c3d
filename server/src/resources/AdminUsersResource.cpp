// SPDX-License-Identifier: MIT
#include "AdminUsersResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/UserRepository.h"
#include "AdminAccess.h"
#include "AdminUserEditor.h"
#include "QueryParams.h"

namespace hss::server {

AdminUsersResource::AdminUsersResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminUsersResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    const QueryParams query(request);
    const int limit = query.integer("limit", 50, 1, 200);
    const int offset = query.integer("offset", 0, 0, 1'000'000'000);
    const std::vector<User> users = UserRepository(m_services.database, m_services.cipher).list();
    nlohmann::json items = nlohmann::json::array();
    const auto first = std::min(users.size(), static_cast<std::size_t>(offset));
    const auto last = std::min(users.size(), first + static_cast<std::size_t>(limit));
    for (auto i = first; i < last; ++i) {
        items.push_back(toJson(users[i]));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK,
             {{"items", std::move(items)}, {"total", users.size()}, {"limit", limit}, {"offset", offset}});
}

void AdminUsersResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal admin = AdminAccess::requireUserManager(m_services, request);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const User user = AdminUserEditor(m_services, request, admin).create(body);
    response.set("Location", "/api/admin/users/" + user.id.toString());
    sendJson(response, Poco::Net::HTTPResponse::HTTP_CREATED, toJson(user));
}

} // namespace hss::server
