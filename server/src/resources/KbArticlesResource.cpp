// SPDX-License-Identifier: MIT
#include "KbArticlesResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/KbRepository.h"
#include "DomainErrors.h"
#include "QueryParams.h"

namespace hss::server {

namespace {

constexpr std::size_t maxQueryLength = 200;

nlohmann::json summaryOf(const KbArticle& article)
{
    nlohmann::json json = toJson(article);
    json.erase("body");
    return json;
}

} // namespace

KbArticlesResource::KbArticlesResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void KbArticlesResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    const QueryParams params(request);
    KbQuery query;
    query.text = params.text("q").value_or(std::string()).substr(0, maxQueryLength);
    query.limit = params.integer("limit", 50, 1, KbQuery::maxLimit);
    query.offset = params.integer("offset", 0, 0, 1000000000);
    if (const auto category = params.text("category")) {
        auto parsed = kbCategoryFromString(*category, "category");
        if (!parsed) {
            throw BadRequest("query parameter 'category' is not a known category");
        }
        query.category = parsed.value();
    }
    if (!AccessPolicy::hasAnyRole(principal, {Role::Supervisor, Role::Admin})) {
        query.status = ArticleStatus::Published;
    }
    KbRepository repository(m_services.database);
    nlohmann::json items = nlohmann::json::array();
    for (const KbArticle& article : repository.search(query)) {
        items.push_back(summaryOf(article));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"total", repository.count(query)}});
}

} // namespace hss::server
