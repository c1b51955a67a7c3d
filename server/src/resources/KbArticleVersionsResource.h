// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/kb/articles/{id}/versions: every version of the article's content, newest first, bodies included (the
/// console keeps them for offline history and diffs). Visible to those who see the article.
class KbArticleVersionsResource final : public RestResource
{
public:
    KbArticleVersionsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
