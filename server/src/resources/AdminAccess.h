// SPDX-License-Identifier: MIT
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include "../auth/Principal.h"

namespace hss::server {

struct ServerServices;

/// The checks of the admin resources: a valid access token whose roles allow the action and, because a token
/// outlives a role change or a disable by up to 15 minutes, the same on the stored account. Throws Unauthorized
/// or Forbidden.
class AdminAccess final
{
public:
    /// The caller when they may manage users (admins).
    static Principal requireUserManager(ServerServices& services, const Poco::Net::HTTPServerRequest& request);

    /// The caller when they may read the audit trail (admins, compliance officers); a refusal is itself audited.
    static Principal requireAuditReader(ServerServices& services, const Poco::Net::HTTPServerRequest& request);

    AdminAccess() = delete;
};

} // namespace hss::server
