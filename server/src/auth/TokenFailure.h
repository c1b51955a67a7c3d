// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace hss::server {

/// Why TokenService::verify() refused an access token. The HTTP layer answers 401 for all of them alike; the
/// distinction is for logs and tests.
enum class TokenFailure {
    Malformed, ///< not three base64url parts of JSON, or a required claim missing or of the wrong type
    BadSignature, ///< HS256 header, but the signature does not match our secret
    WrongAlgorithm, ///< the header's alg is anything but exactly "HS256" ("none", RS256, HS512, ...)
    Expired, ///< now is at or after exp
    NotYetValid, ///< now is before nbf or iat
    WrongIssuer, ///< iss is not ours
    WrongAudience, ///< aud does not name our audience
};

/// A stable snake_case name for \a failure, e.g. "wrong_algorithm".
std::string_view tokenFailureName(TokenFailure failure) noexcept;

} // namespace hss::server
