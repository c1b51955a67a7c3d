// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace hss::server {

/// Thrown when a protected value cannot be decrypted (wrong key, tampering, not our format) or a key is unusable.
class FieldCipherError final : public std::runtime_error
{
public:
    explicit FieldCipherError(const std::string& message)
        : std::runtime_error(message)
    { }
};

/// Encrypts protected database fields (ticket description, medical case reference, comment bodies, TOTP secrets)
/// with AES-256-GCM: a random 96-bit nonce per value, stored as "v1:" + base64(nonce || ciphertext || tag).
/// Optional associated data binds a value to its place (e.g. "tickets.description:<id>"), so a value copied into
/// another row fails to decrypt. Immutable after construction; safe to share between threads.
class FieldCipher final
{
public:
    static constexpr std::size_t keySize = 32;
    using Key = std::array<std::uint8_t, keySize>;

    /// A cipher with this raw 256-bit key.
    explicit FieldCipher(const Key& key);
    ~FieldCipher();

    FieldCipher(const FieldCipher&) = default;
    FieldCipher& operator=(const FieldCipher&) = default;

    /// A cipher from 64 hex characters; throws FieldCipherError on anything else.
    static FieldCipher fromHex(std::string_view hex);

    /// The configured key when \a configuredHex is not empty; otherwise the key in "field-encryption.key" inside
    /// \a dataDir, generated there (mode 0600) on first start and reused afterwards. Throws FieldCipherError on a
    /// malformed key, or on a key file that other users may read.
    static FieldCipher loadOrCreate(std::string_view configuredHex, const std::string& dataDir);

    /// The name of the generated key file inside the data folder.
    static constexpr std::string_view keyFileName = "field-encryption.key";

    /// The stored text for \a plaintext (a fresh nonce each call, so equal inputs give different outputs).
    std::string encrypt(std::string_view plaintext, std::string_view associatedData = {}) const;

    /// The plaintext of a value made by encrypt() with the same key and associated data. Throws FieldCipherError
    /// on a wrong key, a modified value or associated data, or text not in the "v1:" format.
    std::string decrypt(std::string_view stored, std::string_view associatedData = {}) const;

private:
    Key m_key;
};

} // namespace hss::server
