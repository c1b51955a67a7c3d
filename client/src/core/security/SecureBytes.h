// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

class QString;

namespace hss::client {

/// Initialises libsodium once per process; safe to call from any thread, any number of times. Returns false if
/// libsodium could not be initialised (then no secret may be generated or handled).
bool ensureSodium() noexcept;

/// A move-only buffer for secrets (keys, passwords, hex key text). The bytes live in memory from sodium_malloc:
/// guard pages around it, locked against swapping where the OS allows, and wiped by sodium_free when the buffer
/// is destroyed, cleared or moved from. Allocation failure throws std::bad_alloc; everything else is noexcept.
/// Not thread-safe: one owner at a time, like any value.
class SecureBytes final
{
public:
    /// An empty buffer (size() == 0, data() == nullptr).
    SecureBytes() noexcept = default;
    /// A buffer of \a size zero bytes.
    explicit SecureBytes(std::size_t size);
    /// A copy of \a size bytes at \a source into locked memory.
    SecureBytes(const void* source, std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    /// Takes over \a other's memory; \a other becomes empty.
    SecureBytes(SecureBytes&& other) noexcept;
    /// Wipes and frees this buffer, then takes over \a other's memory; \a other becomes empty.
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    /// \a size bytes from the operating system's CSPRNG (randombytes_buf).
    static SecureBytes random(std::size_t size);
    /// \a text encoded as UTF-8, written straight into locked memory (no intermediate QByteArray).
    static SecureBytes fromUtf8(const QString& text);

    /// Number of bytes held.
    std::size_t size() const noexcept { return m_size; }
    /// True when no bytes are held.
    bool isEmpty() const noexcept { return m_size == 0; }
    /// The bytes, or nullptr when empty. Valid until this buffer is destroyed, cleared or moved from.
    unsigned char* data() noexcept { return m_data; }
    /// The bytes, or nullptr when empty.
    const unsigned char* data() const noexcept { return m_data; }
    /// The bytes, or nullptr when empty.
    const unsigned char* constData() const noexcept { return m_data; }

    /// An explicit copy (copies are deliberate, never implicit).
    SecureBytes clone() const;
    /// Lowercase hexadecimal text of the bytes (2 × size() characters, no terminator counted in size(), but a NUL
    /// follows the last character), itself in locked memory: e.g. for SQLCipher's raw key x'<hex>'.
    SecureBytes toHex() const;
    /// Wipes and frees the bytes; the buffer becomes empty.
    void clear() noexcept;

    /// Equal sizes and equal bytes, compared in constant time for a given size (sodium_memcmp).
    friend bool operator==(const SecureBytes& lhs, const SecureBytes& rhs) noexcept;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace hss::client
