// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/kb/articles: search and browse (drafts and review states only for those who see them; status= filters,
/// e.g. the review queue). POST: a new draft, or a translation of an existing article.
class KbArticlesResource final : public RestResource
{
public:
    KbArticlesResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
