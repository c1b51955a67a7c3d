// SPDX-License-Identifier: MIT
#include "KbArticleTranslationsResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../http/JsonResponse.h"
#include "../storage/Database.h"
#include "KbArticleReader.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

KbArticleTranslationsResource::KbArticleTranslationsResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbArticleTranslationsResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const KbArticleReader reader(m_services, request, m_id);
    KbRepository repository(m_services.database);
    auto session = m_services.database.session();
    const KbArticle source = reader.visible(session, repository);
    nlohmann::json items = nlohmann::json::array();
    for (const KbArticle& translation : repository.translationsOf(session, source.id.toString())) {
        if (!reader.seesUnpublished() && translation.status != ArticleStatus::Published) {
            continue;
        }
        items.push_back({
            {"id", translation.id.toString()},
            {"language", translation.language},
            {"title", translation.title},
            {"status", toString(translation.status)},
            {"version", translation.version},
            {"source_version",
             translation.sourceVersion ? nlohmann::json(*translation.sourceVersion) : nlohmann::json(nullptr)},
            {"stale", KbWorkflow::isStale(translation, source)},
        });
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}});
}

} // namespace hss::server
