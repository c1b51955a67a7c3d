// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/kb/articles/{id}: one article with its body (drafts and review states only for those who see them).
/// PUT: the next version of its content (KbWorkflow's editing rights; the article goes back to draft).
class KbArticleResource final : public RestResource
{
public:
    KbArticleResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    void put(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET, PUT"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
