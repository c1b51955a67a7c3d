// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <Poco/Net/HTTPServerRequest.h>
#include <nlohmann/json.hpp>

#include "../storage/RefreshToken.h"
#include "../storage/UserAccount.h"
#include "LoginThrottle.h"
#include "Principal.h"
#include "RefreshPolicy.h"
#include "Totp.h"
#include "hss/Uuid.h"

namespace hss::server {

struct ServerServices;

/// The logic behind /api/auth/*: log in (password, throttling, TOTP), rotate and revoke refresh tokens, read and
/// change one's own profile. Every refusal is thrown as an HttpError (only ErrorRequestHandler catches it); every
/// login, failed login, logout and profile change is written to the audit trail (never a password, token or TOTP
/// secret). Cheap to construct per request; thread-safe because all state lives in the database.
class AuthService final
{
public:
    /// What a client sends to log in.
    struct Credentials
    {
        std::string username;
        std::string password;
        std::optional<std::string> totpCode;
    };

    /// A profile change; absent members stay as they are.
    struct ProfileChange
    {
        std::optional<std::string> displayName;
        std::optional<std::string> email;
        std::optional<std::string> currentPassword;
        std::optional<std::string> newPassword;
    };

    /// A new access token and refresh token for a user (the body of a successful login or refresh).
    struct TokenPair
    {
        std::string accessToken;
        std::int64_t expiresInSeconds = 0;
        std::string refreshToken;
        User user;
        bool passwordChangeRequired = false; ///< an admin reset the password; the access token is restricted
    };

    explicit AuthService(ServerServices& services);

    /// Checks the credentials and opens a new login (a new refresh-token family). Throws Unauthorized (the same
    /// answer for an unknown user, a wrong password and a disabled account), HttpError "totp_required" (401) when
    /// the account needs a code, "totp_setup_required" (403) for an admin without TOTP, TooManyRequests while the
    /// account is throttled.
    TokenPair login(const Poco::Net::HTTPServerRequest& request, const Credentials& credentials);

    /// Rotates \a refreshToken into a new pair. A used-up or revoked token revokes its whole family. Throws
    /// Unauthorized for anything but a current token of an active user.
    TokenPair refresh(const Poco::Net::HTTPServerRequest& request, const std::string& refreshToken);

    /// Revokes the login \a refreshToken belongs to, when it is the caller's; answers alike for unknown tokens.
    void logout(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                const std::string& refreshToken);

    /// The caller's stored account. Throws Unauthorized when it no longer exists or is disabled.
    UserAccount currentAccount(const Principal& principal) const;

    /// Applies \a change to the caller's own account. A password change needs the current password (a wrong one
    /// is 422 on current_password and counts as a failed login) and revokes every refresh token of the user.
    User updateProfile(const Poco::Net::HTTPServerRequest& request, const Principal& principal,
                       const ProfileChange& change);

    /// A new login (refresh-token family) for \a user, who proved who they are some other way: after their own
    /// password change, which ended every earlier login.
    TokenPair openLogin(const User& user);

    /// Throws ValidationFailed (422 naming new_password) when \a newPassword breaks PasswordHasher's policy.
    static void requireNewPasswordPolicy(const std::string& newPassword);

    /// Stores the Argon2id hash of \a newPassword for user \a userId, clears its failed logins and revokes every
    /// refresh token of the user. An admin's reset (\a mustChange) makes the user change it before anything else; the
    /// user's own change clears that. Checks neither the policy nor the caller's rights and audits nothing: the
    /// profile change and an admin's reset do that, each in its own way.
    void replacePassword(const std::string& userId, const std::string& newPassword, std::int64_t nowMs,
                         bool mustChange);

    /// The TokenResponse JSON of the OpenAPI document for \a pair.
    static nlohmann::json toJson(const TokenPair& pair);

private:
    /// Stores the first refresh token of a new login family for \a user and returns it in plain text.
    std::string storeNewLogin(const User& user, std::int64_t nowMs);
    RefreshToken newRefreshToken(const User& user, const Uuid& familyId, std::int64_t nowMs,
                                 std::string& plainToken) const;
    TokenPair pairFor(const UserAccount& account, const std::string& refreshToken, std::int64_t nowMs) const;
    void throwIfThrottled(const Poco::Net::HTTPServerRequest& request, const UserAccount& account, std::int64_t nowMs,
                          const std::string& action);
    void countFailure(const UserAccount& account, std::int64_t nowMs);
    void checkSecondFactor(const Poco::Net::HTTPServerRequest& request, const UserAccount& account,
                           const Credentials& credentials, std::int64_t nowMs);
    [[noreturn]] void refuseLogin(const Poco::Net::HTTPServerRequest& request, const std::string& username,
                                  const UserAccount* account, const std::string& why);
    [[noreturn]] void revokeStolenFamily(const Poco::Net::HTTPServerRequest& request, const RefreshToken& presented,
                                         std::int64_t nowMs);

    ServerServices& m_services;
    LoginThrottle m_throttle;
    RefreshPolicy m_refreshPolicy;
    Totp m_totp;
};

} // namespace hss::server
