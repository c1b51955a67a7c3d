// SPDX-License-Identifier: MIT
#include "AdminUserEditor.h"

#include "../app/ServerServices.h"
#include "../auth/AccessRevocations.h"
#include "../auth/AuthService.h"
#include "../auth/PasswordHasher.h"
#include "../authz/AuditTrail.h"
#include "../http/HttpErrors.h"
#include "../storage/UserRepository.h"
#include "AuthBodyReader.h"
#include "hss/Clock.h"
#include "hss/Limits.h"

namespace hss::server {

namespace {

const std::string adminNeedsTotp =
    "roles: administrators need a TOTP second factor; create them with `hss-server create-admin`";

[[noreturn]] void failValidation(const Error& error)
{
    throw ValidationFailed(error.field.empty() ? error.message : error.field + ": " + error.message, error.field);
}

std::string describeRoles(const std::set<Role>& roles)
{
    std::string text;
    for (const Role role : roles) {
        text += (text.empty() ? "" : ", ") + std::string(toString(role));
    }
    return text;
}

} // namespace

AdminUserEditor::AdminUserEditor(ServerServices& services, const Poco::Net::HTTPServerRequest& request,
                                 const Principal& admin)
    : m_services(services)
    , m_request(request)
    , m_admin(admin)
{ }

std::string AdminUserEditor::canonicalId(const std::string& text)
{
    auto id = Uuid::parse(text);
    if (!id) {
        throw BadRequest("the user id in the path is not a UUID");
    }
    return id.value().toString();
}

User AdminUserEditor::create(const nlohmann::json& body)
{
    const AuthBodyReader reader(body, {"username", "display_name", "email", "roles", "teams", "password"});
    const std::int64_t now = m_services.clock.nowMs();
    UserAccount account;
    User& user = account.user;
    user.id = Uuid::createV7();
    user.username = *reader.text("username", true, 1, limits::usernameMax);
    user.displayName = *reader.text("display_name", true, 1, limits::nameMax);
    user.email = *reader.text("email", true, 1, limits::emailMax);
    user.roles = *reader.roles("roles", true);
    user.teams = *reader.textList("teams", true);
    const std::string password = *reader.text("password", true, 0, PasswordHasher::maxPasswordBytes * 4);
    user.createdAt = now;
    if (auto valid = validate(user); !valid) {
        failValidation(valid.error());
    }
    if (user.hasRole(Role::Admin)) {
        throw ValidationFailed(adminNeedsTotp, "roles");
    }
    if (auto policy = PasswordHasher::checkPolicy(password); !policy) {
        throw ValidationFailed("password: " + policy.error().message, "password");
    }
    account.passwordHash = m_services.passwords.hash(password);
    account.updatedAt = now;
    auto created = UserRepository(m_services.database, m_services.cipher).create(account);
    if (!created) {
        if (created.error().code == ErrorCode::Conflict) {
            throw Conflict("a user with the username '" + user.username + "' exists");
        }
        failValidation(created.error());
    }
    m_services.audit.record(m_request, &m_admin, "user.create", "user", user.id.toString(), "success",
                            "roles: " + describeRoles(user.roles));
    return created.value().user;
}

User AdminUserEditor::update(const std::string& id, const nlohmann::json& body)
{
    const std::string userId = canonicalId(id);
    const AuthBodyReader reader(body, {"display_name", "email", "roles", "teams", "active"});
    reader.requireAnyMember();
    const auto displayName = reader.text("display_name", false, 1, limits::nameMax);
    const auto email = reader.text("email", false, 1, limits::emailMax);
    const auto roles = reader.roles("roles", false);
    const auto teams = reader.textList("teams", false);
    const auto active = reader.boolean("active");

    UserRepository users(m_services.database, m_services.cipher);
    auto found = users.findById(userId);
    if (!found) {
        throw NotFound("no user with this id");
    }
    const UserAccount& before = found.value();
    User changed = before.user;
    changed.displayName = displayName.value_or(changed.displayName);
    changed.email = email.value_or(changed.email);
    changed.roles = roles.value_or(changed.roles);
    changed.teams = teams.value_or(changed.teams);
    changed.active = active.value_or(changed.active);
    if (auto valid = validate(changed); !valid) {
        failValidation(valid.error());
    }
    if (changed.hasRole(Role::Admin) && !before.user.hasRole(Role::Admin) && !before.totpSecret) {
        throw ValidationFailed(adminNeedsTotp, "roles");
    }
    if (userId == m_admin.userId && (!changed.active || !changed.hasRole(Role::Admin))) {
        throw Conflict("you cannot disable your own account or remove your own admin role");
    }

    const std::int64_t now = m_services.clock.nowMs();
    if (displayName || email) {
        if (auto updated = users.updateProfile(userId, changed.displayName, changed.email, now); !updated) {
            failValidation(updated.error());
        }
    }
    if (roles || teams || active) {
        if (auto updated = users.updateAccess(userId, changed.roles, changed.teams, changed.active, now); !updated) {
            failValidation(updated.error());
        }
    }
    const bool rolesChanged = changed.roles != before.user.roles;
    const bool disabled = before.user.active && !changed.active;
    if (rolesChanged || disabled) {
        m_services.revocations.revoke(userId);
    }
    std::string detail;
    for (const auto& [name, given] : {std::pair {"display_name", displayName.has_value()},
                                      {"email", email.has_value()},
                                      {"teams", teams.has_value()},
                                      {"active", active.has_value()},
                                      {"roles", roles.has_value()}}) {
        detail += given ? std::string(detail.empty() ? "" : ", ") + name : "";
    }
    m_services.audit.record(m_request, &m_admin, "user.update", "user", userId, "success",
                            "changed: " + detail + (disabled ? " (disabled)" : ""));
    if (rolesChanged) {
        m_services.audit.record(m_request, &m_admin, "user.role_change", "user", userId, "success",
                                describeRoles(before.user.roles) + " -> " + describeRoles(changed.roles));
    }
    return changed;
}

void AdminUserEditor::resetPassword(const std::string& id, const nlohmann::json& body)
{
    const std::string userId = canonicalId(id);
    const AuthBodyReader reader(body, {"new_password"});
    // As in the profile change, the length rules are the policy's, so it can say what is wrong (422 new_password).
    const std::string newPassword = *reader.text("new_password", true, 0, PasswordHasher::maxPasswordBytes * 4);
    if (!UserRepository(m_services.database, m_services.cipher).findById(userId)) {
        throw NotFound("no user with this id");
    }
    // Without this, a stolen admin access token would be enough to take over the admin's own account.
    if (userId == m_admin.userId) {
        throw Conflict("change your own password in your profile, which asks for the current one");
    }
    AuthService::requireNewPasswordPolicy(newPassword);
    // A temporary password: the user must replace it with one only they know before working.
    AuthService(m_services).replacePassword(userId, newPassword, m_services.clock.nowMs(), true);
    m_services.audit.record(m_request, &m_admin, "user.password_reset", "user", userId, "success",
                            "password replaced by an admin; every session ended; change required at next login");
}

} // namespace hss::server
