// SPDX-License-Identifier: MIT
#include "KbArticleReader.h"

#include "../authz/AccessPolicy.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"

namespace hss::server {

KbArticleReader::KbArticleReader(ServerServices& services, Poco::Net::HTTPServerRequest& request, std::string id)
    : m_id(std::move(id))
    , m_principal(services.authenticator.authenticate(request))
    , m_seesUnpublished(AccessPolicy::seesUnpublishedKb(m_principal))
{ }

KbArticle KbArticleReader::visible(Poco::Data::Session& session, KbRepository& repository) const
{
    const auto id = Uuid::parse(m_id);
    auto article = id ? repository.find(session, id.value().toString()) : Result<KbArticle>(id.error());
    if (!article || (!m_seesUnpublished && article.value().status != ArticleStatus::Published)) {
        throw NotFound("no knowledge-base article with this id");
    }
    return std::move(article).value();
}

} // namespace hss::server
