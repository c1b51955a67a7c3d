// SPDX-License-Identifier: MIT
#include "KbArticlesResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../http/JsonResponse.h"
#include "../http/RequestBody.h"
#include "../storage/Database.h"
#include "../storage/KbRepository.h"
#include "../storage/WriteQueue.h"
#include "../sync/SyncNotifier.h"
#include "DomainErrors.h"
#include "KbArticleJson.h"
#include "QueryParams.h"
#include "hss/Clock.h"
#include "hss/KbWorkflow.h"

namespace hss::server {

namespace {

constexpr std::size_t maxQueryLength = 200;

/// The article a new translation into \a language is made from; refuses what cannot be translated.
KbArticle sourceOf(Poco::Data::Session& session, KbRepository& repository, const Uuid& sourceId,
                   const std::string& language)
{
    auto source = repository.find(session, sourceId.toString());
    if (!source) {
        throw NotFound("translation_of: no knowledge-base article with this id");
    }
    if (source.value().translationOf) {
        throw ValidationFailed("translation_of: translate the original, not a translation", "translation_of");
    }
    if (source.value().language == language) {
        throw ValidationFailed("language: the source is written in " + language + " already", "language");
    }
    for (const KbArticle& existing : repository.translationsOf(session, sourceId.toString())) {
        if (existing.language == language) {
            throw HttpError(Poco::Net::HTTPResponse::HTTP_CONFLICT, "translation_exists",
                            "the article has a " + language + " translation already (" + existing.id.toString() + ")");
        }
    }
    return std::move(source).value();
}

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
    if (const auto status = params.text("status")) {
        auto parsed = articleStatusFromString(*status, "status");
        if (!parsed) {
            throw BadRequest("query parameter 'status' is not a known article status");
        }
        query.status = parsed.value();
    }
    nlohmann::json items = nlohmann::json::array();
    if (!AccessPolicy::seesUnpublishedKb(principal)) {
        if (query.status && *query.status != ArticleStatus::Published) {
            // Readers see published articles only: asking for drafts finds none, as if there were none.
            sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"total", 0}});
            return;
        }
        query.status = ArticleStatus::Published;
    }
    KbRepository repository(m_services.database);
    for (const KbArticle& article : repository.search(query)) {
        items.push_back(summaryOf(article));
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", items}, {"total", repository.count(query)}});
}

void KbArticlesResource::post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Principal principal = m_services.authenticator.authenticate(request);
    KbCreateRequest create = kbCreateFromBody(readJsonObject(request, m_services.maxBodyBytes));
    if (!KbWorkflow::mayCreate(AccessPolicy::rolesOf(principal))) {
        m_services.audit.record(request, &principal, "kb_article.create", "kb_article", {}, "denied");
        throw Forbidden("your roles do not allow you to write knowledge-base articles");
    }
    KbArticle& article = create.article;
    article.id = Uuid::createV7();
    article.status = ArticleStatus::Draft;
    article.version = 1;
    article.authorId = Uuid::parse(principal.userId).value();
    article.editedBy = article.authorId;
    article.updatedAt = m_services.clock.nowMs();
    nlohmann::json answer;
    m_services.writes.run([&](Poco::Data::Session& session) {
        KbRepository repository(m_services.database);
        std::string detail = "language " + article.language;
        if (create.translationOf) {
            const KbArticle source = sourceOf(session, repository, *create.translationOf, article.language);
            article.category = source.category;
            article.contentType = source.contentType;
            article.translationOf = source.id;
            article.sourceVersion = source.version;
            detail += ", translation of version " + std::to_string(source.version);
        }
        auto created = repository.create(session, article);
        if (!created) {
            throwDomainError(created.error());
        }
        m_services.writes.appendAuditInBatch({m_services.audit.entryFor(
            request, &principal, "kb_article.create", "kb_article", article.id.toString(), "success", detail)});
        answer = kbArticleJson(repository, session, created.value());
    });
    m_services.syncNotifier.notifyChanged(); // consoles waiting in a long pull get the new article now
    sendJson(response, Poco::Net::HTTPResponse::HTTP_CREATED, answer);
}

} // namespace hss::server
