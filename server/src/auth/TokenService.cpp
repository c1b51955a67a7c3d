// SPDX-License-Identifier: MIT
#include "auth/TokenService.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JWT/JWTException.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <sodium.h>

#include "auth/Sodium.h"
#include "config/ConfigError.h"
#include "config/ServerConfig.h"
#include "hss/Timestamp.h"

namespace hss::server {

namespace {

const std::string algorithm = "HS256";

std::int64_t floorSeconds(std::int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    // sodium rejects padding, characters outside the alphabet and non-zero trailing bits, so only the canonical
    // encoding of a value decodes.
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, &end, sodium_base64_VARIANT_URLSAFE_NO_PADDING)
            != 0
        || end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

Poco::JSON::Object::Ptr decodeJsonObject(std::string_view part)
{
    const std::optional<std::string> json = base64UrlDecode(part);
    if (!json || json->empty()) {
        return nullptr;
    }
    try {
        Poco::JSON::Parser parser;
        const Poco::Dynamic::Var value = parser.parse(*json);
        if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
            return nullptr;
        }
        return value.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        return nullptr;
    } catch (const std::exception&) {
        return nullptr;
    }
}

std::string hmacSha256(std::string_view key, std::string_view message)
{
    crypto_auth_hmacsha256_state state;
    std::string mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

std::optional<std::string> stringClaim(const Poco::JSON::Object& payload, const std::string& name)
{
    const Poco::Dynamic::Var value = payload.get(name);
    if (!value.isString()) {
        return std::nullopt;
    }
    return value.extract<std::string>();
}

// Integers only: a fractional or textual time is not something we issue.
std::optional<std::int64_t> timeClaim(const Poco::JSON::Object& payload, const std::string& name, std::int64_t max)
{
    const Poco::Dynamic::Var value = payload.get(name);
    if (value.isEmpty() || !value.isInteger()) {
        return std::nullopt;
    }
    try {
        const auto time = value.convert<Poco::Int64>();
        if (time < 0 || time > max) {
            return std::nullopt;
        }
        return time;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

std::optional<std::int64_t> secondsClaim(const Poco::JSON::Object& payload, const std::string& name)
{
    return timeClaim(payload, name, maxTimestampMs / 1000);
}

std::optional<std::vector<std::string>> stringListClaim(const Poco::JSON::Object& payload, const std::string& name)
{
    if (!payload.isArray(name)) {
        return std::nullopt;
    }
    const Poco::JSON::Array::Ptr array = payload.getArray(name);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Poco::Dynamic::Var item = array->get(static_cast<unsigned int>(i));
        if (!item.isString()) {
            return std::nullopt;
        }
        out.push_back(item.extract<std::string>());
    }
    return out;
}

bool audienceMatches(const Poco::JSON::Object& payload, const std::string& audience)
{
    if (const std::optional<std::string> single = stringClaim(payload, "aud")) {
        return *single == audience;
    }
    const std::optional<std::vector<std::string>> list = stringListClaim(payload, "aud");
    return list && std::find(list->begin(), list->end(), audience) != list->end();
}

Poco::JSON::Array::Ptr toJsonArray(const std::vector<std::string>& values)
{
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& value : values) {
        array->add(value);
    }
    return array;
}

} // namespace

TokenService::Settings TokenService::settingsFrom(const ServerConfig& config)
{
    Settings settings;
    settings.secret = config.string("jwt.secret");
    settings.lifetime = config.duration("jwt.expiry");
    return settings;
}

TokenService::TokenService(Settings settings)
    : m_settings(std::move(settings))
{
    ensureSodium();
    if (m_settings.secret.size() < minSecretBytes) {
        throw ConfigError("jwt.secret (JWT_SECRET) must be at least " + std::to_string(minSecretBytes)
                          + " bytes long; it is " + std::to_string(m_settings.secret.size()));
    }
    if (m_settings.issuer.empty() || m_settings.audience.empty()) {
        throw ConfigError("the access token issuer and audience must not be empty");
    }
    if (m_settings.lifetime.count() <= 0 || m_settings.leeway.count() < 0) {
        throw ConfigError("jwt.expiry (JWT_EXPIRY) must be positive");
    }
}

TokenService::IssuedToken TokenService::issue(const Subject& subject, std::int64_t nowMs) const
{
    if (subject.userId.empty()) {
        throw std::invalid_argument("an access token needs a user id");
    }
    const std::int64_t issuedAt = floorSeconds(nowMs);
    const std::int64_t expiresAt = issuedAt + m_settings.lifetime.count();

    IssuedToken issued;
    issued.tokenId = base64UrlEncode(randomBytes(16));
    issued.expiresAtMs = expiresAt * 1000;

    Poco::JWT::Token token;
    token.setType("JWT");
    token.setIssuer(m_settings.issuer);
    token.setAudience(m_settings.audience);
    token.setSubject(subject.userId);
    token.setId(issued.tokenId);
    // Not setIssuedAt() & co.: Poco 1.11 writes those as fractional seconds.
    token.payload().set("iat", Poco::Int64 {issuedAt});
    token.payload().set("nbf", Poco::Int64 {issuedAt});
    token.payload().set("exp", Poco::Int64 {expiresAt});
    // "iat" has whole seconds; a revocation must tell apart tokens issued just before it from those just after.
    token.payload().set("iat_ms", Poco::Int64 {nowMs});
    token.payload().set("username", subject.username);
    token.payload().set("roles", toJsonArray(subject.roles));
    token.payload().set("teams", toJsonArray(subject.teams));
    if (subject.passwordChangeRequired) {
        token.payload().set("pcr", true);
    }

    Poco::JWT::Signer signer(m_settings.secret);
    issued.token = signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
    return issued;
}

TokenVerification TokenService::verify(std::string_view token, std::int64_t nowMs) const
{
    if (token.empty() || token.size() > maxTokenBytes) {
        return TokenFailure::Malformed;
    }
    const std::size_t firstDot = token.find('.');
    const std::size_t secondDot = firstDot == std::string_view::npos ? firstDot : token.find('.', firstDot + 1);
    if (secondDot == std::string_view::npos || token.find('.', secondDot + 1) != std::string_view::npos) {
        return TokenFailure::Malformed;
    }
    const std::string_view headerPart = token.substr(0, firstDot);
    const std::string_view signedPart = token.substr(0, secondDot);
    const std::string_view signaturePart = token.substr(secondDot + 1);

    // The header decides nothing but is checked first, so "none", RS256 (with our secret as a "public key") and
    // other algorithms never reach a verifier.
    const Poco::JSON::Object::Ptr header = decodeJsonObject(headerPart);
    if (!header) {
        return TokenFailure::Malformed;
    }
    const Poco::Dynamic::Var alg = header->get("alg");
    if (!alg.isString() || alg.extract<std::string>() != algorithm) {
        return TokenFailure::WrongAlgorithm;
    }
    if (header->has("crit")) {
        return TokenFailure::Malformed; // RFC 7515 §4.1.11: we understand no extensions
    }

    // Constant-time signature check before anything looks at the payload.
    if (!constantTimeEquals(base64UrlEncode(hmacSha256(m_settings.secret, signedPart)), signaturePart)) {
        return TokenFailure::BadSignature;
    }

    Poco::JWT::Token parsed;
    try {
        Poco::JWT::Signer signer(m_settings.secret);
        signer.setAlgorithms({Poco::JWT::Signer::ALGO_HS256});
        if (!signer.tryVerify(std::string(token), parsed) || parsed.getAlgorithm() != algorithm) {
            return TokenFailure::BadSignature;
        }
    } catch (const Poco::JWT::UnallowedAlgorithmException&) {
        return TokenFailure::WrongAlgorithm;
    } catch (const Poco::Exception&) {
        return TokenFailure::Malformed;
    } catch (const std::exception&) {
        return TokenFailure::Malformed;
    }

    const Poco::JSON::Object& payload = parsed.payload();
    if (stringClaim(payload, "iss") != m_settings.issuer) {
        return TokenFailure::WrongIssuer;
    }
    if (!audienceMatches(payload, m_settings.audience)) {
        return TokenFailure::WrongAudience;
    }

    Principal principal;
    const std::optional<std::string> subject = stringClaim(payload, "sub");
    const std::optional<std::string> tokenId = stringClaim(payload, "jti");
    const std::optional<std::string> username = stringClaim(payload, "username");
    const std::optional<std::vector<std::string>> roles = stringListClaim(payload, "roles");
    const std::optional<std::vector<std::string>> teams = stringListClaim(payload, "teams");
    const std::optional<std::int64_t> issuedAt = secondsClaim(payload, "iat");
    const std::optional<std::int64_t> notBefore = secondsClaim(payload, "nbf");
    const std::optional<std::int64_t> expiresAt = secondsClaim(payload, "exp");
    if (!subject || subject->empty() || !tokenId || tokenId->empty() || !username || !roles || !teams || !issuedAt
        || !notBefore || !expiresAt) {
        return TokenFailure::Malformed;
    }

    const std::int64_t now = floorSeconds(nowMs);
    const std::int64_t leeway = m_settings.leeway.count();
    if (now + leeway < *notBefore || now + leeway < *issuedAt) {
        return TokenFailure::NotYetValid;
    }
    if (now - leeway >= *expiresAt) {
        return TokenFailure::Expired;
    }

    principal.userId = *subject;
    principal.username = *username;
    principal.roles = *roles;
    principal.teams = *teams;
    principal.tokenId = *tokenId;
    principal.expiresAtMs = *expiresAt * 1000;
    // Tokens issued before "iat_ms" existed count from the start of their second.
    const std::optional<std::int64_t> issuedAtMs = timeClaim(payload, "iat_ms", maxTimestampMs);
    principal.issuedAtMs = issuedAtMs && *issuedAtMs / 1000 == *issuedAt ? *issuedAtMs : *issuedAt * 1000;
    // Any "pcr" at all restricts the token: only true is ever issued, and failing closed costs nothing.
    principal.passwordChangeRequired = payload.has("pcr");
    return principal;
}

} // namespace hss::server
