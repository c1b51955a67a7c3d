// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "hss/Result.h"

namespace hss::server {

/// Hashes and checks passwords with Argon2id (libsodium's crypto_pwhash_str family) and checks the password policy.
/// Immutable after construction; safe to use from several threads at once.
class PasswordHasher final
{
public:
    /// Argon2id cost. The defaults are above OWASP's minimum (m = 19 MiB, t = 2, p = 1); tests may pass cheaper
    /// values, but never below libsodium's own minimum.
    struct Parameters
    {
        unsigned long long opsLimit = 3;
        std::size_t memLimitBytes = std::size_t {64} * 1024 * 1024;
    };

    /// Shortest accepted password, in Unicode code points.
    static constexpr std::size_t minPasswordLength = 12;
    /// Longest accepted password, in bytes (bounds the hashing work an attacker can ask for).
    static constexpr std::size_t maxPasswordBytes = 1024;

    /// Uses \a parameters for new hashes and computes the dummy hash used by dummyVerify() (one hash's cost).
    /// Throws std::invalid_argument when the parameters are outside libsodium's limits.
    explicit PasswordHasher(Parameters parameters);

    /// Uses the default Parameters.
    PasswordHasher();

    /// Checks \a password against the policy: at least 12 code points of valid UTF-8, at most 1024 bytes, not only
    /// whitespace. The failure names the field "password" and says what to change.
    static Status checkPolicy(std::string_view password);

    /// A "$argon2id$..." hash of \a password with a fresh random salt. Does not check the policy.
    /// Throws std::runtime_error when libsodium cannot allocate the memory it needs.
    std::string hash(std::string_view password) const;

    /// True when \a password matches \a storedHash; false for a wrong password or an unusable hash string.
    bool verify(std::string_view password, std::string_view storedHash) const;

    /// Does the work of one verify() against a hash made with the current parameters and returns nothing, so that a
    /// login for an unknown user takes as long as one with a wrong password.
    void dummyVerify(std::string_view password) const;

    /// The hash dummyVerify() checks against: made with this hasher's parameters, so verifying against it costs
    /// what verifying a real stored hash costs (exposed so tests can check that without timing anything).
    const std::string& dummyHash() const { return m_dummyHash; }

    /// True when \a storedHash was made with other parameters or another algorithm (or is unreadable), so it should
    /// be replaced by hash() after the next successful verify().
    bool needsRehash(std::string_view storedHash) const;

    /// The parameters used for new hashes.
    const Parameters& parameters() const { return m_parameters; }

private:
    Parameters m_parameters;
    std::string m_dummyHash;
};

} // namespace hss::server
