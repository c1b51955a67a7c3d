// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/sentiment {text} → {score, label, terms}: the shared sentiment analyser (hss::sentiment, the one that
/// scores feedback) on any text, for any signed-in user, so integrations can use it. Stores nothing. The text is
/// limited like a feedback comment (limits::feedbackCommentMax characters).
class SentimentResource final : public RestResource
{
public:
    SentimentResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
};

} // namespace hss::server
