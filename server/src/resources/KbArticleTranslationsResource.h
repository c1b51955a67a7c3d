// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// GET /api/kb/articles/{id}/translations: the translations of an article, each marked stale when it was made from an
/// older version of the source. Only the translations the caller may see are listed.
class KbArticleTranslationsResource final : public RestResource
{
public:
    KbArticleTranslationsResource(ServerServices& services, const PathParams& params);

protected:
    void get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "GET"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
