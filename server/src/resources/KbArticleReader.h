// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <Poco/Data/Session.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "../app/ServerServices.h"
#include "../auth/Principal.h"
#include "../storage/KbRepository.h"
#include "hss/KbArticle.h"

namespace hss::server {

/// The common part of reading one knowledge-base article: the caller and the article, which is 404 for an unknown id
/// and for a draft or an article in review the caller may not see (as if it did not exist).
class KbArticleReader final
{
public:
    /// Authenticates the caller of \a request for the article \a id (the path parameter).
    KbArticleReader(ServerServices& services, Poco::Net::HTTPServerRequest& request, std::string id);

    const Principal& principal() const { return m_principal; }
    /// True when the caller sees drafts and articles in review.
    bool seesUnpublished() const { return m_seesUnpublished; }

    /// The article, or NotFound.
    KbArticle visible(Poco::Data::Session& session, KbRepository& repository) const;

private:
    std::string m_id;
    Principal m_principal;
    bool m_seesUnpublished = false;
};

} // namespace hss::server
