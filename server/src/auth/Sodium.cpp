// SPDX-License-Identifier: MIT
#include "auth/Sodium.h"

#include <stdexcept>

#include <sodium.h>

namespace hss::server {

void ensureSodium()
{
    // sodium_init() is thread-safe itself; the static only saves repeated calls.
    static const int result = sodium_init();
    if (result < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

std::string randomBytes(std::size_t size)
{
    ensureSodium();
    std::string bytes(size, '\0');
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

std::string base64UrlEncode(std::string_view bytes)
{
    const int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      variant);
    out.resize(out.size() - 1); // drop the terminating NUL sodium writes
    return out;
}

std::string hexEncode(std::string_view bytes)
{
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    out.resize(bytes.size() * 2);
    return out;
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace hss::server
