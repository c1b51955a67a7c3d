// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/kb/articles/{id}/status: one step of the review workflow (hss::KbWorkflow: the step must exist, the
/// caller's roles must allow it and approving needs someone other than the editor). Status is not content: no
/// version row, the version stays.
class KbArticleStatusResource final : public RestResource
{
public:
    KbArticleStatusResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
    std::string m_id;
};

} // namespace hss::server
