// SPDX-License-Identifier: MIT
#include "AuthService.h"

#include <variant>

#include "../app/ServerServices.h"
#include "../authz/AuditTrail.h"
#include "../http/HttpErrors.h"
#include "../storage/RefreshTokenRepository.h"
#include "../storage/UserRepository.h"
#include "AccessRevocations.h"
#include "PasswordHasher.h"
#include "RefreshTokens.h"
#include "TokenService.h"
#include "UnknownLoginFailures.h"
#include "hss/Clock.h"

namespace hss::server {

namespace {

// One message for an unknown user, a wrong password, a wrong code and a disabled account, so none can be told apart.
const std::string wrongCredentials = "wrong username or password";
const std::string invalidRefreshToken = "the refresh token is not valid; log in again";

[[noreturn]] void failValidation(const Error& error)
{
    throw ValidationFailed(error.field.empty() ? error.message : error.field + ": " + error.message, error.field);
}

Principal principalOf(const User& user)
{
    Principal principal;
    principal.userId = user.id.toString();
    principal.username = user.username;
    return principal;
}

TokenService::Subject subjectOf(const UserAccount& account)
{
    const User& user = account.user;
    TokenService::Subject subject {user.id.toString(), user.username, {}, user.teams, account.mustChangePassword};
    for (const Role role : user.roles) {
        subject.roles.emplace_back(toString(role));
    }
    return subject;
}

} // namespace

AuthService::AuthService(ServerServices& services)
    : m_services(services)
{ }

AuthService::TokenPair AuthService::login(const Poco::Net::HTTPServerRequest& request, const Credentials& credentials)
{
    const std::int64_t now = m_services.clock.nowMs();
    auto found = UserRepository(m_services.database, m_services.cipher).findByUsername(credentials.username);
    if (!found) {
        // Throttled and timed like a real account, so neither the delay nor the answer tells the name is unknown.
        if (const std::int64_t blockedUntil = m_services.unknownLogins.blockedUntil(credentials.username, now)) {
            m_services.audit.record(request, nullptr, "auth.login_failed", "user", {}, "denied",
                                    "throttled (unknown user)", credentials.username);
            throw TooManyRequests("too many failed attempts; try again later",
                                  static_cast<long>((blockedUntil - now + 999) / 1000));
        }
        m_services.passwords.dummyVerify(credentials.password);
        m_services.unknownLogins.recordFailure(credentials.username, now, m_throttle);
        refuseLogin(request, credentials.username, nullptr, "unknown user");
    }
    const UserAccount& account = found.value();
    throwIfThrottled(request, account, now, "auth.login_failed");
    if (!m_services.passwords.verify(credentials.password, account.passwordHash)) {
        countFailure(account, now);
        refuseLogin(request, credentials.username, &account, "wrong password");
    }
    if (!account.user.active) {
        refuseLogin(request, credentials.username, &account, "account disabled");
    }
    checkSecondFactor(request, account, credentials, now);

    UserRepository users(m_services.database, m_services.cipher);
    const std::string id = account.user.id.toString();
    if (account.failedLogins != 0 || account.lockedUntil) {
        (void)users.resetFailedLogins(id, now);
    }
    if (m_services.passwords.needsRehash(account.passwordHash)) {
        (void)users.setPassword(id, m_services.passwords.hash(credentials.password), now);
    }
    const std::string refreshToken = storeNewLogin(account.user, now);
    const Principal principal = principalOf(account.user);
    m_services.audit.record(request, &principal, "auth.login", "user", id, "success",
                            std::string(account.totpSecret ? "password and TOTP" : "password")
                                + (account.mustChangePassword ? "; password change required" : ""));
    return pairFor(account, refreshToken, now);
}

AuthService::TokenPair AuthService::openLogin(const User& user)
{
    const std::int64_t now = m_services.clock.nowMs();
    const UserAccount account = currentAccount(principalOf(user));
    return pairFor(account, storeNewLogin(account.user, now), now);
}

std::string AuthService::storeNewLogin(const User& user, std::int64_t nowMs)
{
    std::string refreshToken;
    const RefreshToken stored = newRefreshToken(user, Uuid::createV7(), nowMs, refreshToken);
    if (auto saved = RefreshTokenRepository(m_services.database).store(stored); !saved) {
        throw std::runtime_error("could not store a refresh token: " + describe(saved.error()));
    }
    return refreshToken;
}

AuthService::TokenPair AuthService::refresh(const Poco::Net::HTTPServerRequest& request,
                                            const std::string& refreshToken)
{
    const std::int64_t now = m_services.clock.nowMs();
    if (!RefreshTokens::isWellFormed(refreshToken)) {
        throw Unauthorized(invalidRefreshToken);
    }
    const std::string hash = RefreshTokens::hash(refreshToken);
    RefreshTokenRepository tokens(m_services.database);
    auto found = tokens.findByHash(hash);
    if (!found) {
        throw Unauthorized(invalidRefreshToken);
    }
    const RefreshToken& presented = found.value();
    const std::string familyId = presented.familyId.toString();
    const StoredRefreshToken view {presented.userId.toString(), familyId, presented.expiresAt, presented.revokedAt,
                                   presented.replacedBy ? std::optional(presented.replacedBy->toString())
                                                        : std::nullopt};
    const RefreshDecision decision = m_refreshPolicy.decide(view, now);
    if (decision == RefreshDecision::RevokeFamily) {
        revokeStolenFamily(request, presented, now);
    }
    if (decision == RefreshDecision::Expired) {
        throw Unauthorized("the refresh token has expired; log in again");
    }
    auto account = UserRepository(m_services.database, m_services.cipher).findById(presented.userId.toString());
    if (!account || !account.value().user.active) {
        tokens.revokeFamily(familyId, now);
        throw Unauthorized(invalidRefreshToken);
    }
    std::string replacementToken;
    const RefreshToken replacement = newRefreshToken(account.value().user, presented.familyId, now, replacementToken);
    if (auto rotated = tokens.rotate(hash, replacement, now); !rotated) {
        // Another request rotated the same token first: the token was used twice.
        revokeStolenFamily(request, presented, now);
    }
    return pairFor(account.value(), replacementToken, now);
}

void AuthService::logout(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                         const std::string& refreshToken)
{
    const std::int64_t now = m_services.clock.nowMs();
    if (RefreshTokens::isWellFormed(refreshToken)) {
        RefreshTokenRepository tokens(m_services.database);
        auto found = tokens.findByHash(RefreshTokens::hash(refreshToken));
        // Another user's token is left alone, but answered alike so the endpoint reveals nothing about it.
        if (found && found.value().userId.toString() == principal.userId) {
            tokens.revokeFamily(found.value().familyId.toString(), now);
        }
    }
    m_services.audit.record(request, &principal, "auth.logout", "user", principal.userId, "success");
}

UserAccount AuthService::currentAccount(const Principal& principal) const
{
    auto found = UserRepository(m_services.database, m_services.cipher).findById(principal.userId);
    if (!found || !found.value().user.active) {
        throw Unauthorized("this account no longer exists or has been disabled");
    }
    return found.value();
}

User AuthService::updateProfile(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                                const ProfileChange& change)
{
    const std::int64_t now = m_services.clock.nowMs();
    const UserAccount account = currentAccount(principal);
    User changed = account.user;
    changed.displayName = change.displayName.value_or(changed.displayName);
    changed.email = change.email.value_or(changed.email);
    if (auto valid = validate(changed); !valid) {
        failValidation(valid.error());
    }
    if (change.newPassword) {
        if (!change.currentPassword) {
            throw ValidationFailed("current_password: needed to change the password", "current_password");
        }
        requireNewPasswordPolicy(*change.newPassword);
        throwIfThrottled(request, account, now, "user.profile_update");
        if (!m_services.passwords.verify(*change.currentPassword, account.passwordHash)) {
            countFailure(account, now);
            m_services.audit.record(request, &principal, "user.profile_update", "user", principal.userId, "failure",
                                    "wrong current password");
            throw ValidationFailed("current_password: the current password is wrong", "current_password");
        }
    }

    UserRepository users(m_services.database, m_services.cipher);
    std::string detail;
    if (change.displayName || change.email) {
        if (auto updated = users.updateProfile(principal.userId, changed.displayName, changed.email, now); !updated) {
            failValidation(updated.error());
        }
        detail = std::string(change.displayName ? "display_name " : "") + (change.email ? "email " : "");
    }
    if (change.newPassword) {
        replacePassword(principal.userId, *change.newPassword, now, false);
        detail += "password (every session ended)";
    }
    m_services.audit.record(request, &principal, "user.profile_update", "user", principal.userId, "success",
                            detail.empty() ? "nothing changed" : "changed: " + detail);
    return changed;
}

void AuthService::requireNewPasswordPolicy(const std::string& newPassword)
{
    if (auto policy = PasswordHasher::checkPolicy(newPassword); !policy) {
        throw ValidationFailed("new_password: " + policy.error().message, "new_password");
    }
}

void AuthService::replacePassword(const std::string& userId, const std::string& newPassword, std::int64_t nowMs,
                                  bool mustChange)
{
    UserRepository users(m_services.database, m_services.cipher);
    (void)users.setPassword(userId, m_services.passwords.hash(newPassword), nowMs);
    (void)users.setMustChangePassword(userId, mustChange, nowMs);
    (void)users.resetFailedLogins(userId, nowMs);
    m_services.revocations.revoke(userId);
}

nlohmann::json AuthService::toJson(const TokenPair& pair)
{
    return {{"access_token", pair.accessToken},    {"token_type", "Bearer"},
            {"expires_in", pair.expiresInSeconds}, {"refresh_token", pair.refreshToken},
            {"user", hss::toJson(pair.user)},      {"password_change_required", pair.passwordChangeRequired}};
}

RefreshToken AuthService::newRefreshToken(const User& user, const Uuid& familyId, std::int64_t nowMs,
                                          std::string& plainToken) const
{
    plainToken = RefreshTokens::generate();
    RefreshToken token;
    token.id = Uuid::createV7();
    token.userId = user.id;
    token.tokenHash = RefreshTokens::hash(plainToken);
    token.familyId = familyId;
    token.expiresAt = m_refreshPolicy.expiresAtMs(nowMs);
    token.createdAt = nowMs;
    return token;
}

AuthService::TokenPair AuthService::pairFor(const UserAccount& account, const std::string& refreshToken,
                                            std::int64_t nowMs) const
{
    const TokenService::IssuedToken access = m_services.tokens.issue(subjectOf(account), nowMs);
    // exp is whole seconds, so it may fall just short of now + lifetime: round up to the configured 900.
    return {access.token, (access.expiresAtMs - nowMs + 999) / 1000, refreshToken, account.user,
            account.mustChangePassword};
}

void AuthService::throwIfThrottled(const Poco::Net::HTTPServerRequest& request, const UserAccount& account,
                                   std::int64_t nowMs, const std::string& action)
{
    if (!account.lockedUntil || nowMs >= *account.lockedUntil) {
        return;
    }
    const std::int64_t waitSeconds = (*account.lockedUntil - nowMs + 999) / 1000;
    m_services.audit.record(request, nullptr, action, "user", account.user.id.toString(), "denied",
                            "throttled after " + std::to_string(account.failedLogins) + " failures",
                            account.user.username);
    throw TooManyRequests("too many failed attempts; try again later", static_cast<long>(waitSeconds));
}

void AuthService::countFailure(const UserAccount& account, std::int64_t nowMs)
{
    UserRepository users(m_services.database, m_services.cipher);
    const std::string id = account.user.id.toString();
    auto failures = users.recordFailedLogin(id, nowMs);
    if (!failures) {
        return;
    }
    const std::int64_t nextAttempt = m_throttle.nextAttemptAtMs(failures.value(), nowMs);
    if (nextAttempt > nowMs) {
        (void)users.lockUntil(id, nextAttempt, nowMs);
    }
}

void AuthService::checkSecondFactor(const Poco::Net::HTTPServerRequest& request, const UserAccount& account,
                                    const Credentials& credentials, std::int64_t nowMs)
{
    if (!account.totpSecret) {
        if (account.user.hasRole(Role::Admin)) {
            m_services.audit.record(request, nullptr, "auth.login_failed", "user", account.user.id.toString(), "denied",
                                    "admin without TOTP", account.user.username);
            throw HttpError(Poco::Net::HTTPResponse::HTTP_FORBIDDEN, "totp_setup_required",
                            "administrators need a TOTP second factor; ask for the account to be re-created with "
                            "hss-server create-admin");
        }
        return;
    }
    if (!credentials.totpCode) {
        m_services.audit.record(request, nullptr, "auth.login_failed", "user", account.user.id.toString(), "failure",
                                "TOTP code missing", account.user.username);
        throw HttpError(Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED, "totp_required",
                        "this account needs the current code of its authenticator app in totp_code");
    }
    const TotpVerification verification =
        m_totp.verify(*account.totpSecret, *credentials.totpCode, nowMs, std::nullopt);
    if (std::holds_alternative<TotpFailure>(verification)) {
        countFailure(account, nowMs);
        refuseLogin(request, credentials.username, &account, "wrong TOTP code");
    }
    const std::int64_t step = std::get<TotpMatch>(verification).step;
    if (!UserRepository(m_services.database, m_services.cipher).claimTotpStep(account.user.id.toString(), step)) {
        countFailure(account, nowMs);
        refuseLogin(request, credentials.username, &account, "TOTP code used before");
    }
}

void AuthService::refuseLogin(const Poco::Net::HTTPServerRequest& request, const std::string& username,
                              const UserAccount* account, const std::string& why)
{
    m_services.audit.record(request, nullptr, "auth.login_failed", account ? "user" : "",
                            account ? account->user.id.toString() : "", "failure", why, username);
    throw Unauthorized(wrongCredentials);
}

void AuthService::revokeStolenFamily(const Poco::Net::HTTPServerRequest& request, const RefreshToken& presented,
                                     std::int64_t nowMs)
{
    const int revoked = RefreshTokenRepository(m_services.database).revokeFamily(presented.familyId.toString(), nowMs);
    m_services.audit.record(request, nullptr, "auth.refresh_reuse", "user", presented.userId.toString(), "denied",
                            "a used refresh token came back; " + std::to_string(revoked)
                                + " tokens of its login revoked");
    throw Unauthorized(invalidRefreshToken);
}

} // namespace hss::server
