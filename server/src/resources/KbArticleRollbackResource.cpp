// SPDX-License-Identifier: MIT
#include "KbArticleRollbackResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/KbVersionRepository.h"
#include "BodyReader.h"
#include "DomainErrors.h"
#include "KbArticleEditor.h"
#include "KbArticleJson.h"
#include "hss/Clock.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

KbArticleRollbackResource::KbArticleRollbackResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbArticleRollbackResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    KbArticleEditor editor(m_services, request, m_id);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const BodyReader reader(body, {"base_version", "to_version"});
    const int baseVersion = kbVersionFromBody(reader, "base_version");
    const int toVersion = kbVersionFromBody(reader, "to_version");
    const std::int64_t now = m_services.clock.nowMs();
    const nlohmann::json answer = editor.change(
        "kb_article.rollback", baseVersion, [&](Poco::Data::Session& session, KbRepository&, const KbArticle& current) {
            editor.requireEditable(current);
            auto old = KbVersionRepository(m_services.database).find(session, current.id.toString(), toVersion);
            if (!old) {
                throwDomainError(old.error());
            }
            // History is never rewritten: the old text comes back as the newest version.
            KbArticle next = current;
            next.title = old.value().title;
            next.body = old.value().body;
            next.category = old.value().category;
            next.contentType = old.value().contentType;
            next.videoUrl = old.value().videoUrl;
            next.version = current.version + 1;
            next.status = KbWorkflow::statusAfterEdit(current.status);
            next.editedBy = Uuid::parse(editor.principal().userId).value();
            next.updatedAt = std::max(now, current.updatedAt);
            return KbArticleEditor::Change {std::move(next), "Rolled back to version " + std::to_string(toVersion),
                                            "version " + std::to_string(next.version) + " from version "
                                                + std::to_string(toVersion)};
        });
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, answer);
}

} // namespace hss::server
