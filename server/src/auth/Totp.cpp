// SPDX-License-Identifier: MIT
#include "auth/Totp.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include <sodium.h>

#include "auth/Sodium.h"
#include <liboath/oath.h>

namespace hss::server {

namespace {

void ensureOath()
{
    static const int result = oath_init();
    if (result != OATH_OK) {
        throw std::runtime_error("liboath could not be initialised");
    }
}

// Owns a buffer liboath allocated with malloc; wipes it since it may hold a secret.
class OathBuffer final
{
public:
    OathBuffer() = default;
    OathBuffer(const OathBuffer&) = delete;
    OathBuffer& operator=(const OathBuffer&) = delete;
    ~OathBuffer()
    {
        if (m_data != nullptr) {
            sodium_memzero(m_data, m_size);
            std::free(m_data);
        }
    }

    char** data() { return &m_data; }
    std::size_t* size() { return &m_size; }
    std::string_view view() const { return {m_data, m_size}; }

private:
    char* m_data = nullptr;
    std::size_t m_size = 0;
};

bool decodeSecret(std::string_view base32Secret, OathBuffer& out)
{
    return !base32Secret.empty()
        && oath_base32_decode(base32Secret.data(), base32Secret.size(), out.data(), out.size()) == OATH_OK
        && !out.view().empty();
}

// RFC 3986 unreserved characters stay, everything else becomes %XX.
std::string percentEncode(std::string_view text)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += hexDigits[byte >> 4];
            out += hexDigits[byte & 0x0F];
        }
    }
    return out;
}

int constantTimeOtpCompare(void* handle, const char* candidate)
{
    const auto* code = static_cast<const std::string_view*>(handle);
    return constantTimeEquals(*code, candidate) ? 0 : 1;
}

} // namespace

Totp::Totp()
    : Totp(Settings {})
{ }

Totp::Totp(Settings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.issuer.empty() || m_settings.digits < 6 || m_settings.digits > 8 || m_settings.period.count() <= 0
        || m_settings.window > 10) {
        throw std::invalid_argument("invalid TOTP settings");
    }
    ensureOath();
}

std::string Totp::generateSecret()
{
    ensureOath();
    const std::string secret = randomBytes(secretBytes);
    OathBuffer encoded;
    if (oath_base32_encode(secret.data(), secret.size(), encoded.data(), encoded.size()) != OATH_OK) {
        throw std::runtime_error("base32 encoding of a TOTP secret failed");
    }
    std::string text(encoded.view());
    text.erase(std::remove(text.begin(), text.end(), '='), text.end());
    return text;
}

std::string Totp::provisioningUri(std::string_view accountName, std::string_view base32Secret) const
{
    const std::string issuer = percentEncode(m_settings.issuer);
    return "otpauth://totp/" + issuer + ":" + percentEncode(accountName) + "?secret=" + percentEncode(base32Secret)
        + "&issuer=" + issuer + "&algorithm=SHA1&digits=" + std::to_string(m_settings.digits)
        + "&period=" + std::to_string(m_settings.period.count());
}

std::int64_t Totp::stepAt(std::int64_t nowMs) const
{
    const std::int64_t periodMs = m_settings.period.count() * 1000;
    return nowMs >= 0 ? nowMs / periodMs : -((-nowMs + periodMs - 1) / periodMs);
}

std::string Totp::generate(std::string_view base32Secret, std::int64_t nowMs) const
{
    OathBuffer secret;
    if (!decodeSecret(base32Secret, secret)) {
        throw std::invalid_argument("the TOTP secret is not base32");
    }
    std::string code(m_settings.digits + 1, '\0');
    const int rc = oath_totp_generate(secret.view().data(), secret.view().size(), static_cast<time_t>(nowMs / 1000),
                                      static_cast<unsigned>(m_settings.period.count()), OATH_TOTP_DEFAULT_START_TIME,
                                      m_settings.digits, code.data());
    if (rc != OATH_OK) {
        throw std::runtime_error(std::string("TOTP generation failed: ") + oath_strerror(rc));
    }
    code.resize(m_settings.digits);
    return code;
}

TotpVerification Totp::verify(std::string_view base32Secret, std::string_view code, std::int64_t nowMs,
                              std::optional<std::int64_t> lastUsedStep) const
{
    if (code.size() != m_settings.digits
        || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return TotpFailure::Malformed;
    }
    OathBuffer secret;
    if (!decodeSecret(base32Secret, secret)) {
        return TotpFailure::Malformed;
    }
    int position = 0;
    std::uint64_t counter = 0;
    const int rc = oath_totp_validate3_callback(
        secret.view().data(), secret.view().size(), static_cast<time_t>(nowMs / 1000),
        static_cast<unsigned>(m_settings.period.count()), OATH_TOTP_DEFAULT_START_TIME, m_settings.digits,
        m_settings.window, &position, &counter, constantTimeOtpCompare, &code);
    if (rc < 0) {
        return TotpFailure::WrongCode;
    }
    const auto step = static_cast<std::int64_t>(counter);
    if (lastUsedStep && step <= *lastUsedStep) {
        return TotpFailure::Replayed;
    }
    return TotpMatch {step};
}

} // namespace hss::server
