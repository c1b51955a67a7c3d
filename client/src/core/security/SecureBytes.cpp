// SPDX-License-Identifier: MIT
#include "SecureBytes.h"

#include <QString>
#include <QStringEncoder>
#include <cstring>
#include <new>
#include <utility>

#include <sodium.h>

namespace hss::client {

namespace {

// sodium_malloc wants a non-zero size and sodium_bin2hex a terminator; capacity may exceed the visible size.
unsigned char* allocateLocked(std::size_t capacity)
{
    if (!ensureSodium()) {
        throw std::bad_alloc();
    }
    auto* memory = static_cast<unsigned char*>(sodium_malloc(capacity));
    if (memory == nullptr) {
        throw std::bad_alloc();
    }
    // sodium_malloc fills with 0xdb to expose uninitialised reads; callers expect zeros.
    sodium_memzero(memory, capacity);
    return memory;
}

} // namespace

bool ensureSodium() noexcept
{
    // A function-local static is initialised exactly once even with concurrent callers.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size > 0) {
        m_data = allocateLocked(size);
        m_size = size;
    }
}

SecureBytes::SecureBytes(const void* source, std::size_t size)
    : SecureBytes(size)
{
    if (size > 0) {
        std::memcpy(m_data, source, size);
    }
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size > 0) {
        randombytes_buf(bytes.m_data, size);
    }
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    SecureBytes bytes;
    if (text.isEmpty()) {
        return bytes;
    }
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const auto capacity = static_cast<std::size_t>(encoder.requiredSpace(text.size()));
    bytes.m_data = allocateLocked(capacity);
    char* begin = reinterpret_cast<char*>(bytes.m_data);
    const char* end = encoder.appendToBuffer(begin, text);
    bytes.m_size = static_cast<std::size_t>(end - begin);
    return bytes;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex;
    if (m_size == 0) {
        return hex;
    }
    const std::size_t capacity = 2 * m_size + 1;
    hex.m_data = allocateLocked(capacity);
    hex.m_size = 2 * m_size;
    // sodium_bin2hex runs in constant time, unlike a table lookup indexed by secret nibbles.
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), capacity, m_data, m_size);
    return hex;
}

void SecureBytes::clear() noexcept
{
    if (m_data != nullptr) {
        sodium_free(m_data); // wipes before unmapping
        m_data = nullptr;
    }
    m_size = 0;
}

bool operator==(const SecureBytes& lhs, const SecureBytes& rhs) noexcept
{
    if (lhs.m_size != rhs.m_size) {
        return false;
    }
    return lhs.m_size == 0 || sodium_memcmp(lhs.m_data, rhs.m_data, lhs.m_size) == 0;
}

} // namespace hss::client
