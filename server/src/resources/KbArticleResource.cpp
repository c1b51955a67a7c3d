// SPDX-License-Identifier: MIT
#include "KbArticleResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../storage/KbRepository.h"

namespace hss::server {

KbArticleResource::KbArticleResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbArticleResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    const bool editor = AccessPolicy::hasAnyRole(principal, {Role::Supervisor, Role::Admin});
    auto id = Uuid::parse(m_id);
    auto article = id ? KbRepository(m_services.database).find(id.value().toString()) : Result<KbArticle>(id.error());
    // Unpublished articles are hidden from readers as if they did not exist.
    if (!article || (!editor && article.value().status != ArticleStatus::Published)) {
        throw NotFound("no knowledge-base article with this id");
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, toJson(article.value()));
}

} // namespace hss::server
