// SPDX-License-Identifier: MIT
#include "KbArticleStatusResource.h"

#include <algorithm>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "BodyReader.h"
#include "KbArticleEditor.h"
#include "KbArticleJson.h"
#include "hss/Clock.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

KbArticleStatusResource::KbArticleStatusResource(ServerServices& services, const PathParams& params)
    : m_services(services)
    , m_id(params.at("id"))
{ }

void KbArticleStatusResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    KbArticleEditor editor(m_services, request, m_id);
    const nlohmann::json body = readJsonObject(request, m_services.maxBodyBytes);
    const BodyReader reader(body, {"base_version", "status", "note"});
    const int baseVersion = kbVersionFromBody(reader, "base_version");
    const ArticleStatus to = reader.enumeration("status", &articleStatusFromString);
    // Accepted for the console's sake but not kept: a step stores no version row, and free text stays out of the
    // audit trail (it may hold anything).
    (void)reader.optionalString("note");
    const std::int64_t now = m_services.clock.nowMs();
    const nlohmann::json answer = editor.change(
        "kb_article.status", baseVersion, [&](Poco::Data::Session&, KbRepository&, const KbArticle& current) {
            const ArticleStatus from = current.status;
            if (auto step = KbWorkflow::checkTransition(from, to, KbWorkflow::isClinical(current)); !step) {
                throw HttpError(Poco::Net::HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "invalid_transition",
                                step.error().message);
            }
            if (!KbWorkflow::mayTransition(editor.roles(), from, to)) {
                throw Forbidden("your roles do not allow you to move an article from " + std::string(toString(from))
                                + " to " + std::string(toString(to)));
            }
            if (KbWorkflow::needsSecondPerson(from, to) && current.editedBy
                && current.editedBy->toString() == editor.principal().userId) {
                throw HttpError(Poco::Net::HTTPResponse::HTTP_FORBIDDEN, "four_eyes",
                                "you saved this version: someone else must approve it");
            }
            KbArticle next = current;
            next.status = to;
            next.updatedAt = std::max(now, current.updatedAt);
            return KbArticleEditor::Change {std::move(next), std::nullopt,
                                            std::string(toString(from)) + " -> " + std::string(toString(to))};
        });
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, answer);
}

} // namespace hss::server
