// SPDX-License-Identifier: MIT
#include "KbArticleEditor.h"

#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../storage/Database.h"
#include "../storage/WriteQueue.h"
#include "../sync/SyncNotifier.h"
#include "DomainErrors.h"
#include "KbArticleJson.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

KbArticleEditor::KbArticleEditor(ServerServices& services, Poco::Net::HTTPServerRequest& request, std::string id)
    : m_services(services)
    , m_request(request)
    , m_id(std::move(id))
    , m_principal(services.authenticator.authenticate(request))
    , m_roles(AccessPolicy::rolesOf(m_principal))
{ }

void KbArticleEditor::requireEditable(const KbArticle& current) const
{
    if (current.status == ArticleStatus::Review || current.status == ArticleStatus::MedicalReview) {
        throw HttpError(Poco::Net::HTTPResponse::HTTP_CONFLICT, "under_review",
                        "the article is in " + std::string(toString(current.status))
                            + ": a reviewer must send it back to draft before it can be changed");
    }
    if (!KbWorkflow::mayEdit(m_roles, current.status)) {
        throw Forbidden("your roles do not allow you to change a " + std::string(toString(current.status))
                        + " article");
    }
}

nlohmann::json KbArticleEditor::change(const std::string& action, int baseVersion, const Edit& edit)
{
    const auto id = Uuid::parse(m_id);
    const std::string objectId = id ? id.value().toString() : std::string();
    nlohmann::json answer;
    try {
        if (!KbWorkflow::mayCreate(m_roles)) {
            throw Forbidden("your roles do not allow you to edit the knowledge base");
        }
        if (!id) {
            throw NotFound("no knowledge-base article with this id");
        }
        m_services.writes.run([&](Poco::Data::Session& session) {
            KbRepository repository(m_services.database);
            auto current = repository.find(session, objectId);
            if (!current) {
                throw NotFound("no knowledge-base article with this id");
            }
            if (current.value().version != baseVersion) {
                throw HttpError(Poco::Net::HTTPResponse::HTTP_CONFLICT, "version_conflict",
                                "the article is at version " + std::to_string(current.value().version)
                                    + "; the change is based on version " + std::to_string(baseVersion));
            }
            Change changed = edit(session, repository, current.value());
            auto stored =
                repository.update(session, changed.article, baseVersion, current.value().status, changed.note);
            if (!stored) {
                if (stored.error().code == ErrorCode::Conflict) {
                    throw HttpError(Poco::Net::HTTPResponse::HTTP_CONFLICT, "version_conflict",
                                    "the article was changed meanwhile: load it again");
                }
                throwDomainError(stored.error());
            }
            m_services.writes.appendAuditInBatch({m_services.audit.entryFor(
                m_request, &m_principal, action, "kb_article", objectId, "success", changed.detail)});
            answer = kbArticleJson(repository, session, stored.value());
        });
    } catch (const HttpError& error) {
        if (error.status() == Poco::Net::HTTPResponse::HTTP_FORBIDDEN) {
            m_services.audit.record(m_request, &m_principal, action, "kb_article", objectId, "denied", error.code());
        }
        throw;
    }
    m_services.syncNotifier.notifyChanged(); // consoles waiting in a long pull get the new state now
    return answer;
}

} // namespace hss::server
