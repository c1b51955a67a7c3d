// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <Poco/Net/HTTPServerRequest.h>
#include <nlohmann/json.hpp>

#include "../auth/Principal.h"
#include "hss/User.h"

namespace hss::server {

struct ServerServices;

/// Creates and changes users for an admin: reads the UserCreate / UserUpdate bodies of the OpenAPI document,
/// validates everything before storing anything, revokes refresh tokens on a role change, disable or password reset,
/// and audits each change (user.create, user.update, user.role_change, user.password_reset). Throws HttpErrors. One
/// instance per request.
class AdminUserEditor final
{
public:
    AdminUserEditor(ServerServices& services, const Poco::Net::HTTPServerRequest& request, const Principal& admin);

    /// Creates a user from a UserCreate body. The admin role is refused (422 on roles): admins are made by
    /// `hss-server create-admin`, which enrols their TOTP second factor. A taken username is 409.
    User create(const nlohmann::json& body);

    /// Applies a UserUpdate body to user \a id (404 when unknown). Granting the admin role to an account without
    /// TOTP is 422; disabling oneself or dropping one's own admin role is 409.
    User update(const std::string& id, const nlohmann::json& body);

    /// Replaces the password of user \a id (404 when unknown) with the new_password of \a body, checked by the
    /// policy of a user's own change (422 on new_password), and ends every login of that user. An admin's own
    /// password is refused (409): that change needs the current password, in the profile.
    void resetPassword(const std::string& id, const nlohmann::json& body);

    /// The canonical form of the path id \a text; 400 when it is not a UUID.
    static std::string canonicalId(const std::string& text);

private:
    ServerServices& m_services;
    const Poco::Net::HTTPServerRequest& m_request;
    const Principal& m_admin;
};

} // namespace hss::server
