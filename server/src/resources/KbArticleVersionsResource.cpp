// SPDX-License-Identifier: MIT
#include "KbArticleVersionsResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../http/JsonResponse.h"
#include "../storage/Database.h"
#include "../storage/KbVersionRepository.h"
#include "KbArticleJson.h"
#include "KbArticleReader.h"

namespace hss::server {

KbArticleVersionsResource::KbArticleVersionsResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbArticleVersionsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const KbArticleReader reader(m_services, request, m_id);
    KbRepository repository(m_services.database);
    KbArticle article;
    {
        auto session = m_services.database.session();
        article = reader.visible(session, repository);
    }
    nlohmann::json items = nlohmann::json::array();
    for (const KbArticleVersion& version : KbVersionRepository(m_services.database).list(article.id.toString())) {
        items.push_back(kbVersionJson(version));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"current", article.version}});
}

} // namespace hss::server
