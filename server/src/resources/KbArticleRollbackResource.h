// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/kb/articles/{id}/rollback: a new version with the content of an earlier one (same rights as editing).
class KbArticleRollbackResource final : public RestResource
{
public:
    KbArticleRollbackResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
