// SPDX-License-Identifier: MIT
#pragma once

#include "../app/ServerServices.h"
#include "../http/RestResource.h"
#include "../http/Router.h"

namespace hss::server {

/// POST /api/training/enroll/{courseId}: enrols the caller; 201 the first time, 200 with the existing enrolment after.
class TrainingEnrollResource final : public RestResource
{
public:
    TrainingEnrollResource(ServerServices& services, const PathParams& params);

protected:
    void post(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
    std::string allowedMethods() const override { return "POST"; }

private:
    ServerServices& m_services;
    std::string m_courseId;
};

} // namespace hss::server
