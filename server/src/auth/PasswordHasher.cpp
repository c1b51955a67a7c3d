// SPDX-License-Identifier: MIT
#include "auth/PasswordHasher.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <sodium.h>

#include "auth/Sodium.h"
#include "hss/Utf8.h"

namespace hss::server {

namespace {

bool isAsciiWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// libsodium wants a NUL-terminated string no longer than crypto_pwhash_STRBYTES - 1; anything else cannot be ours.
bool copyHashString(std::string_view storedHash, std::array<char, crypto_pwhash_STRBYTES>& out)
{
    if (storedHash.empty() || storedHash.size() >= out.size() || storedHash.find('\0') != std::string_view::npos) {
        return false;
    }
    std::fill(out.begin(), out.end(), '\0');
    std::copy(storedHash.begin(), storedHash.end(), out.begin());
    return true;
}

} // namespace

PasswordHasher::PasswordHasher()
    : PasswordHasher(Parameters {})
{ }

PasswordHasher::PasswordHasher(Parameters parameters)
    : m_parameters(parameters)
{
    ensureSodium();
    if (m_parameters.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN
        || m_parameters.opsLimit > crypto_pwhash_argon2id_OPSLIMIT_MAX
        || m_parameters.memLimitBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN
        || m_parameters.memLimitBytes > crypto_pwhash_argon2id_MEMLIMIT_MAX) {
        throw std::invalid_argument("Argon2id parameters are outside libsodium's limits");
    }
    // The dummy hash is of a random password nobody knows; it only has to cost what a real hash costs.
    std::array<unsigned char, 32> random {};
    randombytes_buf(random.data(), random.size());
    m_dummyHash = hash(std::string_view(reinterpret_cast<const char*>(random.data()), random.size()));
    sodium_memzero(random.data(), random.size());
}

Status PasswordHasher::checkPolicy(std::string_view password)
{
    if (password.size() > maxPasswordBytes) {
        return Error {ErrorCode::TooLong, "password",
                      "the password must be at most " + std::to_string(maxPasswordBytes) + " bytes long"};
    }
    const std::optional<std::size_t> length = utf8Length(password);
    if (!length) {
        return Error {ErrorCode::InvalidEncoding, "password", "the password must be valid UTF-8 text"};
    }
    if (*length < minPasswordLength) {
        return Error {ErrorCode::InvalidArgument, "password",
                      "the password must be at least " + std::to_string(minPasswordLength) + " characters long"};
    }
    if (std::all_of(password.begin(), password.end(), isAsciiWhitespace)) {
        return Error {ErrorCode::InvalidArgument, "password", "the password must not consist of whitespace only"};
    }
    return okStatus();
}

std::string PasswordHasher::hash(std::string_view password) const
{
    std::array<char, crypto_pwhash_STRBYTES> out {};
    if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), m_parameters.opsLimit,
                              m_parameters.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw std::runtime_error("Argon2id hashing failed (out of memory)");
    }
    return std::string(out.data());
}

bool PasswordHasher::verify(std::string_view password, std::string_view storedHash) const
{
    std::array<char, crypto_pwhash_STRBYTES> stored {};
    if (!copyHashString(storedHash, stored)) {
        return false;
    }
    return crypto_pwhash_str_verify(stored.data(), password.data(), password.size()) == 0;
}

void PasswordHasher::dummyVerify(std::string_view password) const
{
    // The result is always false and deliberately ignored; only the time spent matters.
    static_cast<void>(verify(password, m_dummyHash));
}

bool PasswordHasher::needsRehash(std::string_view storedHash) const
{
    std::array<char, crypto_pwhash_STRBYTES> stored {};
    if (!copyHashString(storedHash, stored)) {
        return true;
    }
    // 1: other parameters or argon2i; -1: not a hash libsodium understands. Both mean "replace it".
    return crypto_pwhash_str_needs_rehash(stored.data(), m_parameters.opsLimit, m_parameters.memLimitBytes) != 0;
}

} // namespace hss::server
