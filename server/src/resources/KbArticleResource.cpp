// SPDX-License-Identifier: MIT
#include "KbArticleResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/Database.h"
#include "KbArticleEditor.h"
#include "KbArticleJson.h"
#include "KbArticleReader.h"
#include "hss/Clock.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

KbArticleResource::KbArticleResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbArticleResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    KbArticleReader reader(m_services, request, m_id);
    auto session = m_services.database.session();
    KbRepository repository(m_services.database);
    const KbArticle article = reader.visible(session, repository);
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, kbArticleJson(repository, session, article));
}

void KbArticleResource::put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    KbArticleEditor editor(m_services, request, m_id);
    const KbEditRequest edit = kbEditFromBody(readJsonObject(request, m_services.maxBodyBytes));
    const std::int64_t now = m_services.clock.nowMs();
    const nlohmann::json answer = editor.change(
        "kb_article.update", edit.baseVersion,
        [&](Poco::Data::Session& session, KbRepository& repository, const KbArticle& current) {
            editor.requireEditable(current);
            KbArticle next = current;
            next.title = edit.title;
            next.body = edit.body;
            next.category = edit.category;
            next.contentType = edit.contentType;
            next.videoUrl = edit.videoUrl;
            next.version = current.version + 1;
            next.status = KbWorkflow::statusAfterEdit(current.status);
            next.editedBy = Uuid::parse(editor.principal().userId).value();
            next.updatedAt = std::max(now, current.updatedAt);
            std::string detail = "version " + std::to_string(next.version);
            if (edit.sourceVersion) {
                // "Brought up to date": the translator says which source version the text now follows.
                if (!current.translationOf) {
                    throw ValidationFailed("source_version: the article is not a translation", "source_version");
                }
                const auto source = repository.find(session, current.translationOf->toString());
                if (!source || source.value().version != *edit.sourceVersion) {
                    throw ValidationFailed("source_version: the source is at version "
                                               + (source ? std::to_string(source.value().version) : std::string("?")),
                                           "source_version");
                }
                next.sourceVersion = *edit.sourceVersion;
                detail += ", source version " + std::to_string(*edit.sourceVersion);
            }
            return KbArticleEditor::Change {std::move(next), edit.note, detail};
        });
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, answer);
}

} // namespace hss::server
