// SPDX-License-Identifier: MIT
#include "auth/TokenFailure.h"

namespace hss::server {

std::string_view tokenFailureName(TokenFailure failure) noexcept
{
    switch (failure) {
    case TokenFailure::Malformed:
        return "malformed";
    case TokenFailure::BadSignature:
        return "bad_signature";
    case TokenFailure::WrongAlgorithm:
        return "wrong_algorithm";
    case TokenFailure::Expired:
        return "expired";
    case TokenFailure::NotYetValid:
        return "not_yet_valid";
    case TokenFailure::WrongIssuer:
        return "wrong_issuer";
    case TokenFailure::WrongAudience:
        return "wrong_audience";
    }
    return "unknown";
}

} // namespace hss::server
