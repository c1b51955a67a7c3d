// SPDX-License-Identifier: MIT
#include "AdminRolesResource.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "../app/ServerServices.h"
#include "../http/JsonResponse.h"
#include "AdminAccess.h"
#include "hss/Role.h"

namespace hss::server {

namespace {

struct RoleInfo
{
    Role role;
    const char* description;
    std::vector<const char*> permissions;
};

// In words what authz/AccessPolicy enforces; keep both in step.
const std::vector<RoleInfo>& roleTable()
{
    static const std::vector<RoleInfo> table {
        {Role::Agent,
         "Support agent: works on the tickets of their teams and those assigned to them, but not on medical or "
         "clinical tickets; uses the knowledge base and training.",
         {"tickets.create", "tickets.read.team", "tickets.update.team", "kb.read", "kb.vote", "training.enroll",
          "feedback.create", "profile.update"}},
        {Role::MedicalAgent,
         "Medical agent: like an agent, and also works on the medical and clinical tickets of their teams.",
         {"tickets.create", "tickets.read.team", "tickets.update.team", "tickets.read.medical", "kb.read", "kb.vote",
          "training.enroll", "feedback.create", "profile.update"}},
        {Role::Supervisor,
         "Supervisor: sees and changes every ticket (medical ones too), deletes tickets, reads feedback and its "
         "analytics and the knowledge base's unpublished articles.",
         {"tickets.create", "tickets.read.all", "tickets.update.all", "tickets.delete", "tickets.read.medical",
          "feedback.read", "kb.read", "kb.read.drafts", "kb.vote", "training.enroll", "feedback.create",
          "profile.update"}},
        {Role::Admin,
         "Administrator: everything a supervisor may do, plus managing users and their roles, the configuration "
         "and reading the audit trail. Needs a TOTP second factor.",
         {"tickets.create", "tickets.read.all", "tickets.update.all", "tickets.delete", "tickets.read.medical",
          "feedback.read", "kb.read", "kb.read.drafts", "kb.vote", "training.enroll", "users.manage", "roles.read",
          "audit.read", "config.manage", "feedback.create", "profile.update"}},
        {Role::ComplianceOfficer,
         "Compliance officer: reads the audit trail and feedback; no access to tickets.",
         {"audit.read", "feedback.read", "kb.read", "training.enroll", "feedback.create", "profile.update"}},
        {Role::Learner,
         "Learner: uses training and the knowledge base only.",
         {"kb.read", "kb.vote", "training.enroll", "feedback.create", "profile.update"}},
    };
    return table;
}

} // namespace

AdminRolesResource::AdminRolesResource(ServerServices& services, const PathParams&)
    : m_services(services)
{ }

void AdminRolesResource::get(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    AdminAccess::requireUserManager(m_services, request);
    nlohmann::json items = nlohmann::json::array();
    for (const RoleInfo& info : roleTable()) {
        items.push_back(
            {{"role", toString(info.role)}, {"description", info.description}, {"permissions", info.permissions}});
    }
    sendJson(response, Poco::Net::HTTPResponse::HTTP_OK, {{"items", std::move(items)}});
}

} // namespace hss::server
