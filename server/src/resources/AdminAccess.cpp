// SPDX-License-Identifier: MIT
#include "AdminAccess.h"

#include "../app/ServerServices.h"
#include "../authz/AccessPolicy.h"
#include "../authz/AuditTrail.h"
#include "../authz/Authenticator.h"
#include "../http/HttpErrors.h"
#include "../storage/UserRepository.h"

namespace hss::server {

namespace {

/// The caller as stored now: roles and teams from the database, refused when gone or disabled.
Principal storedPrincipal(ServerServices& services, const Principal& fromToken)
{
    auto found = UserRepository(services.database, services.cipher).findById(fromToken.userId);
    if (!found || !found.value().user.active) {
        throw Unauthorized("this account no longer exists or has been disabled");
    }
    Principal stored = fromToken;
    stored.roles.clear();
    for (const Role role : found.value().user.roles) {
        stored.roles.emplace_back(toString(role));
    }
    stored.teams = found.value().user.teams;
    return stored;
}

} // namespace

Principal AdminAccess::requireUserManager(ServerServices& services, const Poco::Net::HTTPServerRequest& request)
{
    const Principal principal = services.authenticator.authenticate(request);
    if (!AccessPolicy::canManageUsers(principal)
        || !AccessPolicy::canManageUsers(storedPrincipal(services, principal))) {
        throw Forbidden("this needs the admin role");
    }
    return principal;
}

Principal AdminAccess::requireAuditReader(ServerServices& services, const Poco::Net::HTTPServerRequest& request)
{
    const Principal principal = services.authenticator.authenticate(request);
    if (!AccessPolicy::canReadAudit(principal) || !AccessPolicy::canReadAudit(storedPrincipal(services, principal))) {
        services.audit.record(request, &principal, "audit.read", "audit_log", "", "denied");
        throw Forbidden("this needs the admin or compliance officer role");
    }
    return principal;
}

} // namespace hss::server
