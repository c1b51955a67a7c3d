// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace hss::server {

/// Why Totp::verify() refused a code.
enum class TotpFailure {
    Malformed, ///< not exactly the configured number of ASCII digits, or the secret is not base32
    WrongCode, ///< no time step in the window produces this code
    Replayed, ///< the code matches a step at or before the last one already used
};

/// A code accepted at time step \a step; the caller stores it as the user's "last used step".
struct TotpMatch
{
    std::int64_t step = 0;
};

/// The outcome of Totp::verify().
using TotpVerification = std::variant<TotpMatch, TotpFailure>;

/// RFC 6238 time-based one-time passwords (HMAC-SHA1) through liboath: secrets, provisioning URIs for authenticator
/// apps, and verification with a ±window and replay protection. Time is passed in. Immutable; thread-safe.
class Totp final
{
public:
    /// Random bytes in a secret (160 bits, as RFC 4226 recommends).
    static constexpr std::size_t secretBytes = 20;

    /// The parameters shared with the authenticator app (apps generally support only the defaults).
    struct Settings
    {
        std::string issuer = "HSS";
        unsigned digits = 6; ///< 6, 7 or 8
        std::chrono::seconds period {30};
        unsigned window = 1; ///< steps accepted either side of the current one
    };

    /// Throws std::invalid_argument for an empty issuer, digits outside 6..8, a non-positive period or a window
    /// over 10 steps.
    explicit Totp(Settings settings);

    /// Uses the default Settings.
    Totp();

    /// A new random secret, base32 without padding (32 characters), as stored and shown to the user.
    static std::string generateSecret();

    /// "otpauth://totp/Issuer:account?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30" with the issuer and
    /// \a accountName percent-encoded; for a QR code.
    std::string provisioningUri(std::string_view accountName, std::string_view base32Secret) const;

    /// The time step containing \a nowMs (ms since the Unix epoch).
    std::int64_t stepAt(std::int64_t nowMs) const;

    /// The code for \a base32Secret at \a nowMs. Throws std::invalid_argument when the secret is not base32.
    std::string generate(std::string_view base32Secret, std::int64_t nowMs) const;

    /// Checks \a code at \a nowMs within ±window steps. A match at or before \a lastUsedStep is refused as Replayed,
    /// so each code (and each earlier one) works once. Compares codes in constant time.
    TotpVerification verify(std::string_view base32Secret, std::string_view code, std::int64_t nowMs,
                            std::optional<std::int64_t> lastUsedStep) const;

    /// The settings in use.
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace hss::server
